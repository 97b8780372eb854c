import { fixturePath } from '../helpers/fixtures';
import { expect, test } from './fixtures';

const HOTEL_URL = 'https://www.tripadvisor.com/Hotel_Review-g186338-d192000-Reviews-Example_Harbour_Hotel-London_England.html';
const ANGRY = 'This is clearly a fake review from a competitor. Our lawyer will hear about it.';
const CALM = 'Thank you for telling us, Maria. We are sorry the room was not clean; we have shared this with our housekeeping lead.';

test('the guard on the site\'s own reply box: live verdict, a warning on submit, nothing blocked or lost', async ({ context, route, openPanel }) => {
  const network = await route([{ url: HOTEL_URL, file: fixturePath('tripadvisor', 'hotel-owner-view.en.html') }]);
  const page = await context.newPage();
  await page.goto(HOTEL_URL);
  const card = page.locator('[data-composure-key="tripadvisor:1023456789"]');
  await card.getByRole('button', { name: 'Write a response' }).click();
  const box = card.locator('textarea');

  // Real keystrokes into the site's textarea: every one lands, in the page's own state too.
  await box.pressSequentially(ANGRY, { delay: 5 });
  await expect(box).toHaveValue(ANGRY);
  await expect(box).toHaveAttribute('data-page-state', ANGRY);
  const badge = page.locator('composure-guard');
  await expect(badge).toHaveAttribute('data-verdict', 'stop');
  await expect(badge.locator('button')).toHaveText('Composure: 2 problems');

  // Pressing the site's submit button warns, names the problem, and still lets the site post.
  await card.getByRole('button', { name: 'Submit response' }).click();
  const warning = page.locator('composure-guard-warning [role="alert"]');
  await expect(warning).toContainText('before you post, this reply may come across badly');
  await expect(warning).toContainText('fake review');
  await expect(page.locator('#page-events')).toHaveAttribute('data-submitted', '1');

  // Clicking the badge hands the draft to the side panel, on that comment.
  const panel = await openPanel(HOTEL_URL);
  await expect(panel.locator('[data-comment-key]')).toHaveCount(5);
  await badge.locator('button').click();
  await expect(panel.getByLabel('Your reply')).toHaveValue(ANGRY);
  await expect(panel.getByTestId('comment-text')).toContainText('The bathroom had hair in the sink');

  // A calm reply turns the badge green.
  await box.fill('');
  await box.pressSequentially(CALM, { delay: 2 });
  await expect(badge).toHaveAttribute('data-verdict', 'ok');
  await expect(page.locator('#page-events')).toHaveAttribute('data-submitted', '1');
  expect(network.unexpected).toEqual([]);
});

const PANEL_PAGE = 'https://www.google.com/search?q=cafe+example';
const PANEL_URL = `${PANEL_PAGE}#mpd=~1234567890123456789/customers/reviews`;

test('the guard also watches a reply box the site opens in a same-origin iframe (Google merchant panel)', async ({ context, route }) => {
  // Requests carry no fragment: the page is served at its address without the #mpd part.
  const network = await route([{ url: PANEL_PAGE, file: fixturePath('google', 'search-merchant-panel.en.html') }]);
  const page = await context.newPage();
  await page.goto(PANEL_URL);
  const card = page.locator('article', { hasText: 'Grace Liu' });
  await expect(card.locator('composure-marker')).toHaveAttribute('data-label', 'negative');
  await card.getByRole('button', { name: 'Reply' }).click();
  const frame = page.frameLocator('iframe[title="Reply to review"]');
  const box = frame.locator('textarea');

  await box.pressSequentially(ANGRY, { delay: 5 });
  await expect(box).toHaveAttribute('data-page-state', ANGRY);
  const badge = page.locator('composure-guard');
  await expect(badge).toHaveAttribute('data-verdict', 'stop');
  // Drawn over the frame's editor, not at the top of the page.
  const [badgeBox, frameBox] = await Promise.all([badge.locator('button').boundingBox(), page.locator('iframe').boundingBox()]);
  expect(badgeBox!.y).toBeGreaterThanOrEqual(frameBox!.y);
  expect(badgeBox!.y + badgeBox!.height).toBeLessThanOrEqual(frameBox!.y + frameBox!.height);

  // The frame's own "Reply" is the submit: a warning first, and the site still posts.
  await frame.getByRole('button', { name: 'Reply' }).click();
  await expect(page.locator('composure-guard-warning [role="alert"]')).toContainText('fake review');
  await expect(page.locator('#page-events')).toHaveAttribute('data-submitted', '1');
  expect(network.unexpected).toEqual([]);
});
