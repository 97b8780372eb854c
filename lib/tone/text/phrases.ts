/**
 * Phrase data and its compiled matchers. A phrase pattern is a small regular expression over folded text
 * (lower case, no accents, plain quotes) with non-capturing groups only; it is matched on word boundaries.
 * Macros such as `{you}` stand for the usual spellings and misspellings of very common words.
 */
import type { Lang } from '../../lang';

export interface PhraseEntry {
  pattern: string;
  /** Calmer wording in the same language; '' means "remove it". */
  replace?: readonly string[];
}

export type PhraseList = readonly (string | PhraseEntry)[];
export type PhraseData = Record<Lang, PhraseList>;

const MACROS: Record<string, string> = {
  you: "(?:you|u|ya|yu)",
  your: "(?:your|ur|yr|you're|youre)",
  youre: "(?:you're|youre|you are|u r|ur|you were|u were)",
  we: "(?:we|i)",
  dont: "(?:don'?t|do not|dont)",
  didnt: "(?:didn'?t|did not)",
  is: "(?:is|was|'s|are|were|'re|be|been)",
  usted: "(?:usted|ud|tu|vos|te|le)",
  anda: "(?:anda|kamu|kau|engkau|lo|lu|elo|situ|sampeyan)",
  sp: "[\\s,]+", // gap between words, tolerant of doubled spaces and stray commas
};

const MACRO_RE = /\{([a-z]+)\}/g;
/** Word boundaries for folded text; a hyphen joins words ("kata-katanya", "check-in"). */
export const WORD_START = '(?<![\\p{L}\\p{N}_]|[\\p{L}\\p{N}]-)';
export const WORD_END = '(?![\\p{L}\\p{N}_]|-[\\p{L}\\p{N}])';

export function entryOf(item: string | PhraseEntry): PhraseEntry {
  return typeof item === 'string' ? { pattern: item } : item;
}

export function expandMacros(pattern: string): string {
  return pattern
    .replace(MACRO_RE, (whole, name: string) => MACROS[name] ?? whole)
    .replace(/ \?/g, '\\s*')
    .replace(/ /g, '\\s+');
}

export interface PhraseMatch {
  start: number;
  end: number;
  entry: PhraseEntry;
}

export interface PhraseMatcher {
  find(folded: string): PhraseMatch[];
}

/** One regular expression for a whole list: one pass over the text whatever the list length. */
export function compilePhrases(list: PhraseList): PhraseMatcher {
  const entries = list.map(entryOf);
  if (entries.length === 0) return { find: () => [] };
  const source = entries.map((e) => `(${expandMacros(e.pattern)})`).join('|');
  const re = new RegExp(`${WORD_START}(?:${source})${WORD_END}`, 'gu');
  return {
    find(folded) {
      const found: PhraseMatch[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const index = m.findIndex((group, i) => i > 0 && group !== undefined);
        found.push({ start: m.index, end: m.index + m[0].length, entry: entries[index - 1]! });
      }
      return found;
    },
  };
}

/** Compiles lazily, once per language. */
export function phraseMatchers(data: PhraseData): (lang: Lang) => PhraseMatcher {
  const cache = new Map<Lang, PhraseMatcher>();
  return (lang) => {
    let matcher = cache.get(lang);
    if (!matcher) {
      matcher = compilePhrases(data[lang]);
      cache.set(lang, matcher);
    }
    return matcher;
  };
}

/** Why an entry is malformed, or null when it is fine (used by the data test). */
export function problemWithEntry(item: string | PhraseEntry): string | null {
  const { pattern, replace } = entryOf(item);
  if (pattern.trim() !== pattern || pattern.length === 0) return 'empty or padded pattern';
  if (/[A-Z]/.test(pattern)) return 'upper case never matches folded text';
  if (/[^\x20-\x7e]/.test(pattern)) return 'accents and typographic quotes never match folded text';
  if (/\((?!\?)/.test(pattern.replace(/\\\(/g, ''))) return 'capturing group (use (?:...))';
  if (/ {2}/.test(pattern)) return 'double space';
  const unknownMacro = [...pattern.matchAll(MACRO_RE)].find((m) => MACROS[m[1]!] === undefined);
  if (unknownMacro) return `unknown macro ${unknownMacro[0]}`;
  let re: RegExp;
  try {
    re = new RegExp(`^(?:${expandMacros(pattern)})$`, 'u');
  } catch (error) {
    return `invalid: ${(error as Error).message}`;
  }
  if (re.test('')) return 'matches the empty string';
  if (replace?.some((r) => r.trim() !== r)) return 'padded replacement';
  return null;
}
