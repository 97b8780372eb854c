/** Finds urgency signals (legal threats, health and safety, going public...) with their evidence. */
import type { Lang } from '../lang';
import { EN_URGENCY } from './data/urgency-en';
import { ES_URGENCY } from './data/urgency-es';
import { ID_URGENCY } from './data/urgency-id';
import type { UrgencyRule } from './data/urgency-types';
import { FirstWordIndex } from './first-words';
import type { Token } from './tokenize';
import { URGENCY_SIGNAL_IDS, type Evidence, type UrgencyHit, type UrgencySignalId } from './types';

export const URGENCY_RULES: Readonly<Record<Lang, readonly UrgencyRule[]>> = { en: EN_URGENCY, es: ES_URGENCY, id: ID_URGENCY };

const WHOLE_WORD = (body: string): string => String.raw`(?<![\p{L}\p{N}])(?:${body})(?![\p{L}\p{N}])`;

/** One rule alone (used by the tests that run each rule's examples). */
export function compileRule(rule: UrgencyRule): RegExp {
  return new RegExp(WHOLE_WORD(rule.patterns.join('|')), 'gu');
}

/** A regular expression over some patterns of a language, one capturing group per rule, and that group's signal. */
interface Matcher {
  re: RegExp;
  ids: UrgencySignalId[];
}

/**
 * The rules of one language, ready to scan. One expression of all the rules would try every
 * pattern at every character; instead, the first-word index says which patterns can start a match
 * with the word at a word start, and only those are tried, there (a sticky expression per set of
 * patterns, built on first use). The first pattern that matches at a position wins, in rule order,
 * exactly as with the single expression.
 */
interface CompiledRules {
  patterns: { source: string; id: UrgencySignalId }[];
  /** Undefined when the patterns cannot be indexed: then `all` scans the text. */
  index: FirstWordIndex | undefined;
  matchers: Map<number, Matcher>;
  all: Matcher;
}

const compiled = new Map<Lang, CompiledRules>();

/** Patterns (in rule order) as one expression with a group per run of the same rule. */
function matcherFor(patterns: readonly { source: string; id: UrgencySignalId }[], flags: string): Matcher {
  const groups: string[][] = [];
  const ids: UrgencySignalId[] = [];
  for (const { source, id } of patterns) {
    if (ids[ids.length - 1] === id) groups[groups.length - 1]!.push(source);
    else {
      ids.push(id);
      groups.push([source]);
    }
  }
  return { re: new RegExp(WHOLE_WORD(groups.map((g) => `(${g.join('|')})`).join('|')), flags), ids };
}

function rulesFor(lang: Lang): CompiledRules {
  let rules = compiled.get(lang);
  if (!rules) {
    const patterns = URGENCY_RULES[lang].flatMap((rule) => rule.patterns.map((source) => ({ source, id: rule.id })));
    rules = { patterns, index: FirstWordIndex.build(patterns.map((p) => p.source)), matchers: new Map(), all: matcherFor(patterns, 'gu') };
    compiled.set(lang, rules);
  }
  return rules;
}

function matcherForKey(rules: CompiledRules, index: FirstWordIndex, key: number): Matcher {
  let matcher = rules.matchers.get(key);
  if (!matcher) {
    matcher = matcherFor(index.patterns(key).map((k) => rules.patterns[k]!), 'uy');
    rules.matchers.set(key, matcher);
  }
  return matcher;
}

const LETTER_OR_DIGIT_RE = /^[\p{L}\p{N}]$/u;
const letterOrDigitByCode = new Map<number, boolean>();

/** `[\p{L}\p{N}]` for one code point, ASCII answered directly and the rest remembered. */
function isLetterOrDigit(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90);
  let known = letterOrDigitByCode.get(cp);
  if (known === undefined) {
    known = LETTER_OR_DIGIT_RE.test(String.fromCodePoint(cp));
    letterOrDigitByCode.set(cp, known);
  }
  return known;
}

const ASCII_WORD = new Uint8Array(128).map((_, unit) => (isLetterOrDigit(unit) ? 1 : 0));

/** Whether the character at i (a whole code point, also when i points at its second half) is a letter or digit. */
function isWordAt(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  if (unit < 128) return isLetterOrDigit(unit);
  if (unit >= 0xdc00 && unit <= 0xdfff && i > 0) {
    const high = text.charCodeAt(i - 1);
    if (high >= 0xd800 && high <= 0xdbff) return isLetterOrDigit(text.codePointAt(i - 1)!);
  }
  return isLetterOrDigit(text.codePointAt(i)!);
}

type Found = Map<UrgencySignalId, Evidence[]>;

function record(found: Found, text: string, matcher: Matcher, m: RegExpExecArray): void {
  let group = 1;
  while (group < m.length && m[group] === undefined) group++;
  const id = matcher.ids[group - 1];
  if (id === undefined) return;
  const start = m.index;
  const end = start + m[0].length;
  const evidence = found.get(id);
  if (!evidence) found.set(id, [{ start, end, text: text.slice(start, end) }]);
  else if (!evidence.some((e) => e.start === start && e.end === end)) evidence.push({ start, end, text: text.slice(start, end) });
}

