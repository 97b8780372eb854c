/** Labels of one-click fixes, in the UI language. */
import type { Lang } from '../lang';

const QUOTES: Record<Lang, [string, string]> = { en: ['\u201c', '\u201d'], es: ['\u00ab', '\u00bb'], id: ['"', '"'] };

const VERBS: Record<Lang, { remove: string; replace: string; add: string }> = {
  en: { remove: 'Remove', replace: 'Replace with', add: 'Add' },
  es: { remove: 'Quitar', replace: 'Cambiar por', add: 'A\u00f1adir' },
  id: { remove: 'Hapus', replace: 'Ganti dengan', add: 'Tambahkan' },
};

const MAX_QUOTED = 60;

function quote(uiLang: Lang, text: string): string {
  const [open, close] = QUOTES[uiLang];
  const short = text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}\u2026` : text;
  return `${open}${short}${close}`;
}

export function suggestionLabel(uiLang: Lang, original: string, replacement: string): string {
  const verbs = VERBS[uiLang];
  if (replacement === '') return `${verbs.remove} ${quote(uiLang, original)}`;
  if (original === '') return `${verbs.add} ${quote(uiLang, replacement.trim())}`;
  return `${verbs.replace} ${quote(uiLang, replacement)}`;
}
