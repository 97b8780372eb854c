import type { Lang } from '../lang';
import { MESSAGES, type MessageKey } from './dictionaries';
import { fillPlaceholders } from './format';

export type { MessageKey };
export { uiLangFor } from './locale';

/** A UI string in the user's language, with its {placeholders} filled. */
export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return fillPlaceholders(MESSAGES[lang][key], vars);
}
