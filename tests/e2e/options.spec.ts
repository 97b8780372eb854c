import type { Page, TestInfo } from '@playwright/test';
import { makeLogEntries } from '../helpers/log-entries';
import { expect, test } from './fixtures';
import { putRows } from './idb';

const SECTIONS = ['brand', 'team', 'templates', 'tone', 'radar', 'sites', 'languages', 'data'];

async function shootSections(page: Page, testInfo: TestInfo, suffix: string) {
  for (const id of SECTIONS) {
    await page.getByTestId(`section-${id}`).screenshot({ path: testInfo.outputPath(`options-${id}${suffix}.png`) });
  }
}

/** What the extension keeps in storage.local, read from its own page. */
function storedLocal(page: Page): Promise<Record<string, unknown>> {
  type ExtensionGlobal = { chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } } };
  return page.evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.storage.local.get(null));
}

/** Handled comments in the log, read straight from IndexedDB (0 when the database is gone). */
function logCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((database) => database.name);
    if (!names.includes('composure')) return 0;
    return new Promise<number>((resolve, reject) => {
      const open = indexedDB.open('composure');
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('log')) return resolve(0);
        const request = db.transaction('log').objectStore('log').count();
        request.onsuccess = () => {
          db.close();
          resolve(request.result);
        };
        request.onerror = () => reject(request.error);
      };
      open.onerror = () => reject(open.error);
    });
  });
}

