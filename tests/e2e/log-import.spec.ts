import { logToJson } from '../../lib/log/export';
import { fixturePath } from '../helpers/fixtures';
import { makeLogEntries } from '../helpers/log-entries';
import { expect, test } from './fixtures';

const HOTEL_URL = 'https://www.tripadvisor.com/Hotel_Review-g186338-d192000-Reviews-Example_Harbour_Hotel-London_England.html';

test('importing a teammate\'s log merges it, and a bad file changes nothing and says what is wrong', async ({ context, route, openPanel }) => {
  await route([{ url: HOTEL_URL, file: fixturePath('tripadvisor', 'hotel-owner-view.en.html') }]);
  const page = await context.newPage();
  await page.goto(HOTEL_URL);
  const panel = await openPanel(HOTEL_URL);
  await expect(panel.locator('[data-comment-key]')).toHaveCount(5);
  await expect(panel.getByTestId('log-count')).toHaveText('0 handled');

  const [teammate, other] = makeLogEntries(2);
  const handledByTeammate = { ...teammate!, key: 'tripadvisor:1034567890', site: 'tripadvisor' as const, commentId: '1034567890' };
  const good = logToJson([handledByTeammate, other!], Date.UTC(2026, 10, 25));
  const input = panel.locator('input[type="file"]');

  const broken = JSON.parse(good);
  broken.entries[1].rating = 'five';
  await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(panel.getByRole('alert')).toContainText('broken.json was not imported, nothing changed');
  await expect(panel.getByRole('alert')).toContainText(`Entry 2 (${other!.key}), field rating`);
  await expect(panel.getByTestId('log-count')).toHaveText('0 handled');

  await input.setInputFiles({ name: 'budi.json', mimeType: 'application/json', buffer: Buffer.from(good) });
  await expect(panel.getByRole('status')).toHaveText('Imported budi.json: 2 added, 0 already in the log, 0 conflicts (both versions kept).');
  await expect(panel.getByTestId('log-count')).toHaveText('2 handled');
  await expect(panel.locator('[data-comment-key="tripadvisor:1034567890"]')).toContainText('Handled');
});