/** Tries the patterns that can start with the word at `at` (`key` from the index); the end of the match, or -1. */
function matchAt(text: string, folded: string, rules: CompiledRules, index: FirstWordIndex, key: number, at: number, found: Found): number {
  const matcher = matcherForKey(rules, index, key);
  matcher.re.lastIndex = at;
  const m = matcher.re.exec(folded);
  if (m === null || m[0].length === 0) return -1;
  record(found, text, matcher, m);
  return at + m[0].length;
}

/**
 * Tries every word start in [from, to) of the folded text, character by character; answers where
 * to go on from (`to`, or the end of a match that ran past it).
 */
function scanRange(text: string, folded: string, rules: CompiledRules, index: FirstWordIndex, from: number, to: number, found: Found): number {
  let previousIsWord = from > 0 && isWordAt(folded, from - 1);
  let i = from;
  while (i < to) {
    const unit = folded.charCodeAt(i);
    const isWord = unit < 128 ? ASCII_WORD[unit] === 1 : isWordAt(folded, i);
    if (isWord && !previousIsWord) {
      const key = index.find(folded, i, isWordAt);
      const end = key >= 0 ? matchAt(text, folded, rules, index, key, i, found) : -1;
      if (end >= 0) {
        i = end;
        previousIsWord = isWordAt(folded, i - 1);
        continue;
      }
    }
    previousIsWord = isWord;
    i++;
  }
  return i;
}

/**
 * Every match, left to right, as the global expression of all the rules finds them. With the
 * text's tokens, a plain ASCII word is exactly one word start (no character scan to find it);
 * other tokens (accents, apostrophes, emoticons, emoji) are scanned character by character, and
 * punctuation holds no word start.
 */
function scan(text: string, folded: string, tokens: readonly Token[] | undefined, rules: CompiledRules, found: Found): void {
  const index = rules.index;
  if (!index) {
    const { re } = rules.all;
    re.lastIndex = 0;
    for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
      if (m[0].length === 0) re.lastIndex++;
      else record(found, text, rules.all, m);
    }
    return;
  }
  if (!tokens) {
    scanRange(text, folded, rules, index, 0, folded.length, found);
    return;
  }
  let resume = 0;
  for (const token of tokens) {
    if (token.end <= resume || token.kind === 'punct') continue;
    if (token.kind === 'word' && token.ascii && token.start >= resume && token.folded.indexOf("'") < 0) {
      const key = index.find(folded, token.start, isWordAt);
      const end = key >= 0 ? matchAt(text, folded, rules, index, key, token.start, found) : -1;
      if (end >= 0) resume = end;
    } else {
      resume = scanRange(text, folded, rules, index, Math.max(token.start, resume), token.end, found);
    }
  }
}

const NON_ASCII_RE = /[\u0080-\uffff]/;
const DIACRITICS_RE = /\p{M}+/gu;
const foldedChar = new Map<string, string>();
/** Distinct characters remembered at most (a text in many scripts starts the memo afresh). */
const MAX_FOLDED_CHARS = 4096;

/** One character lower-cased and without accents, or as it is when that would change its length. */
function foldChar(ch: string): string {
  let folded = foldedChar.get(ch);
  if (folded === undefined) {
    const f = ch.toLowerCase().normalize('NFD').replace(DIACRITICS_RE, '');
    folded = f.length === ch.length ? f : ch;
    if (foldedChar.size >= MAX_FOLDED_CHARS) foldedChar.clear();
    foldedChar.set(ch, folded);
  }
  return folded;
}

/**
 * Lower-cased, accent-free copy of the text with the same UTF-16 length, so that match offsets
 * in it are offsets in the original. Characters whose folded form would change length are kept.
 */
export function foldKeepingOffsets(text: string): string {
  if (!NON_ASCII_RE.test(text)) return text.toLowerCase();
  let out = '';
  let plainFrom = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 128) continue;
    const next = text.charCodeAt(i + 1);
    const ch = unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? text.slice(i, i + 2) : text[i]!;
    out += text.slice(plainFrom, i).toLowerCase() + foldChar(ch);
    i += ch.length - 1;
    plainFrom = i + 1;
  }
  return out + text.slice(plainFrom).toLowerCase();
}

/**
 * Urgency signals in the given languages, evidence in text order, in the stable order of the ids.
 * `folded` is `foldKeepingOffsets(text)`; `tokens`, if given, are `tokenize(text)` (a faster scan).
 */
export function detectUrgency(text: string, folded: string, langs: readonly Lang[], tokens?: readonly Token[]): UrgencyHit[] {
  const found: Found = new Map();
  for (const lang of langs) scan(text, folded, tokens, rulesFor(lang), found);
  return URGENCY_SIGNAL_IDS.filter((id) => found.has(id)).map((id) => ({
    id,
    evidence: found.get(id)!.sort((a, b) => a.start - b.start),
  }));
}
