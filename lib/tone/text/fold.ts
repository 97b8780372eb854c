/**
 * Folds text for matching: lower case, accents removed, typographic quotes made plain. Every UTF-16 unit
 * maps to exactly one unit, so offsets found in the folded text are offsets in the original.
 */

const UNSET = 0xffff;
/** Lazily filled: one folded unit per UTF-16 unit. */
const table = new Uint16Array(0x10000).fill(UNSET);

const SPECIAL: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u02bc': "'",
  '\u00b4': "'",
  '`': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u00df': 's',
  '\u0131': 'i',
  '\u00f8': 'o',
  '\u0142': 'l',
};

function foldUnit(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return code; // surrogate halves pass through unchanged
  const ch = String.fromCharCode(code);
  const special = SPECIAL[ch];
  if (special !== undefined) return special.charCodeAt(0);
  const base = ch.normalize('NFD').charAt(0).toLowerCase();
  return base.length === 1 ? base.charCodeAt(0) : code;
}

/** Units per String.fromCharCode call: far below any engine's argument limit. */
const CHUNK = 8192;

/** Text with no unit outside ASCII: the native lower-casing folds it, unit for unit. */
const ASCII_ONLY = /^[^\u0080-\uffff]*$/;

export function fold(text: string): string {
  // Most drafts are plain ASCII: one native pass each for the test, the case and the backtick.
  if (ASCII_ONLY.test(text)) return text.toLowerCase().replaceAll('`', "'");
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      units[i] = code >= 65 && code <= 90 ? code + 32 : code === 96 ? 39 : code;
      continue;
    }
    let folded = table[code]!;
    if (folded === UNSET) {
      folded = foldUnit(code);
      table[code] = folded;
    }
    units[i] = folded;
  }
  let out = '';
  for (let at = 0; at < units.length; at += CHUNK) {
    out += String.fromCharCode(...units.subarray(at, at + CHUNK));
  }
  return out;
}
