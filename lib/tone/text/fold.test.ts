import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from './fold';

describe('fold', () => {
  it('lower-cases and strips accents and typographic quotes', () => {
    expect(fold('Él NO está, Ñandú! \u201cQuote\u201d it\u2019s STRASSE \u00df')).toBe('el no esta, nandu! "quote" it\'s strasse s');
  });

  it('keeps every offset: one unit out for one unit in', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(fold(text).length).toBe(text.length);
      }),
    );
    expect(fold('\u0130stanbul')).toBe('istanbul'); // dotted capital I lower-cases to two units elsewhere
  });

  it('folds plain ASCII text (the fast path) exactly as the unit-by-unit table does', () => {
    const unitByUnit = (text: string) => [...text].map((ch) => (ch === '`' ? "'" : ch.toLowerCase())).join('');
    fc.assert(fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code)) }), (text) => fold(text) === unitByUnit(text)));
    expect(fold('It`s OK')).toBe("it's ok");
  });
});
