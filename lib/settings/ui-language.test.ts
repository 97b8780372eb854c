import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadUiLanguage, resolveUiLang, uiLanguageItem } from './ui-language';

afterEach(() => fakeBrowser.reset());

describe('UI language', () => {
  it('follows the browser until the user picks a language', async () => {
    expect(await loadUiLanguage()).toBe('auto');
    await uiLanguageItem.setValue('id');
    expect(await loadUiLanguage()).toBe('id');
  });

  it('falls back to following the browser when the stored value is damaged', async () => {
    await fakeBrowser.storage.local.set({ uiLanguage: 'klingon' });
    expect(await loadUiLanguage()).toBe('auto');
  });

  it('resolves the choice against the browser locale', () => {
    expect(resolveUiLang('auto', 'es-MX')).toBe('es');
    expect(resolveUiLang('auto', 'fr-FR')).toBe('en');
    expect(resolveUiLang('id', 'es-MX')).toBe('id');
  });
});
