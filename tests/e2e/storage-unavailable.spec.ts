import { fixturePath } from '../helpers/fixtures';
import { expect, test } from './fixtures';

const HOTEL_URL = 'https://www.tripadvisor.com/Hotel_Review-g186338-d192000-Reviews-Example_Harbour_Hotel-London_England.html';
const REPLY = 'Thank you for telling us, Maria. We are sorry the room was not clean.';

test('without IndexedDB (a private window, storage blocked) the panel still works, says why nothing is logged and keeps the draft', async ({ context, route, openPanel }) => {
  await route([{ url: HOTEL_URL, file: fixturePath('tripadvisor', 'hotel-owner-view.en.html') }]);
  const page = await context.newPage();
  await page.goto(HOTEL_URL);
  await expect(page.locator('composure-marker')).toHaveCount(5);

  // Only in the panel: IndexedDB refuses, as in a private window with storage blocked.
  await context.addInitScript(() => {
    if (location.protocol !== 'chrome-extension:') return;
    Object.defineProperty(window, 'indexedDB', {
      get() {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
    });
  });
  const panel = await openPanel(HOTEL_URL);
  await expect(panel.locator('[data-comment-key]')).toHaveCount(5);
  await expect(panel.getByTestId('log-unavailable')).toContainText('The log cannot be used in this window');

  await panel.locator('[data-comment-key="tripadvisor:1023456789"]').click();
  await panel.getByLabel('Your reply').fill(REPLY);
  await panel.getByRole('button', { name: 'Insert into page' }).click();
  await expect(page.locator('[data-composure-key="tripadvisor:1023456789"] textarea')).toHaveValue(REPLY);
  await panel.getByRole('button', { name: 'Mark handled' }).click();
  await expect(panel.getByRole('alert').last()).toContainText('nothing is logged. Your draft is kept.');
  await expect(panel.getByLabel('Your reply')).toHaveValue(REPLY);
});