test('the options page keeps the brand profile, tone switches and templates, refuses bad imports and deletes everything', async ({ context, extensionId }, testInfo) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Composure settings');
  await expect(page.getByTestId('data-inventory')).toContainText('Stored now');
  await shootSections(page, testInfo, '');

  // Brand profile: a bad value is refused, named, and what was typed stays.
  const brand = page.getByTestId('section-brand');
  const tooLong = 'H'.repeat(121);
  await page.getByLabel('Business name').fill(tooLong);
  await page.getByLabel('What the business allows you to offer or promise').fill('A free dessert on your next visit.\n\nA late check-out.');
  await brand.getByRole('button', { name: 'Save brand profile' }).click();
  await expect(brand.getByRole('alert')).toHaveText('Not saved: fix the fields marked below. Nothing you typed was lost.');
  await expect(brand.getByText('Too long: at most 120 characters.')).toBeVisible();
  await expect(page.getByLabel('Business name')).toHaveValue(tooLong);
  await expect(page.getByLabel('Business name')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Business name').fill('Hotel Miramar');
  await page.getByLabel('Signature', { exact: true }).fill('Daniel');
  await brand.getByRole('button', { name: 'Save brand profile' }).click();
  await expect(brand.getByRole('status')).toHaveText('Saved.');

  // Tone checker: switch a rule off.
  const tone = page.getByTestId('section-tone');
  const smug = page.locator('#tone-rule-smug-adverb');
  await expect(smug).toBeChecked();
  await smug.uncheck();
  await tone.getByRole('button', { name: 'Save tone checker' }).click();
  await expect(tone.getByRole('status')).toHaveText('Saved.');

  await page.reload();
  await expect(page.getByLabel('Business name')).toHaveValue('Hotel Miramar');
  await expect(page.getByLabel('What the business allows you to offer or promise')).toHaveValue('A free dessert on your next visit.\nA late check-out.');
  await expect(page.locator('#tone-rule-smug-adverb')).not.toBeChecked();
  const afterReload = await storedLocal(page);
  expect(afterReload.brandProfile).toMatchObject({ name: 'Hotel Miramar', signature: 'Daniel', allowedActions: ['A free dessert on your next visit.', 'A late check-out.'] });
  expect(afterReload.toneSettings).toMatchObject({ disabledRules: ['smug-adverb'] });

  // Templates: a template with a serious tone problem is held back until fixed.
  const templates = page.getByTestId('section-templates');
  await templates.getByRole('button', { name: 'New template' }).click();
  await page.locator('#template-title').fill('Slow check-in');
  await page.getByLabel('Reply text').fill('This is clearly a fake review. Our lawyer will hear about it. {{signature}}');
  await templates.getByRole('button', { name: 'Save template' }).click();
  const toneErrors = page.getByTestId('template-tone-errors');
  await expect(toneErrors).toContainText('The tone checker found serious problems');
  await expect(toneErrors.locator('[data-rule-id="legal-threat"]')).toBeVisible();
  await toneErrors.screenshot({ path: testInfo.outputPath('options-template-tone-errors.png') });
  await expect(page.locator('[data-template-id^="user.en."]')).toHaveCount(0);
  await page.getByLabel('Reply text').fill('Thank you{{#name}}, {{name}},{{/name}} for telling us about the wait at check-in. We are sorry it took so long. {{action}} {{signature}}');
  await page.getByLabel('Tags, separated by commas').fill('front desk, waiting');
  await templates.getByRole('button', { name: 'Save template' }).click();
  await expect(templates.getByRole('status')).toContainText('Saved "Slow check-in".');
  const created = page.locator('[data-template-id="user.en.slow-check-in"]');
  await expect(created).toContainText('Slow check-in');
  await expect(created).toContainText('Yours');
  const stored = (await storedLocal(page)).templateLibrary as { format: string; templates: { id: string; title: string; tags: string[] }[] };
  expect(stored.format).toBe('composure-templates');
  expect(stored.templates).toEqual([expect.objectContaining({ id: 'user.en.slow-check-in', title: 'Slow check-in', tags: ['front desk', 'waiting'] })]);
  await page.locator('#template-search').fill('check-in wait');
  await expect(page.locator('[data-template-id]')).toHaveCount(1);
  await templates.screenshot({ path: testInfo.outputPath('options-templates-with-own.png') });
  await page.locator('#template-search').fill('');

  // Built-ins can be edited (an override) and hidden, and come back unchanged.
  const warm = page.locator('[data-template-id="en.positive.warm"]');
  const warmTitle = (await warm.locator('span').first().textContent()) ?? '';
  await warm.getByRole('button', { name: 'Edit' }).click();
  await page.locator('#template-title').fill(`${warmTitle} (ours)`);
  await templates.getByRole('button', { name: 'Save template' }).click();
  await expect(warm).toContainText('Built-in, edited');
  await expect(warm).toContainText(`${warmTitle} (ours)`);
  await warm.getByRole('button', { name: 'Restore built-in' }).click();
  await warm.getByRole('alertdialog').getByRole('button', { name: 'Restore built-in' }).click();
  await expect(warm.locator('span').first()).toHaveText(warmTitle);
  await warm.getByRole('button', { name: 'Hide' }).click();
  await expect(warm).toHaveCount(0);
  await page.getByLabel('Show hidden built-ins').check();
  await expect(warm).toContainText('Hidden');
  await warm.getByRole('button', { name: 'Show' }).click();
  await expect(warm).not.toContainText('Hidden');
  await page.getByLabel('Show hidden built-ins').uncheck();
  expect((await storedLocal(page)).templateLibrary).toMatchObject({ templates: [expect.objectContaining({ id: 'user.en.slow-check-in' })], hidden: [] });

  // A bad library file changes nothing and says which entry and field is wrong.
  const good = { id: 'user.en.first', lang: 'en', title: 'First', situations: ['positive'], topics: [], sentiment: { min: 0, max: 1 }, sites: 'all', urgency: [], tags: [], body: 'Thank you!', variables: [] };
  const file = { format: 'composure-templates', version: 1, templates: [good, { ...good, id: 'user.en.second', sentiment: { min: 2, max: 1 } }], hidden: [] };
  await page.getByTestId('template-import').setInputFiles({ name: 'team-library.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  const importAlert = templates.getByRole('alert');
  await expect(importAlert).toContainText('team-library.json was not imported, nothing changed');
  await expect(importAlert).toContainText('template 2 ("user.en.second"), field "sentiment.min"');
  expect(((await storedLocal(page)).templateLibrary as { templates: unknown[] }).templates).toHaveLength(1);
  await expect(page.locator('[data-template-id="user.en.first"]')).toHaveCount(0);

  // Saving despite a serious finding needs a reason, which is kept with the template.
  await templates.getByRole('button', { name: 'New template' }).click();
  await page.locator('#template-title').fill('Legal hold');
  await page.getByLabel('Reply text').fill('Thank you for your message. Our lawyer will contact you about this. {{signature}}');
  await templates.getByRole('button', { name: 'Save template' }).click();
  await expect(toneErrors.locator('[data-rule-id="legal-threat"]')).toContainText('on every site it targets');
  await toneErrors.getByRole('button', { name: 'Save anyway' }).click();
  await expect(toneErrors).toContainText('Give a reason to save despite serious problems.');
  await toneErrors.getByLabel('Why this wording is right (kept with the template)').fill('Agreed with our legal team for formal complaints.');
  await toneErrors.getByRole('button', { name: 'Save anyway' }).click();
  await expect(page.locator('[data-template-id="user.en.legal-hold"]')).toContainText('Saved despite legal-threat. Reason: Agreed with our legal team for formal complaints.');
  expect((await storedLocal(page)).templateToneOverrides).toEqual({
    'user.en.legal-hold': { reason: 'Agreed with our legal team for formal complaints.', ruleIds: ['legal-threat'], at: expect.any(Number) },
  });

  // Delete all data: the confirmation names what goes, then the log and settings are gone.
  const entries = makeLogEntries(3);
  await putRows(page, 'log', entries);
  expect(await logCount(page)).toBe(3);
  const data = page.getByTestId('section-data');
  await data.getByRole('button', { name: 'Delete all data…' }).click();
  const confirm = data.getByRole('alertdialog');
  await expect(confirm).toContainText('the log: 3 handled comments with your replies');
  await expect(confirm).toContainText('your own templates (2)');
  await confirm.screenshot({ path: testInfo.outputPath('options-delete-confirmation.png') });
  await confirm.getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByRole('status').first()).toHaveText('All Composure data was deleted.');
  await expect(page.getByLabel('Business name')).toHaveValue('');
  await expect(page.locator('#tone-rule-smug-adverb')).toBeChecked();
  await expect(page.getByTestId('data-inventory')).toContainText('Stored now: 0 handled comments');
  expect(await logCount(page)).toBe(0);
  const left = await storedLocal(page);
  expect(left).not.toHaveProperty('brandProfile');
  expect(left).not.toHaveProperty('templateLibrary');
  expect(left).not.toHaveProperty('toneSettings');
  expect(left).not.toHaveProperty('templateToneOverrides');
});

test('the options page follows the chosen language and reads at 320 px, light and dark', async ({ context, extensionId }, testInfo) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByLabel('Language of Composure').selectOption('es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ajustes de Composure');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ajustes de Composure');
  await shootSections(page, testInfo, '-es');

  await page.getByLabel('Idioma de Composure').selectOption('id');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pengaturan Composure');
  await page.setViewportSize({ width: 320, height: 900 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByTestId('section-brand').screenshot({ path: testInfo.outputPath('options-brand-id-320-dark.png') });
  // The list is long: the first screen of the section is what a reader sees.
  await page.locator('#templates').evaluate((section) => section.scrollIntoView());
  await page.screenshot({ path: testInfo.outputPath('options-templates-id-320-dark.png') });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
