/** One review as schema.org markup describes it, whether read from JSON-LD or from microdata. */
export interface SchemaReview {
  /** `@id` or `itemid`. */
  id: string | null;
  url: string | null;
  text: string | null;
  title: string | null;
  rating: SchemaRating | null;
  author: string | null;
  datePublished: string | null;
  reply: { text: string; author: string | null; dateText: string | null } | null;
}

export interface SchemaRating {
  value: number;
  best: number;
  worst: number;
}

/** A schema.org number: numbers, numeric strings, and decimal commas (which occur despite the spec). */
export function parseSchemaNumber(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== 'string') return null;
  const match = raw.trim().match(/^-?\d+(?:[.,]\d+)?$/);
  return match ? Number(match[0].replace(',', '.')) : null;
}

/** A Rating with schema.org's defaults: bestRating 5, worstRating 1. */
export function schemaRating(value: unknown, best: unknown, worst: unknown): SchemaRating | null {
  const v = parseSchemaNumber(value);
  if (v === null) return null;
  return { value: v, best: parseSchemaNumber(best) ?? 5, worst: parseSchemaNumber(worst) ?? 1 };
}

/**
 * Maps a rating to 1–5 with `1 + 4*(v-worst)/(best-worst)`, rounded to the nearest half star like
 * every other site's rating. Null when the scale is broken or the value is outside it.
 */
export function normaliseSchemaRating(rating: SchemaRating): number | null {
  const { value, best, worst } = rating;
  if (!(best > worst) || value < worst || value > best) return null;
  const onFive = 1 + (4 * (value - worst)) / (best - worst);
  return Math.round(onFive * 2) / 2;
}

/** How the page wrote the rating: "9/10", or "3 (0–5)" when the scale does not start at 1. */
export function schemaRatingRaw(rating: SchemaRating): string {
  return rating.worst === 1 ? `${rating.value}/${rating.best}` : `${rating.value} (${rating.worst}–${rating.best})`;
}
