/**
 * Splits a comment into words, emoji, emoticons and punctuation, keeping UTF-16 offsets into the
 * original text so that every finding can be highlighted exactly where it was written.
 * A hand-written scanner: it runs on every comment of a page, so it folds each word while reading
 * it and hands out interned word numbers (interner.ts) in reused typed arrays — no string and no
 * object per token. Regular expressions run only at the rare positions where an emoji or an
 * emoticon may start, and on words in scripts the fold tables do not cover.
 */

import { LANGUAGE_SAMPLE_CHARS } from '../language';
import { DROPPED, fold, wordFoldOf } from './fold';
import { findFoldedLatin1, hashStep, internCodes, internLowerAscii, internString, KEY_HEAD_LETTERS, keyStep, LETTERS_KEYED, NO_KEY, slotWord, startText } from './interner';

/** Token kinds, as stored in `Tokens.kind`. */
export const WORD = 0;
export const EMOJI = 1;
export const EMOTICON = 2;
export const PUNCT = 3;

/** Token flags, as stored in `Tokens.flags`. Words: */
/** Written in capitals (at least two letters), i.e. shouted. */
export const SHOUTED = 1;
/** Only ASCII characters (then the folded word is simply lower-case). */
export const ASCII = 4;
/** Has a Latin letter (language detection tells Latin script apart). */
export const LATIN = 16;
/** Has an accented vowel (á é í ó ú: leans Spanish). */
export const ACCENTED_VOWEL = 32;
/** The folded word starts with a digit. */
export const STARTS_WITH_DIGIT = 64;
/**
 * Each character folded to exactly one character and no apostrophe: the folded word is what the
 * urgency scan reads at the token's offsets (see urgency.ts).
 */
export const SIMPLE_FOLD = 128;
/** Punctuation: ends a sentence (! . ? ; newline) rather than a clause. */
export const SENTENCE_END = 256;
/** Punctuation: number of "!" (at most 3) in bits 9–10. */
const EXCLAMATION_SHIFT = 9;
const MAX_COUNTED_EXCLAMATIONS = 3;

/** The tokens of one text, in reused arrays: valid until the next call of `tokenize`. */
export class Tokens {
  text = '';
  count = 0;
  words = 0;
  shoutedWords = 0;
  /** Number of ¿ ¡ ñ Ñ among the first LANGUAGE_SAMPLE_CHARS characters (`countSpanishMarks`, counted on the way). */
  spanishMarks = 0;
  kind = new Uint8Array(256);
  start = new Int32Array(256);
  end = new Int32Array(256);
  /** Interner slot of the folded word (emoji and emoticons too; -1 for punctuation). */
  word = new Int32Array(256);
  flags = new Uint16Array(256);

  /** The text of token i as written. */
  raw(i: number): string {
    return this.text.slice(this.start[i]!, this.end[i]!);
  }

  /** Token i lower-cased without accents (emoji as written, punctuation as written). */
  folded(i: number): string {
    return this.kind[i] === PUNCT ? this.raw(i) : slotWord(this.word[i]!);
  }

  /**
   * Whether word token i has a character repeated three or more times ("sooo", "baaad"; digits
   * do not count, an apostrophe breaks the run). Asked only of sentiment words, so not stored.
   */
  elongated(i: number): boolean {
    const text = this.text;
    let run = 0;
    let prev = -1;
    for (let k = this.start[i]!; k < this.end[i]!; ) {
      const c = text.codePointAt(k)!;
      k += c > 0xffff ? 2 : 1;
      if (c === 39 || c === 8217) {
        prev = -1;
        continue;
      }
      run = c === prev ? run + 1 : 1;
      if (run >= 3 && !(c >= 48 && c <= 57)) return true;
      prev = c;
    }
    return false;
  }

  /** Number of "!" in punctuation token i, at most 3. */
  exclamations(i: number): number {
    return this.flags[i]! >> EXCLAMATION_SHIFT;
  }

