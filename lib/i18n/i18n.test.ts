import { describe, expect, it } from 'vitest';
import { t, uiLangFor } from './index';
import { DICTIONARIES, MESSAGES } from './dictionaries';

describe('UI messages', () => {
  it('has every key, non-empty, in English, Spanish and Indonesian, with the same placeholders', () => {
    const keys = Object.keys(MESSAGES.en) as (keyof typeof MESSAGES.en)[];
    for (const lang of ['es', 'id'] as const) {
      expect(Object.keys(MESSAGES[lang]).sort()).toEqual([...keys].sort());
      for (const key of keys) {
        expect(MESSAGES[lang][key].trim(), `${lang}:${key}`).not.toBe('');
        const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        expect(placeholders(MESSAGES[lang][key]), `${lang}:${key}`).toEqual(placeholders(MESSAGES.en[key]));
      }
    }
  });

  it('has no key defined by two dictionaries', () => {
    const keys = DICTIONARIES.flatMap((dictionary) => Object.keys(dictionary.en));
    expect(keys.length).toBe(new Set(keys).size);
  });

  it('fills placeholders and follows the browser locale', () => {
    expect(t('es', 'panel.summary', { count: 5, negative: 2 })).toBe('5 comentarios · 2 necesitan respuesta');
    expect(uiLangFor('es-MX')).toBe('es');
    expect(uiLangFor('id-ID')).toBe('id');
    expect(uiLangFor('in')).toBe('id');
    expect(uiLangFor('fr-FR')).toBe('en');
    expect(uiLangFor(undefined)).toBe('en');
  });
});
