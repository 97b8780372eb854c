import { readFileSync } from 'node:fs';
import { fixturePath } from '../helpers/fixtures';
import { expect, test } from './fixtures';
import { readRows } from './idb';

const HOTEL_URL = 'https://www.tripadvisor.com/Hotel_Review-g186338-d192000-Reviews-Example_Harbour_Hotel-London_England.html';
const DIRTY_ROOM = 'tripadvisor:1023456789';
const REPLY = 'Thank you for telling us, Maria. We are sorry the room was not clean when you arrived; we have shared this with our housekeeping lead.';

test('from a comment on a Tripadvisor page to a line in the exported log', async ({ context, route, openPanel }) => {
  const network = await route([{ url: HOTEL_URL, file: fixturePath('tripadvisor', 'hotel-owner-view.en.html') }]);
  const page = await context.newPage();
  await page.goto(HOTEL_URL);

  // The content script reads the five reviews (not the filter chips) and marks them in shadow roots.
  const markers = page.locator('composure-marker');
  await expect(markers).toHaveCount(5);
  await expect(page.locator('composure-marker[data-label="negative"]')).toHaveCount(2);
  await expect(page.locator('[data-composure-key="tripadvisor:1023456789"] composure-marker')).toHaveText('Negative · needs a reply');
  await expect(page.locator('[data-composure-key="tripadvisor:1012345678"] composure-marker')).toHaveText('Positive');

  // The side panel lists them, the unanswered negatives first.
  const panel = await openPanel(HOTEL_URL);
  await expect(panel.getByTestId('page-status')).toHaveText('5 comments · 3 need a reply');
  const rows = panel.locator('[data-comment-key]');
  await expect(rows).toHaveCount(5);
  expect(await rows.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-comment-key')))).toEqual([
    'tripadvisor:1023456789',
    'tripadvisor:1034567890',
    'tripadvisor:1056789012',
    'tripadvisor:1012345678',
    'tripadvisor:1045678901',
  ]);

  // Select, write, insert: the text lands in the page's own reply box with the events its code needs.
  await panel.locator(`[data-comment-key="${DIRTY_ROOM}"]`).click();
  await expect(panel.getByTestId('comment-text')).toContainText('The bathroom had hair in the sink');
  await panel.getByLabel('Your reply').fill(REPLY);
  await panel.getByRole('button', { name: 'Insert into page' }).click();
  await expect(panel.getByRole('status')).toContainText('Inserted into the page');
  const card = page.locator(`[data-composure-key="${DIRTY_ROOM}"]`);
  await expect(card.locator('textarea')).toHaveValue(REPLY);
  await expect(card.locator('textarea')).toHaveAttribute('data-page-state', REPLY);
  await expect(card.locator('.reply-count')).toHaveText(String(REPLY.length));
  await expect(page.locator('#page-events')).toHaveAttribute('data-submitted', '0');

  // Mark handled: the entry is in IndexedDB with what was written, by whom, and when.
  await panel.getByLabel('Handled by').fill('Ana');
  await panel.getByRole('button', { name: 'Mark handled' }).click();
  await expect(panel.getByRole('status')).toHaveText('Saved to the log.');
  await expect(panel.getByTestId('log-count')).toHaveText('1 handled');
  const stored = await readRows(panel, 'log');
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ key: DIRTY_ROOM, site: 'tripadvisor', author: 'Maria G', rating: 1, replyText: REPLY, handler: 'Ana', outcome: 'replied', pageUrl: HOTEL_URL });
  expect(stored[0]!.detectedAt as number).toBeLessThanOrEqual(stored[0]!.handledAt as number);
  await expect(card.locator('composure-marker')).toHaveText('Negative · handled in Composure');
  await expect(rows.last()).toHaveAttribute('data-comment-key', DIRTY_ROOM);

  // Export: CSV and JSON downloads hold the entry.
  const [csvDownload] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Export CSV' }).click()]);
  expect(csvDownload.suggestedFilename()).toMatch(/^composure-log-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await csvDownload.path())!, 'utf8');
  expect(csv.split('\r\n')[0]).toContain('key,site,comment_id');
  expect(csv).toContain(`${DIRTY_ROOM},tripadvisor,1023456789`);
  expect(csv).toContain('"Thank you for telling us, Maria.');
  const [jsonDownload] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Export JSON' }).click()]);
  const exported = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8'));
  expect(exported).toMatchObject({ format: 'composure-log', version: 1 });
  expect(exported.entries).toEqual(stored);

  // Privacy: nothing but the routed fixture was requested by anyone, the extension included.
  expect(network.unexpected).toEqual([]);
});

test('a review URL whose layout we do not recognise says so instead of showing nothing', async ({ context, route, openPanel }) => {
  const url = 'https://www.tripadvisor.com/Hotel_Review-g1-d2-Reviews-Redesigned_Hotel.html';
  const network = await route([{ url, file: fixturePath('tripadvisor', 'unrecognised-layout.html') }]);
  const page = await context.newPage();
  await page.goto(url);
  const panel = await openPanel(url);
  await expect(panel.getByTestId('page-status')).toHaveText(/layout is not recognised/);
  expect(network.unexpected).toEqual([]);
});

test('a site page without reviews tells the user to open a review page', async ({ context, route, openPanel }) => {
  const url = 'https://www.tripadvisor.com/Hotels-g186338-London_England-Hotels.html';
  await route([{ url, file: fixturePath('tripadvisor', 'unrecognised-layout.html') }]);
  const page = await context.newPage();
  await page.goto(url);
  const panel = await openPanel(url);
  await expect(panel.getByTestId('page-status')).toHaveText(/no comments Composure can read/);
  await expect(page.locator('composure-marker')).toHaveCount(0);
});

test('comments the page adds later (next page of reviews) are read and marked too', async ({ context, route, openPanel }) => {
  await route([{ url: HOTEL_URL, file: fixturePath('tripadvisor', 'hotel-owner-view.en.html') }]);
  const page = await context.newPage();
  await page.goto(HOTEL_URL);
  await expect(page.locator('composure-marker')).toHaveCount(5);
  const panel = await openPanel(HOTEL_URL);
  await expect(panel.locator('[data-comment-key]')).toHaveCount(5);

  await page.evaluate(() => {
    const spanish = document.querySelector('[data-test-target="HR_CC_CARD"]:last-child')!.cloneNode(true) as Element;
    spanish.querySelector('composure-marker')?.remove();
    spanish.removeAttribute('data-composure-key');
    spanish.querySelector('a[href*="ShowUserReviews"]')!.setAttribute('href', '/ShowUserReviews-g186338-d192000-r1099999999-Example.html');
    spanish.querySelector('.yCeTE')!.textContent = 'Nos cobraron dos veces la habitación y nadie respondió a nuestros correos.';
    spanish.querySelector('title')!.textContent = '1.0 of 5 bubbles';
    document.getElementById('tab-review-content')!.append(spanish);
  });
  await expect(page.locator('composure-marker')).toHaveCount(6);
  await expect(panel.locator('[data-comment-key]')).toHaveCount(6);
  // A second unanswered one-star review: right after the first, ahead of everything else.
  await expect(panel.locator('[data-comment-key]').nth(1)).toHaveAttribute('data-comment-key', 'tripadvisor:1099999999');
});
