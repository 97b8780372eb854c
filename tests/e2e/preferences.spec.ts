import { fixturePath } from '../helpers/fixtures';
import { expect, test } from './fixtures';

const HOTEL_URL = 'https://www.tripadvisor.com/Hotel_Review-g186338-d192000-Reviews-Example_Harbour_Hotel-London_England.html';
type Storage = { chrome: { storage: { local: { set(items: object): Promise<void> } } } };

test('what the options say reaches the page and the panel: site switch, UI language, edited templates', async ({ context, route, openPanel, serviceWorker, extensionId }) => {
  await route([{ url: HOTEL_URL, file: fixturePath('tripadvisor', 'hotel-owner-view.en.html') }]);
  const setStorage = (items: object) => serviceWorker.evaluate((values) => (globalThis as unknown as Storage).chrome.storage.local.set(values), items);

  // Switched off: Composure leaves the page alone; switched back on, it reads it at once.
  await setStorage({ siteSwitches: { tripadvisor: false }, uiLanguage: 'es' });
  const page = await context.newPage();
  await page.goto(HOTEL_URL);
  await page.waitForTimeout(500);
  await expect(page.locator('composure-marker')).toHaveCount(0);
  await setStorage({ siteSwitches: { tripadvisor: true } });
  await expect(page.locator('composure-marker')).toHaveCount(5);
  // The chosen UI language (Spanish here), on the page and in the panel.
  await expect(page.locator('[data-composure-key="tripadvisor:1023456789"] composure-marker')).toHaveText('Negativo · necesita respuesta');
  const panel = await openPanel(HOTEL_URL);
  await expect(panel.getByTestId('page-status')).toHaveText('5 comentarios · 3 necesitan respuesta');

  // A built-in template edited in the options page is what the panel suggests from then on.
  await panel.locator('[data-comment-key="tripadvisor:1023456789"]').click();
  const firstId = (await panel.locator('[data-template]').first().getAttribute('data-template'))!;
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('#template-filter-lang').selectOption('all');
  await options.locator('#template-search').fill('');
  const card = options.locator(`[data-template-id="${firstId}"]`);
  await card.getByRole('button', { name: 'Editar' }).click();
  const body = options.locator('#template-body');
  await body.fill(`${await body.inputValue()}\n\nP.S. Our new housekeeping checklist starts on Monday.`);
  await options.getByRole('button', { name: 'Guardar plantilla' }).click();
  await expect(card).toContainText(/editad/i);
  await expect(panel.locator(`[data-template="${firstId}"]`)).toContainText('P.S. Our new housekeeping checklist');
});
