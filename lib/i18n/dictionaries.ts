import type { Lang } from '../lang';
import { LOG_MESSAGES } from './log-messages';
import { PANEL_MESSAGES } from './messages';
import { OPTIONS_MESSAGES } from './options-messages';
import { RADAR_MESSAGES } from './radar-messages';

/**
 * Every UI dictionary, one per area of the product, each with all three languages. Areas keep their
 * own files so that their strings stay next to each other; keys must not collide (a test checks).
 */
export const DICTIONARIES = [PANEL_MESSAGES, LOG_MESSAGES, OPTIONS_MESSAGES, RADAR_MESSAGES] as const;

type Union<T> = T extends readonly (infer D)[] ? (D extends Record<Lang, Record<infer K, string>> ? K : never) : never;
export type MessageKey = Union<typeof DICTIONARIES>;

export const MESSAGES = Object.fromEntries(
  (['en', 'es', 'id'] as const).map((lang) => [lang, Object.assign({}, ...DICTIONARIES.map((dictionary) => dictionary[lang]))]),
) as Record<Lang, Record<MessageKey, string>>;
