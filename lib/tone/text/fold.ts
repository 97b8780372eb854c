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

export function fold(text: string): string {
  const units = new Array<string>(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let folded: number;
    if (code < 0x80) {
      folded = code >= 65 && code <= 90 ? code + 32 : code === 96 ? 39 : code;
    } else {
      folded = table[code]!;
      if (folded === UNSET) {
        folded = foldUnit(code);
        table[code] = folded;
      }
    }
    units[i] = String.fromCharCode(folded);
  }
  return units.join('');
}
