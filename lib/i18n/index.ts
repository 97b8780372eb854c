import { isLang, type Lang } from '../lang';
import { MESSAGES, type MessageKey } from './messages';

export type { MessageKey };

/** The UI language for a browser locale such as "es-MX" or "id": ours when supported, else English. */
export function uiLangFor(locale: string | undefined): Lang {
  const base = locale?.toLowerCase().split(/[-_]/)[0];
  if (base === 'in') return 'id'; // legacy code for Indonesian still sent by some systems
  return isLang(base) ? base : 'en';
}

export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