  push(kind: number, start: number, end: number, word: number, flags: number): void {
    const i = this.count;
    if (i === this.kind.length) this.grow();
    this.kind[i] = kind;
    this.start[i] = start;
    this.end[i] = end;
    this.word[i] = word;
    this.flags[i] = flags;
    this.count = i + 1;
  }

  private grow(): void {
    const size = this.kind.length * 2;
    const grown = <T extends Uint8Array | Uint16Array | Int32Array>(a: T, make: new (n: number) => T): T => {
      const b = new make(size);
      b.set(a);
      return b;
    };
    this.kind = grown(this.kind, Uint8Array);
    this.start = grown(this.start, Int32Array);
    this.end = grown(this.end, Int32Array);
    this.word = grown(this.word, Int32Array);
    this.flags = grown(this.flags, Uint16Array);
  }
}

const EMOTICON_RE = /(?:>:\(|:'\(|<3|-_-|[:;=8][-'^o]?[)(\][dDpP/\\|*3]+|[xX][dD])(?![\p{L}\p{N}])/uy;
const EMOJI_RE = /\p{Extended_Pictographic}\uFE0F?(?:\u200D\p{Extended_Pictographic}\uFE0F?)*/uy;
const WORD_CHAR_RE = /^[\p{L}\p{M}\p{N}]$/u;
const LATIN_RE = /[a-z\u00c0-\u024f]/i;
const ACCENTED_VOWEL_RE = /[áéíóúÁÉÍÓÚ]/;

const PUNCT_CHARS = new Set([33, 63, 46, 44, 59, 58, 161, 191, 10]); // ! ? . , ; : ¡ ¿ \n
const EMOTICON_START = new Set([58, 59, 61, 56, 60, 62, 45, 120, 88]); // : ; = 8 < > - x X

/** Character classes of the Latin-1 range, looked up by code: most characters of most comments. */
const WORD_CHAR = 1;
const PUNCTUATION = 2;
const EMOTICON_CHAR = 4;
const LATIN1_CLASS = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 192 && c !== 215 && c !== 247) || c === 170 || c === 181 || c === 186) {
    LATIN1_CLASS[c]! |= WORD_CHAR;
  }
  if (PUNCT_CHARS.has(c)) LATIN1_CLASS[c]! |= PUNCTUATION;
  if (EMOTICON_START.has(c)) LATIN1_CLASS[c]! |= EMOTICON_CHAR;
}

/** What a character of the fold tables' range contributes to a word's flags; per character, so a word's is their union. */
const CASED = 1;
const NOT_UPPER = 2;
const CHAR_LATIN = 4;
const CHAR_ACCENTED_VOWEL = 8;
const CHAR_PROPS_SIZE = 0x370;
const CHAR_PROPS = new Uint8Array(CHAR_PROPS_SIZE);
for (let c = 0; c < CHAR_PROPS_SIZE; c++) {
  const ch = String.fromCharCode(c);
  CHAR_PROPS[c] =
    (ch.toLowerCase() !== ch.toUpperCase() ? CASED : 0) |
    (ch.toUpperCase() !== ch ? NOT_UPPER : 0) |
    (LATIN_RE.test(ch) ? CHAR_LATIN : 0) |
    (ACCENTED_VOWEL_RE.test(ch) ? CHAR_ACCENTED_VOWEL : 0);
}

/**
 * Letters of the Latin-1 range that fold to one letter a–z ("É" → e, "ñ" → n), for the common
 * words written in them ("Habitación", "The"): the folded letter, or 0 for any other character.
 */
const LATIN1_LETTER_FOLD = new Uint8Array(256);
/** For those letters: capital, not ASCII, accented vowel (á é í ó ú), ñ or Ñ. */
const CAPITAL = 1;
const NON_ASCII = 2;
const LETTER_ACCENTED_VOWEL = 4;
const ENYE = 8;
const LATIN1_LETTER = new Uint8Array(256);
for (let c = 65; c < 256; c++) {
  const f = wordFoldOf(c);
  if (f < 97 || f > 122 || (LATIN1_CLASS[c]! & WORD_CHAR) === 0) continue;
  const p = c < 128 ? (c >= 97 ? NOT_UPPER | CASED : CASED) : CHAR_PROPS[c]!;
  if ((p & CASED) === 0) continue;
  LATIN1_LETTER_FOLD[c] = f;
  LATIN1_LETTER[c] =
    ((p & NOT_UPPER) === 0 ? CAPITAL : 0) |
    (c >= 128 ? NON_ASCII : 0) |
    ((p & CHAR_ACCENTED_VOWEL) !== 0 ? LETTER_ACCENTED_VOWEL : 0) |
    (c === 0xf1 || c === 0xd1 ? ENYE : 0);
}

