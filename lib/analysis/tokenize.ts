/**
 * Splits a comment into words, emoji, emoticons and punctuation, keeping UTF-16 offsets into the
 * original text so that every finding can be highlighted exactly where it was written.
 * A hand-written scanner: it runs on every comment of a page, so regular expressions are used only
 * at the rare positions where an emoji or an emoticon may start.
 */

import { hashStep, internLowerAscii, slotWord, startText } from './interner';

export type TokenKind = 'word' | 'emoji' | 'emoticon' | 'punct';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** The text as written. */
  raw: string;
  /** Lower-cased, accents removed, for look-ups (emoji as written). */
  folded: string;
  /** Written in capitals (at least two letters), i.e. shouted — only for words. */
  shouted: boolean;
  /** Has a letter repeated three or more times ("sooo", "baaad") — only for words. */
  elongated: boolean;
  /** Only ASCII characters (then `folded` is simply lower-case). */
  ascii: boolean;
  /** For an ASCII word, its slot in the interner (see interner.ts), valid until the next text; else -1. */
  slot: number;
}

const EMOTICON_RE = /(?:>:\(|:'\(|<3|-_-|[:;=8][-'^o]?[)(\][dDpP/\\|*3]+|[xX][dD])(?![\p{L}\p{N}])/uy;
const EMOJI_RE = /\p{Extended_Pictographic}\uFE0F?(?:\u200D\p{Extended_Pictographic}\uFE0F?)*/uy;
const WORD_CHAR_RE = /^[\p{L}\p{M}\p{N}]$/u;
const DIACRITICS_RE = /\p{M}+/gu;
const ELONGATION_RE = /(\p{L})\1{2,}/u;

const PUNCT = new Set([33, 63, 46, 44, 59, 58, 161, 191, 10]); // ! ? . , ; : ¡ ¿ \n
const EMOTICON_START = new Set([58, 59, 61, 56, 60, 62, 45, 120, 88]); // : ; = 8 < > - x X

/** Character classes of the Latin-1 range, looked up by code: most characters of most comments. */
const WORD = 1;
const PUNCTUATION = 2;
const EMOTICON = 4;
const LATIN1_CLASS = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 192 && c !== 215 && c !== 247) || c === 170 || c === 181 || c === 186) {
    LATIN1_CLASS[c]! |= WORD;
  }
  if (PUNCT.has(c)) LATIN1_CLASS[c]! |= PUNCTUATION;
  if (EMOTICON_START.has(c)) LATIN1_CLASS[c]! |= EMOTICON;
}

const nonAsciiWordChar = new Map<number, boolean>();

function isWordCodePoint(cp: number): boolean {
  if (cp < 256) return (LATIN1_CLASS[cp]! & WORD) !== 0;
  let known = nonAsciiWordChar.get(cp);
  if (known === undefined) {
    known = WORD_CHAR_RE.test(String.fromCodePoint(cp));
    nonAsciiWordChar.set(cp, known);
  }
  return known;
}

export function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(DIACRITICS_RE, '').replace(/’/g, "'");
}

/** A word token; an ASCII word's folded form comes from the interner (`hash` is its hashStep hash). */
function wordToken(text: string, start: number, end: number, ascii: boolean, hasUpper: boolean, elongated: boolean, hash: number): Token {
  if (ascii) {
    const slot = internLowerAscii(text, start, end, hash, hasUpper);
    const folded = slotWord(slot);
    if (!hasUpper) return { kind: 'word', start, end, raw: folded, folded, shouted: false, elongated, ascii, slot };
    const raw = text.slice(start, end);
    return { kind: 'word', start, end, raw, folded, shouted: isShouted(raw), elongated, ascii, slot };
  }
  const raw = text.slice(start, end);
  return { kind: 'word', start, end, raw, folded: fold(raw), shouted: isShouted(raw), elongated, ascii, slot: -1 };
}

