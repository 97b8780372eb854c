/**
 * Reads a "N of M" rating from text in any UI language: "4.0 of 5 bubbles", "4,0 de 5 burbujas",
 * "バブル評価 5 段階中 3" (scale first), "Rated 4 stars out of five stars". Returns the value on a
 * 1–5 scale or null. `scale` is the site's maximum when the text does not say it.
 */
export function parseRatingText(raw: string | null | undefined, scale = 5): number | null {
  if (!raw) return null;
  const numbers = [...raw.matchAll(/\d+(?:[.,]\d+)?/g)].map((match) => Number(match[0].replace(',', '.')));
  if (numbers.length === 0) return null;
  let value: number | undefined;
  if (numbers.length >= 2 && numbers.includes(scale)) {
    // One of the two numbers is the scale; the other is the rating (either order).
    const scaleIndex = numbers.indexOf(scale);
    const other = numbers.find((n, i) => i !== scaleIndex && n <= scale);
    value = other ?? scale;
  } else {
    value = numbers[0];
  }
  return normaliseRating(value, scale);
}

/** Maps a value on a 0/1..scale range to 1–5, rounded to the nearest half star. Null when out of range. */
export function normaliseRating(value: number | undefined, scale = 5): number | null {
  if (value === undefined || !Number.isFinite(value) || value <= 0 || value > scale) return null;
  const onFive = scale === 5 ? value : (value / scale) * 5;
  return Math.min(5, Math.max(1, Math.round(onFive * 2) / 2));
}
