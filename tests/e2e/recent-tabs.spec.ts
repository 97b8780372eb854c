import { fixturePath } from '../helpers/fixtures';
import { expect, test } from './fixtures';

const HOTEL_URL = 'https://www.tripadvisor.com/Hotel_Review-g186338-d192000-Reviews-Example_Harbour_Hotel-London_England.html';
const RESTAURANT_URL = 'https://www.tripadvisor.es/Restaurant_Review-g187514-d1234567-Reviews-Casa_Ejemplo-Madrid.html';

test('the panel lists the other review pages open, with what waits there, and goes to one', async ({ context, route, openPanel }) => {
  await route([
    { url: HOTEL_URL, file: fixturePath('tripadvisor', 'hotel-owner-view.en.html') },
    { url: RESTAURANT_URL, file: fixturePath('tripadvisor', 'restaurant.es.html') },
  ]);
  const hotel = await context.newPage();
  await hotel.goto(HOTEL_URL);
  await expect(hotel.locator('composure-marker')).toHaveCount(5);
  const restaurant = await context.newPage();
  await restaurant.goto(RESTAURANT_URL);
  await expect(restaurant.locator('composure-marker')).toHaveCount(2);

  const panel = await openPanel(HOTEL_URL);
  await expect(panel.locator('[data-comment-key]')).toHaveCount(5);
  const other = panel.getByRole('region', { name: 'Other review pages open' }).locator('li');
  await expect(other).toHaveCount(1);
  await expect(other).toContainText('www.tripadvisor.es · 1 of 2 need a reply');
  await other.getByRole('button', { name: 'Go to this page' }).click();
  await expect(panel.locator('[data-comment-key]')).toHaveCount(2);
  await expect(panel.locator('[data-comment-key]').first()).toHaveAttribute('data-comment-key', 'tripadvisor:998877665');
  await expect(panel.getByRole('region', { name: 'Other review pages open' })).toContainText('www.tripadvisor.com · 3 of 5 need a reply');
});
