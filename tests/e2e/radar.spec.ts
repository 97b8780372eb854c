import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { putRows } from './idb';

const RESTAURANT_URL = 'https://www.tripadvisor.es/Restaurant_Review-g187514-d7654321-Reviews-Casa_Ejemplo-Madrid.html';
const HOUR = 3_600_000;

/** Tonight's reviews: five guests complain about dirt, one is happy. Invented text. */
const REVIEWS = [
  { id: '991000001', rating: 1, title: 'Dirty tables', text: 'The tables were sticky and the floor was filthy. Nobody cleaned anything while we ate.' },
  { id: '991000002', rating: 1, title: 'Disgusting toilets', text: 'The toilets were disgusting, no soap and dirty towels everywhere.' },
  { id: '991000003', rating: 2, title: 'Hair in the food', text: 'There was a hair in my soup and the cutlery was dirty. Very unhygienic.' },
  { id: '991000004', rating: 1, title: 'Not clean', text: 'Dirty glasses, stains on the tablecloth and a bad smell near the kitchen.' },
  { id: '991000005', rating: 1, title: 'Filthy', text: 'Filthy place. Dust on every shelf and crumbs all over the chairs.' },
  { id: '991000006', rating: 5, title: 'Lovely evening', text: 'Friendly waiter and tasty croquetas. We sat on the terrace and will come back with friends.' },
];

/** A restaurant page in Tripadvisor's reviewCard layout (see lib/sites/tripadvisor/fixtures/restaurant.es.html). */
function restaurantPage(): string {
  const cards = REVIEWS.map(
    (review, i) => `
  <div data-automation="reviewCard">
    <svg data-automation="bubbleRatingImage" aria-labelledby="r${i}"><title id="r${i}">${review.rating},0 de 5 burbujas</title></svg>
    <a href="/ShowUserReviews-g187514-d7654321-r${review.id}-Casa_Ejemplo-Madrid.html"><span>${review.title}</span></a>
    <div class="biGQs"><a href="/Profile/guest${i}"><span>Guest ${i + 1}</span></a> escribió una opinión en nov de 2026</div>
    <div><span lang="en">${review.text}</span></div>
  </div>`,
  ).join('');
  return `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Casa Ejemplo - Opiniones - Tripadvisor</title></head><body><div data-automation="reviewsTab">${cards}</div></body></html>`;
}

/** Sightings of earlier days, written as the background stores them: the baseline the burst is compared with. */
async function seedBaseline(page: Page, now: number): Promise<void> {
  const sightings = [
    { key: 'tripadvisor:980000001', label: 'negative', topics: ['cleanliness'], hoursAgo: 4 * 24 },
    { key: 'tripadvisor:980000002', label: 'negative', topics: ['waiting', 'staff'], hoursAgo: 3 * 24 },
    { key: 'tripadvisor:980000003', label: 'positive', topics: ['food'], hoursAgo: 6 * 24 },
    { key: 'tripadvisor:980000004', label: 'mixed', topics: ['price'], hoursAgo: 2 * 24 },
    // Composure has been in use for longer than the 7 baseline days.
    { key: 'tripadvisor:980000005', label: 'positive', topics: ['staff'], hoursAgo: 9 * 24 },
  ].map(({ hoursAgo, ...rest }) => ({ ...rest, site: 'tripadvisor', pageUrl: RESTAURANT_URL, lang: 'en', firstSeenAt: now - hoursAgo * HOUR }));
  await putRows(page, 'sightings', sightings);
}

test('a burst of negative comments on one topic raises the radar alert with its counts and holding statements', async ({ context, extensionId, serviceWorker, route, openPanel }, testInfo) => {
  const file = testInfo.outputPath('restaurant-burst.html');
  writeFileSync(file, restaurantPage());
  const network = await route([{ url: RESTAURANT_URL, file }]);

  // Any extension page opens the database at the current schema; then the earlier days are seeded.
  const setup = await context.newPage();
  await setup.goto(`chrome-extension://${extensionId}/review.html`);
  await expect(setup.getByRole('heading', { name: 'Post-crisis review' })).toBeVisible();
  await seedBaseline(setup, Date.now());
  await setup.close();

  const page = await context.newPage();
  await page.goto(RESTAURANT_URL);
  const panel = await openPanel(RESTAURANT_URL);
  // Headless Chromium has no system clipboard for extension pages: the panel's copy is captured instead.
  await panel.evaluate(() => {
    navigator.clipboard.writeText = async (text: string) => {
      (window as unknown as { copiedText: string }).copiedText = text;
    };
  });
  await panel.setViewportSize({ width: 360, height: 900 });

  const alert = panel.getByTestId('radar-alert').filter({ has: panel.getByRole('heading', { name: /many negative comments about Cleanliness/ }) });
  await expect(alert).toBeVisible();
  await expect(panel.getByTestId('page-status')).toHaveText('6 comments · 5 need a reply');
  // Explainable: tonight's five against one cleanliness complaint in the previous seven days.
  await expect(alert.getByTestId('radar-counts')).toHaveText(/^5 negative comments about Cleanliness in the last 24 h\. Usually about 0\.1 in 24 h \(average over the previous 7 days\): 35× the usual\.$/);
  await expect(alert).toContainText('Window:');
  // Example comments with their text from the page.
  await expect(alert.getByTestId('radar-examples').locator('li')).toHaveCount(3);
  await expect(alert.getByTestId('radar-examples')).toContainText(/filthy|dirty|disgusting/i);
  // Holding statements in the UI language, to copy.
  await alert.getByText(/^Holding statements to publish \(\d+\)$/).click();
  const statements = alert.getByTestId('holding-statement');
  expect(await statements.count()).toBeGreaterThanOrEqual(2);
  await expect(statements.first()).toContainText('cleanliness');
  await statements.first().getByRole('button', { name: /^Copy the statement/ }).click();
  await expect(statements.first().getByRole('button', { name: /^Copy the statement/ })).toHaveText('Copied');
  const copied = await panel.evaluate(() => (window as unknown as { copiedText: string }).copiedText);
  expect(copied).toContain('cleanliness');
  expect(copied).toContain('[what happened, in one sentence]');

  // The action icon shows the alert on every tab.
  const badge = await serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> } } }).chrome.action.getBadgeText({}));
  expect(badge).toBe('!');
  const title = await serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { action: { getTitle(d: object): Promise<string> } } }).chrome.action.getTitle({}));
  expect(title).toMatch(/^Composure: many negative comments about Cleanliness/);

  await panel.screenshot({ path: testInfo.outputPath('radar-alert-panel.png'), fullPage: true });
  await panel.emulateMedia({ colorScheme: 'dark' });
  await panel.screenshot({ path: testInfo.outputPath('radar-alert-panel-dark.png'), fullPage: true });
  await panel.emulateMedia({ colorScheme: 'light' });

  // The review opens from the alert.
  const [review] = await Promise.all([context.waitForEvent('page'), alert.getByRole('link', { name: 'Open the review' }).click()]);
  await expect(review).toHaveURL(new RegExp(`chrome-extension://${extensionId}/review.html`));

  // Dismissed, it stays away (the topic is cooling down).
  await alert.getByRole('button', { name: 'Dismiss the alert about Cleanliness' }).click();
  await expect(alert).toHaveCount(0);
  expect(network.unexpected).toEqual([]);
});
