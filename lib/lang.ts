/** The languages Composure analyses, checks and writes in. */
export const LANGS = ['en', 'es', 'id'] as const;
export type Lang = (typeof LANGS)[number];
/** A detected language: one of ours, or something we do not support. */
export type DetectedLang = Lang | 'other';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}