const nonAsciiWordChar = new Map<number, boolean>();

function isWordCodePoint(cp: number): boolean {
  if (cp < 256) return (LATIN1_CLASS[cp]! & WORD_CHAR) !== 0;
  let known = nonAsciiWordChar.get(cp);
  if (known === undefined) {
    known = WORD_CHAR_RE.test(String.fromCodePoint(cp));
    nonAsciiWordChar.set(cp, known);
  }
  return known;
}

/** Written in capitals, with at least two letters (for words outside the fold tables). */
function isShouted(raw: string): boolean {
  let letters = 0;
  for (let k = 0; k < raw.length && letters < 2; k++) if (raw[k]!.toLowerCase() !== raw[k]!.toUpperCase()) letters++;
  return letters >= 2 && raw.toUpperCase() === raw;
}

const tokens = new Tokens();
/** The folded characters of the word being read. */
let folded = new Uint16Array(1024);

const LOWER_ASCII_WORD = ASCII | LATIN | SIMPLE_FOLD;

/**
 * Reads the word starting at `start` into `out`; answers where it ends. Most words are lower-case
 * ASCII letters: they are only hashed and keyed (interner.ts), which recognises them without a comparison.
 */
function readWord(out: Tokens, text: string, start: number): number {
  const n = text.length;
  let i = start;
  let hash = 0;
  let keyHead = 0;
  let keyTail = 0;
  let u = 0;
  for (; i < n; i++) {
    u = text.charCodeAt(i);
    if (u < 97 || u > 122) break;
    hash = hashStep(hash, u);
    if (i - start < KEY_HEAD_LETTERS) keyHead = keyStep(keyHead, u);
    else if (i - start < LETTERS_KEYED) keyTail = keyStep(keyTail, u);
  }
  if (i === n || (u < 256 && (LATIN1_CLASS[u]! & WORD_CHAR) === 0 && u !== 39)) {
    out.words++;
    const keyed = i - start <= LETTERS_KEYED;
    out.push(WORD, start, i, internLowerAscii(text, start, i, hash, keyed ? keyHead : NO_KEY, keyed ? keyTail : 0), LOWER_ASCII_WORD);
    return i;
  }
  return readRestOfWord(out, text, start, i, hash, keyHead, keyTail);
}

/** A word that is not all lower-case ASCII letters, from `from` on (kept apart so that `readWord` stays small). */
function readRestOfWord(out: Tokens, text: string, start: number, from: number, hash: number, keyHead: number, keyTail: number): number {
  const u = text.charCodeAt(from);
  if (u < 256 && LATIN1_LETTER_FOLD[u] !== 0) {
    const end = readKnownLatin1Word(out, text, start, from, hash, keyHead, keyTail);
    if (end >= 0) return end;
  }
  return readOtherWord(out, text, start, from, hash);
}

/**
 * The rest of a known word of Latin-1 letters folding to a–z, lower-case but for its first letter
 * ("habitación", "The", "Él"), read from `from` (what came before was lower-case ASCII): the same
 * token `readOtherWord` makes (such a word is never shouted, each letter folds to one, no
 * apostrophe), without copying it. Answers -1, having written nothing, for any other word or a
 * word not in the table yet.
 */
