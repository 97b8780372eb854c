import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { LogEntry } from '../../lib/db/log-entry';
import { makeLogEntries } from '../helpers/log-entries';
import { expect, test } from './fixtures';
import { putRows } from './idb';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Puts entries into the log as the panel saves them. */
async function seedLog(page: Page, entries: LogEntry[]): Promise<void> {
  await putRows(page, 'log', entries);
}

/** How many pixels of a canvas are not blank: a drawn chart has many. */
function paintedPixels(page: Page, chartId: string): Promise<number> {
  return page.locator(`canvas[data-chart="${chartId}"]`).evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    const [r, g, b] = [data[0], data[1], data[2]]; // the painted background
    let painted = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] !== r || data[i + 1] !== g || data[i + 2] !== b) painted++;
    return painted;
  });
}

test('the review page charts the log of a period and exports it as CSV and PNG', async ({ context, extensionId }, testInfo) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1100, height: 1400 });
  await page.goto(`chrome-extension://${extensionId}/review.html`);
  await expect(page.getByTestId('review-summary')).toHaveText('Nothing was handled in this period.');

  // 300 entries over the last five days, answered within minutes to two days, and 20 from last year, outside the period.
  const recent = makeLogEntries(300, Date.now() - 6 * DAY).map((entry, i) => {
    const detectedAt = entry.detectedAt + (i % 5) * DAY;
    return { ...entry, detectedAt, handledAt: detectedAt + ((i * 7) % 50) * HOUR + 5 * 60_000 };
  });
  const old = makeLogEntries(20, Date.now() - 400 * DAY).map((entry) => ({ ...entry, key: `${entry.key}-old` }));
  await seedLog(page, [...recent, ...old]);
  await page.reload();

  const skipped = recent.filter((entry) => entry.outcome === 'skipped').length;
  await expect(page.getByTestId('review-summary')).toContainText(`${recent.length} comments handled · ${recent.length - skipped} replied · ${skipped} skipped`);
  for (const chart of ['volume', 'topics', 'response', 'outcomes', 'tone']) {
    await expect(page.locator(`canvas[data-chart="${chart}"]`)).toBeVisible();
    expect(await paintedPixels(page, chart), `chart ${chart} is drawn`).toBeGreaterThan(500);
  }
  await expect(page.locator('canvas[data-chart="topics"]')).toHaveAttribute('aria-label', /Cleanliness: \d+/);
  await page.screenshot({ path: testInfo.outputPath('review-page.png'), fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  expect(await paintedPixels(page, 'volume')).toBeGreaterThan(500);
  await page.screenshot({ path: testInfo.outputPath('review-page-dark.png'), fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.reload();

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  expect(csv.suggestedFilename()).toMatch(/^composure-review-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync((await csv.path())!, 'utf8');
  expect(text.split('\r\n')[0]).toBe('section,item,measure,value');
  expect(text).toContain(`total,entries,count,${recent.length}`);
  expect(text).toContain(`outcome,skipped,count,${skipped}`);
  expect(text).toMatch(/negatives_per_topic,cleanliness,count,\d+/);

  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download charts as PNG' }).click()]);
  expect(png.suggestedFilename()).toMatch(/\.png$/);
  const bytes = readFileSync((await png.path())!);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  expect(bytes.length).toBeGreaterThan(10_000);
  await png.saveAs(testInfo.outputPath('review-charts.png'));

  // The last 7 days still hold every recent entry; last year's come back with custom dates.
  await page.getByLabel('Period', { exact: true }).selectOption('7');
  await expect(page.getByTestId('review-summary')).toContainText(`${recent.length} comments handled`);
  await page.getByLabel('Period', { exact: true }).selectOption('custom');
  const oldDay = new Date(old[0]!.handledAt).toISOString().slice(0, 10);
  await page.getByLabel('From', { exact: true }).fill(oldDay);
  await page.getByLabel('To (included)', { exact: true }).fill(new Date(old[0]!.handledAt + DAY).toISOString().slice(0, 10));
  await expect(page.getByTestId('review-summary')).toContainText(`${old.length} comments handled`);

  // The printable report hides the controls and keeps the charts.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeHidden();
  await expect(page.locator('canvas[data-chart="volume"]')).toBeVisible();
});
