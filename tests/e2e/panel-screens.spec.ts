import { fixturePath } from '../helpers/fixtures';
import { expect, test } from './fixtures';

const HOTEL_URL = 'https://www.tripadvisor.com/Hotel_Review-g186338-d192000-Reviews-Example_Harbour_Hotel-London_England.html';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the panel's screens at 320 px wide, ${colorScheme}: nothing overflows sideways, every control is labelled`, async ({ context, route, openPanel }, testInfo) => {
    await route([{ url: HOTEL_URL, file: fixturePath('tripadvisor', 'hotel-owner-view.en.html') }]);
    const page = await context.newPage();
    await page.goto(HOTEL_URL);
    await expect(page.locator('composure-marker')).toHaveCount(5);
    const panel = await openPanel(HOTEL_URL);
    await panel.emulateMedia({ colorScheme });
    await panel.setViewportSize({ width: 320, height: 900 });
    const noSidewaysScroll = () => panel.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
    const unlabelled = () =>
      panel.evaluate(() =>
        [...document.querySelectorAll('input, select, textarea, button')]
          .filter((control) => !(control as HTMLElement).closest('[aria-hidden="true"]'))
          .filter((control) => {
            const labelled = (control as HTMLInputElement).labels?.length || control.getAttribute('aria-label') || control.getAttribute('aria-labelledby');
            return !labelled && !(control.tagName === 'BUTTON' && control.textContent?.trim());
          })
          .map((control) => control.outerHTML.slice(0, 80)),
      );

    await expect(panel.locator('[data-comment-key]')).toHaveCount(5);
    expect(await noSidewaysScroll()).toBe(true);
    expect(await unlabelled()).toEqual([]);
    await panel.screenshot({ path: testInfo.outputPath(`panel-queue-${colorScheme}.png`), fullPage: true });

    await panel.locator('[data-comment-key="tripadvisor:1023456789"]').click();
    await panel.getByLabel('Your reply').fill('Obviously the room was cleaned before you arrived. Thank you for your feedback.');
    await expect(panel.locator('[data-rule="smug-adverb"]')).toBeVisible();
    expect(await noSidewaysScroll()).toBe(true);
    expect(await unlabelled()).toEqual([]);
    await panel.screenshot({ path: testInfo.outputPath(`panel-reply-${colorScheme}.png`), fullPage: true });

    await panel.getByRole('button', { name: /Back to the queue/ }).click();
    await panel.getByRole('button', { name: 'Browse the log' }).click();
    await expect(panel.getByTestId('log-shown')).toHaveText('0 of 0 entries');
    expect(await noSidewaysScroll()).toBe(true);
    expect(await unlabelled()).toEqual([]);
    await panel.screenshot({ path: testInfo.outputPath(`panel-log-${colorScheme}.png`), fullPage: true });
  });
}
