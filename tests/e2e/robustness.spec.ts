import { fixturePath } from '../helpers/fixtures';
import { expect, test } from './fixtures';
import { readRows } from './idb';

const HOTEL_URL = 'https://www.tripadvisor.com/Hotel_Review-g186338-d192000-Reviews-Example_Harbour_Hotel-London_England.html';

test('when the extension is reloaded or updated, the page keeps working: no errors, our markers gone', async ({ context, route, serviceWorker }) => {
  await route([{ url: HOTEL_URL, file: fixturePath('tripadvisor', 'hotel-owner-view.en.html') }]);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(HOTEL_URL);
  await expect(page.locator('composure-marker')).toHaveCount(5);

  await serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => {});
  // The orphaned script notices and cleans up; the page's own buttons and typing still work.
  await expect(page.locator('composure-marker')).toHaveCount(0, { timeout: 15_000 });
  await page.locator('[data-composure-key], [data-test-target="HR_CC_CARD"]').nth(2).getByRole('button', { name: 'Write a response' }).click();
  await page.locator('textarea').first().pressSequentially('Thank you', { delay: 5 });
  await expect(page.locator('textarea').first()).toHaveAttribute('data-page-state', 'Thank you');
  expect(errors).toEqual([]);
});

test('two panels marking comments handled at the same time both land in the log', async ({ context, route, openPanel }) => {
  await route([{ url: HOTEL_URL, file: fixturePath('tripadvisor', 'hotel-owner-view.en.html') }]);
  const page = await context.newPage();
  await page.goto(HOTEL_URL);
  await expect(page.locator('composure-marker')).toHaveCount(5);
  const first = await openPanel(HOTEL_URL);
  const second = await openPanel(HOTEL_URL);
  for (const [panel, key] of [
    [first, 'tripadvisor:1023456789'],
    [second, 'tripadvisor:1034567890'],
  ] as const) {
    await panel.locator(`[data-comment-key="${key}"]`).click();
    await panel.getByLabel('Your reply').fill(`Thank you for telling us (${key}).`);
  }
  await Promise.all([first, second].map((panel) => panel.getByRole('button', { name: 'Mark handled' }).click()));
  await expect(first.getByRole('status')).toHaveText('Saved to the log.');
  await expect(second.getByRole('status')).toHaveText('Saved to the log.');
  const keys = (await readRows<{ key: string }>(first, 'log')).map((row) => row.key).sort();
  expect(keys).toEqual(['tripadvisor:1023456789', 'tripadvisor:1034567890']);
});
