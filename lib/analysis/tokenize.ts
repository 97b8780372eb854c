/**
 * Splits a comment into words, emoji, emoticons and punctuation, keeping UTF-16 offsets into the
 * original text so that every finding can be highlighted exactly where it was written.
 * A hand-written scanner: it runs on every comment of a page, so regular expressions are used only
 * at the rare positions where an emoji or an emoticon may start.
 */

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
}

const EMOTICON_RE = /(?:>:\(|:'\(|<3|-_-|[:;=8][-'^o]?[)(\][dDpP/\\|*3]+|[xX][dD])(?![\p{L}\p{N}])/uy;
const EMOJI_RE = /\p{Extended_Pictographic}\uFE0F?(?:\u200D\p{Extended_Pictographic}\uFE0F?)*/uy;
const WORD_CHAR_RE = /^[\p{L}\p{M}\p{N}]$/u;
const DIACRITICS_RE = /\p{M}+/gu;
const ELONGATION_RE = /(\p{L})\1{2,}/u;

const PUNCT = new Set([33, 63, 46, 44, 59, 58, 161, 191, 10]); // ! ? . , ; : ¡ ¿ \n
const EMOTICON_START = new Set([58, 59, 61, 56, 60, 62, 45, 120, 88]); // : ; = 8 < > - x X
const APOSTROPHES = new Set([39, 8217]); // ' ’

const nonAsciiWordChar = new Map<number, boolean>();

function isWordCodePoint(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
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

function wordToken(text: string, start: number, end: number, ascii: boolean, hasUpper: boolean, elongated: boolean): Token {
  const raw = text.slice(start, end);
  const lower = raw.toLowerCase();
  let shouted = false;
  if (hasUpper) {
    let letters = 0;
    for (let k = 0; k < raw.length && letters < 2; k++) if (raw[k]!.toLowerCase() !== raw[k]!.toUpperCase()) letters++;
    shouted = letters >= 2 && raw.toUpperCase() === raw;
  }
  return { kind: 'word', start, end, raw, folded: ascii ? lower : fold(raw), shouted, elongated };
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cp = text.codePointAt(i)!;
    if (isWordCodePoint(cp)) {
      const start = i;
      let ascii = true;
      let hasUpper = false;
      let run = 0;
      let prev = -1;
      let elongated = false;
      while (i < n) {
        const c = text.codePointAt(i)!;
        if (!isWordCodePoint(c)) {
          // "didn't", "l’hotel": an apostrophe between letters stays inside the word.
          if (APOSTROPHES.has(c) && i + 1 < n && isWordCodePoint(text.codePointAt(i + 1)!)) {
            if (c !== 39) ascii = false;
            i++;
            prev = -1;
            continue;
          }
          break;
        }
        if (c >= 128) ascii = false;
        else if (c >= 65 && c <= 90) hasUpper = true;
        run = c === prev ? run + 1 : 1;
        if (run >= 3 && !(c >= 48 && c <= 57)) elongated = true;
        prev = c;
        i += c > 0xffff ? 2 : 1;
      }
      if (!ascii) {
        hasUpper = true; // decided exactly in wordToken
        if (!elongated) elongated = ELONGATION_RE.test(text.slice(start, i));
      }
      tokens.push(wordToken(text, start, i, ascii, hasUpper, elongated));
      continue;
    }
    if (EMOTICON_START.has(cp)) {
      EMOTICON_RE.lastIndex = i;
      const m = EMOTICON_RE.exec(text);
      const prevIsWord = i > 0 && isWordCodePoint(text.charCodeAt(i - 1));
      if (m && !prevIsWord) {
        const raw = m[0];
        tokens.push({ kind: 'emoticon', start: i, end: i + raw.length, raw, folded: raw.toLowerCase(), shouted: false, elongated: false });
        i += raw.length;
        continue;
      }
    }
    if (PUNCT.has(cp)) {
      const start = i;
      while (i < n && PUNCT.has(text.charCodeAt(i))) i++;
      const raw = text.slice(start, i);
      tokens.push({ kind: 'punct', start, end: i, raw, folded: raw, shouted: false, elongated: false });
      continue;
    }
    if (cp >= 0x2000) {
      EMOJI_RE.lastIndex = i;
      const m = EMOJI_RE.exec(text);
      if (m) {
        const raw = m[0];
        tokens.push({ kind: 'emoji', start: i, end: i + raw.length, raw, folded: raw, shouted: false, elongated: false });
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