/** Written in capitals, with at least two letters. */
function isShouted(raw: string): boolean {
  let letters = 0;
  for (let k = 0; k < raw.length && letters < 2; k++) if (raw[k]!.toLowerCase() !== raw[k]!.toUpperCase()) letters++;
  return letters >= 2 && raw.toUpperCase() === raw;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  startText();
  let i = 0;
  while (i < n) {
    const unit = text.charCodeAt(i);
    // Spaces and other plain separators: skip without further tests.
    if (unit < 256 && LATIN1_CLASS[unit] === 0) {
      i++;
      continue;
    }
    const cp = unit >= 0xd800 && unit <= 0xdbff ? text.codePointAt(i)! : unit;
    if (isWordCodePoint(cp)) {
      const start = i;
      let ascii = true;
      let hasUpper = false;
      let run = 0;
      let prev = -1;
      let elongated = false;
      let hash = 0;
      while (i < n) {
        const u = text.charCodeAt(i);
        if (u >= 97 && u <= 122) {
          // Lower-case ASCII letters, most of any comment: the short way.
          hash = hashStep(hash, u);
          run = u === prev ? run + 1 : 1;
          if (run >= 3) elongated = true;
          prev = u;
          i++;
          continue;
        }
        const c = u >= 0xd800 && u <= 0xdbff ? text.codePointAt(i)! : u;
        if (!isWordCodePoint(c)) {
          // "didn't", "l’hotel": an apostrophe between letters stays inside the word.
          if ((c === 39 || c === 8217) && i + 1 < n && isWordCodePoint(text.codePointAt(i + 1)!)) {
            if (c !== 39) ascii = false;
            hash = hashStep(hash, 39);
            i++;
            prev = -1;
            continue;
          }
          break;
        }
        if (c >= 128) ascii = false;
        else if (c >= 65 && c <= 90) {
          hasUpper = true;
          hash = hashStep(hash, c + 32);
        } else hash = hashStep(hash, c);
        run = c === prev ? run + 1 : 1;
        if (run >= 3 && !(c >= 48 && c <= 57)) elongated = true;
        prev = c;
        i += c > 0xffff ? 2 : 1;
      }
      if (!ascii && !elongated) elongated = ELONGATION_RE.test(text.slice(start, i));
      tokens.push(wordToken(text, start, i, ascii, hasUpper, elongated, hash));
      continue;
    }
    if (cp < 256 && (LATIN1_CLASS[cp]! & EMOTICON) !== 0) {
      EMOTICON_RE.lastIndex = i;
      const m = EMOTICON_RE.exec(text);
      const prevIsWord = i > 0 && isWordCodePoint(text.charCodeAt(i - 1));
      if (m && !prevIsWord) {
        const raw = m[0];
        tokens.push({ kind: 'emoticon', start: i, end: i + raw.length, raw, folded: raw.toLowerCase(), shouted: false, elongated: false, ascii: true, slot: -1 });
        i += raw.length;
        continue;
      }
    }
    if (cp < 256 && (LATIN1_CLASS[cp]! & PUNCTUATION) !== 0) {
      const start = i;
      while (i < n && text.charCodeAt(i) < 256 && (LATIN1_CLASS[text.charCodeAt(i)]! & PUNCTUATION) !== 0) i++;
      const raw = text.slice(start, i);
      tokens.push({ kind: 'punct', start, end: i, raw, folded: raw, shouted: false, elongated: false, ascii: raw.charCodeAt(0) < 128, slot: -1 });
      continue;
    }
    if (cp >= 0x2000) {
      EMOJI_RE.lastIndex = i;
      const m = EMOJI_RE.exec(text);
      if (m) {
        const raw = m[0];
        tokens.push({ kind: 'emoji', start: i, end: i + raw.length, raw, folded: raw, shouted: false, elongated: false, ascii: false, slot: -1 });
        i += raw.length;
        continue;
      }
    }
    i += cp > 0xffff ? 2 : 1;
  }
  return tokens;
}

/** Spellings to try for a word, most literal first: "sooo" → so, "goood" → good. */
export function deElongate(folded: string): string[] {
  if (!ELONGATION_RE.test(folded)) return [folded];
  const toTwo = folded.replace(/(\p{L})\1{2,}/gu, '$1$1');
  const toOne = folded.replace(/(\p{L})\1+/gu, '$1');
  return toTwo === toOne ? [toOne] : [toTwo, toOne];
}