function readKnownLatin1Word(out: Tokens, text: string, start: number, from: number, hashSoFar: number, keyHeadSoFar: number, keyTailSoFar: number): number {
  const n = text.length;
  let hash = hashSoFar;
  let keyHead = keyHeadSoFar;
  let keyTail = keyTailSoFar;
  let seen = 0;
  let marks = 0;
  let i = from;
  let u = -1;
  for (; i < n; i++) {
    u = text.charCodeAt(i);
    if (u >= 256) break;
    const f = LATIN1_LETTER_FOLD[u]!;
    if (f === 0) break;
    const letter = LATIN1_LETTER[u]!;
    if ((letter & CAPITAL) !== 0 && i !== start) return -1;
    seen |= letter;
    if ((letter & ENYE) !== 0 && i < LANGUAGE_SAMPLE_CHARS) marks++;
    hash = hashStep(hash, f);
    if (i - start < KEY_HEAD_LETTERS) keyHead = keyStep(keyHead, f);
    else if (i - start < LETTERS_KEYED) keyTail = keyStep(keyTail, f);
    u = -1;
  }
  if (u >= 0 && !(u < 256 && (LATIN1_CLASS[u]! & WORD_CHAR) === 0 && u !== 39)) return -1;
  const keyed = i - start <= LETTERS_KEYED;
  const slot = findFoldedLatin1(text, start, i, hash, keyed ? keyHead : NO_KEY, keyed ? keyTail : 0, LATIN1_LETTER_FOLD);
  if (slot < 0) return -1;
  out.spanishMarks += marks;
  out.words++;
  const flags = ((seen & NON_ASCII) !== 0 ? LATIN | SIMPLE_FOLD : LOWER_ASCII_WORD) | ((seen & LETTER_ACCENTED_VOWEL) !== 0 ? ACCENTED_VOWEL : 0);
  out.push(WORD, start, i, slot, flags);
  return i;
}

/** The rest of a word that is not all lower-case ASCII letters, read from `from` (what came before was). */
function readOtherWord(out: Tokens, text: string, start: number, from: number, hashSoFar: number): number {
  const n = text.length;
  if (folded.length < n - start) folded = new Uint16Array(Math.max(n - start, folded.length * 2));
  let length = 0;
  for (let k = start; k < from; k++) folded[length++] = text.charCodeAt(k);
  let i = from;
  let hash = hashSoFar;
  let ascii = true;
  let apostrophe = false;
  let dropped = false;
  let outsideTables = false;
  let cased = from - start;
  let props = from > start ? NOT_UPPER : 0;
  while (i < n) {
    const u = text.charCodeAt(i);
    if (u >= 97 && u <= 122) {
      folded[length++] = u;
      hash = hashStep(hash, u);
      cased++;
      props |= NOT_UPPER;
      i++;
      continue;
    }
    const c = u >= 0xd800 && u <= 0xdbff ? text.codePointAt(i)! : u;
    if (!isWordCodePoint(c)) {
      // "didn't", "l’hotel": an apostrophe between letters stays inside the word.
      if ((c === 39 || c === 8217) && i + 1 < n && isWordCodePoint(text.codePointAt(i + 1)!)) {
        if (c !== 39) ascii = false;
        apostrophe = true;
        folded[length++] = 39;
        hash = hashStep(hash, 39);
        i++;
        continue;
      }
      break;
    }
    if (c < 128) {
      const lower = c >= 65 && c <= 90 ? c + 32 : c;
      if (lower !== c) cased++;
      folded[length++] = lower;
      hash = hashStep(hash, lower);
    } else {
      ascii = false;
      if ((c === 0xf1 || c === 0xd1) && i < LANGUAGE_SAMPLE_CHARS) out.spanishMarks++;
      const f = wordFoldOf(c);
      if (f >= 0) {
        folded[length++] = f;
        hash = hashStep(hash, f);
      } else if (f === DROPPED) dropped = true;
      else outsideTables = true;
      if (c < CHAR_PROPS_SIZE) {
        const p = CHAR_PROPS[c]!;
        props |= p;
        if (p & CASED) cased++;
      }
    }
    i += c > 0xffff ? 2 : 1;
  }

  let flags = ascii ? ASCII : 0;
  let slot: number;
  let first: number;
  if (outsideTables) {
    // Another script: fold the word as a whole (its case rules may depend on the neighbours).
    const raw = text.slice(start, i);
    const word = fold(raw);
    slot = internString(word);
    first = word.charCodeAt(0);
    if (isShouted(raw)) flags |= SHOUTED;
    if (LATIN_RE.test(raw)) flags |= LATIN;
    if (ACCENTED_VOWEL_RE.test(raw)) flags |= ACCENTED_VOWEL;
  } else {
    slot = internCodes(folded, length, hash);
    first = length > 0 ? folded[0]! : -1;
    if (cased >= 2 && (props & NOT_UPPER) === 0) flags |= SHOUTED;
    if (ascii || props & CHAR_LATIN) flags |= LATIN;
    if (props & CHAR_ACCENTED_VOWEL) flags |= ACCENTED_VOWEL;
    if (!dropped && !apostrophe) flags |= SIMPLE_FOLD;
  }
  if (first >= 48 && first <= 57) flags |= STARTS_WITH_DIGIT;
  if (flags & SHOUTED) out.shoutedWords++;
  out.words++;
  out.push(WORD, start, i, slot, flags);
  return i;
}

