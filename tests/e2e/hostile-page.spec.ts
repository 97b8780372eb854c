import { readFileSync } from 'node:fs';
import { fixturePath } from '../helpers/fixtures';
import { expect, test } from './fixtures';

const URL_ = 'https://www.tripadvisor.com/Hotel_Review-g1-d2-Reviews-Hostile_Hotel.html';
const pwned = () => (window as unknown as { __pwned?: string }).__pwned ?? null;

test('hostile comment text is shown as text in the panel, the page markers and the exports; nothing runs', async ({ context, route, openPanel }) => {
  await route([{ url: URL_, file: fixturePath('tripadvisor', 'hostile-payloads.en.html') }]);
  const page = await context.newPage();
  await page.goto(URL_);
  await expect(page.locator('composure-marker')).toHaveCount(2);
  const panel = await openPanel(URL_);
  await expect(panel.locator('[data-comment-key]')).toHaveCount(2);

  // The payloads appear as literal text.
  await expect(panel.locator('[data-comment-key="tripadvisor:2000000001"]')).toContainText(`<img src=x onerror="window.__pwned='author'">`);
  await panel.locator('[data-comment-key="tripadvisor:2000000001"]').click();
  await expect(panel.getByTestId('comment-text')).toContainText(`<a href="javascript:window.__pwned='link'">click me</a>`);
  await expect(panel.locator('h2')).toHaveText(`<script>window.__pwned='title'</script>`);
  // No element was made from them: no img, script or javascript: link anywhere in the panel or the markers.
  expect(await panel.locator('main img, main script, main a[href^="javascript:"]').count()).toBe(0);
  expect(await page.locator('composure-marker').evaluateAll((hosts) => hosts.flatMap((host) => [...host.shadowRoot!.querySelectorAll('img, script, a')]).length)).toBe(0);

  // The reply box logs it, and the exports carry it as text, formulas defused.
  await panel.getByLabel('Your reply').fill('Thank you for telling us. We are sorry about the room.');
  await panel.getByRole('button', { name: 'Mark handled' }).click();
  await expect(panel.getByRole('status')).toHaveText('Saved to the log.');
  await panel.locator('[data-comment-key="tripadvisor:2000000002"]').click();
  await expect(panel.getByTestId('comment-text')).toContainText('\u202Ereversed\u202C');
  await panel.getByLabel('Your reply').fill('Thank you for telling us. We are sorry about the bathroom and the way you were spoken to.');
  await panel.getByRole('button', { name: 'Mark handled' }).click();
  await expect(panel.getByTestId('log-count')).toHaveText('2 handled');
  const [csv] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Export CSV' }).click()]);
  const text = readFileSync((await csv.path())!, 'utf8');
  expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
  expect(text).toContain(`<img src=x onerror=""window.__pwned='text'"">`);

  await page.waitForTimeout(300);
  expect(await page.evaluate(pwned)).toBeNull();
  expect(await panel.evaluate(pwned)).toBeNull();
});
