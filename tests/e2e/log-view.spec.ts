import { readFileSync } from 'node:fs';
import { makeLogEntries } from '../helpers/log-entries';
import { expect, test } from './fixtures';
import { putRows } from './idb';

test('the log view browses 10,000 entries, searches them, opens one and exports them redacted', async ({ context, extensionId }) => {
  const entries = makeLogEntries(10_000);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await putRows(panel, 'log', entries);

  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?view=log`);
  await expect(panel.getByTestId('log-shown')).toHaveText('10000 of 10000 entries');
  // Virtualised: only the rows in view are in the page.
  expect(await panel.locator('[data-log-key]').count()).toBeLessThan(60);

  await panel.getByLabel('Search the log').fill('habitación sucia');
  const matching = entries.filter((entry) => /habitación/i.test(entry.commentText) && /sucia/i.test(entry.commentText)).length;
  await expect(panel.getByTestId('log-shown')).toHaveText(`${matching} of 10000 entries`);

  const first = panel.locator('[data-log-key]').first();
  await first.getByRole('button').click();
  await expect(panel.getByTestId('log-entry')).toContainText('La habitación estaba sucia');

  await panel.getByLabel('Hide author names (for sharing)').check();
  const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Export these as JSON' }).click()]);
  const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(exported.entries).toHaveLength(matching);
  const authors = new Set(exported.entries.map((entry: { author: string | null }) => entry.author));
  for (const author of authors) expect(author === null || /^Reviewer \d+$/.test(String(author))).toBe(true);
  expect(JSON.stringify(exported)).not.toContain('Lucía M');

  await panel.getByRole('button', { name: /Back to the queue/ }).click();
  await expect(panel.getByTestId('log-count')).toHaveText('10000 handled');
});
