import { isLang, type Lang } from '../lang';

/** The UI language for a browser locale such as "es-MX" or "id": ours when supported, else English. */
export function uiLangFor(locale: string | undefined): Lang {
  const base = locale?.toLowerCase().split(/[-_]/)[0];
  if (base === 'in') return 'id'; // legacy code for Indonesian still sent by some systems
  return isLang(base) ? base : 'en';
}
