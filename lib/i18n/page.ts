import type { Lang } from '../lang';
import { fillPlaceholders } from './format';
import { PANEL_MESSAGES, type PanelMessageKey } from './messages';

/**
 * The translator content scripts use: only the side panel and page dictionary, so that the options
 * and review strings stay out of every page's script.
 */
export function tPage(lang: Lang, key: PanelMessageKey, vars: Record<string, string | number> = {}): string {
  return fillPlaceholders(PANEL_MESSAGES[lang][key], vars);
}