/** Tokenises `text` into the shared token arrays (valid until the next call). */
export function tokenize(text: string): Tokens {
  const out = tokens;
  out.text = text;
  out.count = 0;
  out.words = 0;
  out.shoutedWords = 0;
  out.spanishMarks = 0;
  startText();
  const n = text.length;
  let i = 0;
  while (i < n) {
    const unit = text.charCodeAt(i);
    // Spaces and other plain separators: skip without further tests.
    if (unit < 256 && LATIN1_CLASS[unit] === 0) {
      i++;
      continue;
    }
    if (unit >= 97 && unit <= 122) {
      i = readWord(out, text, i);
      continue;
    }
    const cp = unit >= 0xd800 && unit <= 0xdbff ? text.codePointAt(i)! : unit;
    if (isWordCodePoint(cp)) {
      i = readWord(out, text, i);
      continue;
    }
    if (cp < 256 && (LATIN1_CLASS[cp]! & EMOTICON_CHAR) !== 0) {
      EMOTICON_RE.lastIndex = i;
      const m = EMOTICON_RE.exec(text);
      if (m && !(i > 0 && isWordCodePoint(text.charCodeAt(i - 1)))) {
        const raw = m[0];
        out.push(EMOTICON, i, i + raw.length, internString(raw.toLowerCase()), ASCII);
        i += raw.length;
        continue;
      }
    }
    if (cp < 256 && (LATIN1_CLASS[cp]! & PUNCTUATION) !== 0) {
      const start = i;
      let exclamations = 0;
      let sentenceEnd = false;
      for (; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c >= 256 || (LATIN1_CLASS[c]! & PUNCTUATION) === 0) break;
        if (c === 33) exclamations++;
        if ((c === 0xa1 || c === 0xbf) && i < LANGUAGE_SAMPLE_CHARS) out.spanishMarks++;
        if (c === 33 || c === 46 || c === 63 || c === 59 || c === 10) sentenceEnd = true; // ! . ? ; newline
      }
      const flags = (sentenceEnd ? SENTENCE_END : 0) | (Math.min(MAX_COUNTED_EXCLAMATIONS, exclamations) << EXCLAMATION_SHIFT);
      out.push(PUNCT, start, i, -1, flags);
      continue;
    }
    if (cp >= 0x2000) {
      EMOJI_RE.lastIndex = i;
      const m = EMOJI_RE.exec(text);
      if (m) {
        const raw = m[0];
        out.push(EMOJI, i, i + raw.length, internString(raw), 0);
        i += raw.length;
        continue;
      }
    }
    i += cp > 0xffff ? 2 : 1;
  }
  return out;
}

/** Spellings to try for a word, most literal first: "sooo" → so, "goood" → good. */
export function deElongate(word: string): string[] {
  if (!/(\p{L})\1{2,}/u.test(word)) return [word];
  const toTwo = word.replace(/(\p{L})\1{2,}/gu, '$1$1');
  const toOne = word.replace(/(\p{L})\1+/gu, '$1');
  return toTwo === toOne ? [toOne] : [toTwo, toOne];
}
