/**
 * Folding (lower case, no accents) one character code at a time, so that the tokenizer and the
 * urgency scan fold while they read instead of building folded copies of the text. The tables are
 * made from `fold` itself, character by character, so the per-character result is by construction
 * the whole-string result for every character they cover (Latin scripts and combining accents).
 */

const DIACRITICS_RE = /\p{M}+/gu;

/** Lower-cased, accents removed, typographic apostrophe made plain: the form words are looked up in. */
export function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(DIACRITICS_RE, '').replace(/’/g, "'");
}

/** Codes below this (Latin-1, Latin Extended-A and -B) are folded through the tables. */
const TABLE_SIZE = 0x250;
/** `WORD_FOLD` value of a character that folding removes (a combining accent). */
export const DROPPED = -1;
/** `WORD_FOLD` value of a character whose folded form is not one character: fold the whole word instead. */
const NOT_IN_TABLE = -2;

/** Combining accents (U+0300–U+036F): removed by `fold`. */
const COMBINING_FROM = 0x300;
const COMBINING_TO = 0x36f;
const TYPOGRAPHIC_APOSTROPHE = 0x2019;

const wordFold = new Int32Array(TABLE_SIZE);
/** For urgency text: the folded character when folding keeps the length, else the character itself. */
const sameLengthFold = new Uint16Array(TABLE_SIZE);
for (let code = 0; code < TABLE_SIZE; code++) {
  const folded = fold(String.fromCharCode(code));
  wordFold[code] = folded.length === 1 ? folded.charCodeAt(0) : folded.length === 0 ? DROPPED : NOT_IN_TABLE;
  sameLengthFold[code] = folded.length === 1 ? folded.charCodeAt(0) : code;
}

/** A word character as `fold` turns it into one character: its code, DROPPED, or NOT_IN_TABLE. */
export function wordFoldOf(code: number): number {
  if (code < TABLE_SIZE) return wordFold[code]!;
  if (code >= COMBINING_FROM && code <= COMBINING_TO) return DROPPED;
  return code === TYPOGRAPHIC_APOSTROPHE ? 39 : NOT_IN_TABLE;
}

const foldedChar = new Map<number, number>();
/** Distinct characters remembered at most (a text in many scripts starts the memo afresh). */
const MAX_FOLDED_CHARS = 4096;

/**
 * One UTF-16 unit as `foldKeepingOffsets` writes it: lower-cased and without accents when that
 * keeps it one unit, else unchanged (surrogates are left alone: astral letters keep their case).
 */
export function sameLengthFoldOf(unit: number): number {
  if (unit < TABLE_SIZE) return sameLengthFold[unit]!;
  if (unit >= 0xd800 && unit <= 0xdfff) return unit;
  let folded = foldedChar.get(unit);
  if (folded === undefined) {
    const f = String.fromCharCode(unit).toLowerCase().normalize('NFD').replace(DIACRITICS_RE, '');
    folded = f.length === 1 ? f.charCodeAt(0) : unit;
    if (foldedChar.size >= MAX_FOLDED_CHARS) foldedChar.clear();
    foldedChar.set(unit, folded);
  }
  return folded;
}
