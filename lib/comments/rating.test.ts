import { describe, expect, it } from 'vitest';
import { normaliseRating, parseRatingText } from './rating';

describe('parseRatingText', () => {
  it.each([
    ['4.0 of 5 bubbles', 4],
    ['1,0 de 5 burbujas', 1],
    ['バブル評価 5 段階中 3', 3],
    ['Rated 4 stars out of five stars', 4],
    ['5 of 5 bubbles', 5],
    ['4.5 of 5 bubbles', 4.5],
  ])('%s → %d', (raw, expected) => {
    expect(parseRatingText(raw)).toBe(expected);
  });

  it('returns null when there is no usable number', () => {
    expect(parseRatingText('')).toBeNull();
    expect(parseRatingText('no rating')).toBeNull();
    expect(parseRatingText('0 of 5 bubbles')).toBeNull();
  });

  it('maps a 10-point scale to 1–5 (Booking.com)', () => {
    expect(normaliseRating(8, 10)).toBe(4);
    expect(normaliseRating(2.5, 10)).toBe(1.5);
    expect(normaliseRating(11, 10)).toBeNull();
  });
});
