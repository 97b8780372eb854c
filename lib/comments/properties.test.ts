import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentHash } from './content-hash';
import { normaliseRating, parseRatingText } from './rating';

describe('comment parsing never throws and stays in range', () => {
  it('parses any rating text to null or a half star between 1 and 5', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 1, max: 10 }), (raw, scale) => {
        const rating = parseRatingText(raw, scale);
        if (rating !== null) {
          expect(rating).toBeGreaterThanOrEqual(1);
          expect(rating).toBeLessThanOrEqual(5);
          expect(Number.isInteger(rating * 2)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('normalises any number on any scale to null or 1–5', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: false }), fc.integer({ min: 1, max: 100 }), (value, scale) => {
        const rating = normaliseRating(value, scale);
        if (rating !== null) expect(rating >= 1 && rating <= 5).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('hashes any text to the same short id every time, ignoring spacing', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (author, text) => {
        const id = contentHash(author, text);
        expect(id).toMatch(/^h[0-9a-z]{1,12}$/);
        expect(contentHash(`  ${author} `, text.replace(/ /g, '  '))).toBe(id);
      }),
      { numRuns: 1000 },
    );
  });
});
