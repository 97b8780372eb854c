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
});
