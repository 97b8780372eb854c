/** Finds urgency signals (legal threats, health and safety, going public...) with their evidence. */
import { LANGS, type Lang } from '../lang';
import { EN_URGENCY, EN_URGENCY_NEGATION } from './data/urgency-en';
import { ES_URGENCY, ES_URGENCY_NEGATION } from './data/urgency-es';
import { ID_URGENCY, ID_URGENCY_NEGATION } from './data/urgency-id';
import type { UrgencyRule } from './data/urgency-types';
import { FirstWordIndex } from './first-words';
import { sameLengthFoldOf } from './fold';
import { setSlotFlags, slotFlags, slotWord } from './interner';
import { URGENCY_FLAGS_SHIFT } from './resources';
import { PUNCT, SIMPLE_FOLD, WORD, type Tokens } from './tokenize';
import { compileNegation, isNegatedAt, type CompiledNegation } from './urgency-negation';
import { URGENCY_SIGNAL_IDS, type UrgencyHit, type UrgencySignalId } from './types';

export const URGENCY_RULES: Readonly<Record<Lang, readonly UrgencyRule[]>> = { en: EN_URGENCY, es: ES_URGENCY, id: ID_URGENCY };
const NEGATIONS = { en: EN_URGENCY_NEGATION, es: ES_URGENCY_NEGATION, id: ID_URGENCY_NEGATION };

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
  lang: Lang;
  /** Bit of the language in a word's slot flags (see `mayOpenMatch`). */
  bit: number;
  patterns: { source: string; id: UrgencySignalId }[];
  /** Undefined when the patterns cannot be indexed: then `all` scans the text. */
  index: FirstWordIndex | undefined;
  matchers: Map<number, Matcher>;
  all: Matcher;
  /** Signals that a preceding negation cancels ("nobody got sick"). */
  negatable: ReadonlySet<UrgencySignalId>;
  negation: CompiledNegation;
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
  const body = groups.map((g) => `(${g.join('|')})`).join('|');
  // Sticky matchers are tried only at word starts (the character before is no letter or digit, in the text as folded too): no look-behind to compile and run.
  return { re: new RegExp(flags.includes('y') ? String.raw`(?:${body})(?![\p{L}\p{N}])` : WHOLE_WORD(body), flags), ids };
}

function rulesFor(lang: Lang): CompiledRules {
  let rules = compiled.get(lang);
  if (!rules) {
    const patterns = URGENCY_RULES[lang].flatMap((rule) => rule.patterns.map((source) => ({ source, id: rule.id })));
    rules = {
      lang,
      bit: 1 << (URGENCY_FLAGS_SHIFT + 2 * LANGS.indexOf(lang)),
      patterns,
      index: FirstWordIndex.build(patterns.map((p) => p.source)),
      matchers: new Map(),
      all: matcherFor(patterns, 'gu'),
      negatable: new Set(URGENCY_RULES[lang].filter((rule) => rule.negatable).map((rule) => rule.id)),
      negation: compileNegation(NEGATIONS[lang]),
    };
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

/** One match of an urgency pattern, with the token it starts in (-1 when scanned without tokens). */
export interface UrgencyMatch {
  id: UrgencySignalId;
  start: number;
  end: number;
  token: number;
  lang: Lang;
}

/**
 * ASCII characters that no indexed pattern can match or read past, as 1: not a letter, a digit or
 * the space, and written in no pattern of any language (a pattern that the index reads consists of
 * literals, classes listing their characters, `\p{L}`, `\d` and escaped punctuation, between the
 * whole-word look-behind and look-ahead, which read letters and digits only). A match tried at a
 * word start therefore ends before the first such character after it, and the look-ahead reads the
 * same there as at the end of the text: the pattern can be run on the folded text up to it.
 */
const WINDOW_STOP = new Uint8Array(128);
for (let unit = 0; unit < 128; unit++) WINDOW_STOP[unit] = unit === 32 || isLetterOrDigit(unit) ? 0 : 1;
for (const lang of LANGS) {
  for (const rule of URGENCY_RULES[lang]) {
    for (const source of rule.patterns) for (let k = 0; k < source.length; k++) if (source.charCodeAt(k) < 128) WINDOW_STOP[source.charCodeAt(k)] = 0;
  }
}

/**
 * The text being scanned, and folded parts of it, made only where some pattern gets tried: the
 * whole copy (for a language the index cannot read), or a window from two units before a word
 * start (what the look-behind reads) to the next WINDOW_STOP character, folded alone. Folding is
 * unit by unit (a surrogate pair as a pair), so the window holds what the whole copy holds there;
 * a pair cut at its start is never read (the look-behind reads one code point back from two units in).
 */
class ScannedText {
  private foldedCopy: string | undefined;
  window = '';
  windowStart = 0;
  private windowEnd = -1;
  constructor(public text: string) {}
  folded(): string {
    return (this.foldedCopy ??= foldKeepingOffsets(this.text));
  }
  /** Makes `window` cover a match tried at `at` (reusing the last window when it does); `windowStart` is its offset in the text. */
  windowAt(at: number): void {
    const from = at > 2 ? at - 2 : 0;
    if (from >= this.windowStart && at < this.windowEnd) return;
    const text = this.text;
    const n = text.length;
    let end = at;
    for (; end < n; end++) {
      const unit = text.charCodeAt(end);
      if (unit < 128 && WINDOW_STOP[unit] === 1) break;
    }
    this.window = foldKeepingOffsets(text.slice(from, end));
    this.windowStart = from;
    this.windowEnd = end;
  }
  /** Starts on another text (the scan of each comment reuses one). */
  reset(text: string): void {
    this.text = text;
    this.foldedCopy = undefined;
    this.window = '';
    this.windowStart = 0;
    this.windowEnd = -1;
  }
}

/** Records match `m`, found in a string that starts at offset `offset` of the text. */
function record(matches: UrgencyMatch[], matcher: Matcher, m: RegExpExecArray, offset: number, token: number, lang: Lang): void {
  let group = 1;
  while (group < m.length && m[group] === undefined) group++;
  const id = matcher.ids[group - 1];
  if (id !== undefined) matches.push({ id, start: offset + m.index, end: offset + m.index + m[0].length, token, lang });
}

/** Tries the patterns that can start with the word at `at` (`key` from the index); the end of the match, or -1. */
function matchAt(source: ScannedText, rules: CompiledRules, index: FirstWordIndex, key: number, at: number, token: number, matches: UrgencyMatch[]): number {
  const matcher = matcherForKey(rules, index, key);
  source.windowAt(at);
  const offset = source.windowStart;
  matcher.re.lastIndex = at - offset;
  const m = matcher.re.exec(source.window);
  if (m === null || m[0].length === 0) return -1;
  record(matches, matcher, m, offset, token, rules.lang);
  return at + m[0].length;
}

/**
 * Tries every word start in [from, to) of the text, character by character; answers where to go
 * on from (`to`, or the end of a match that ran past it). Word starts and the first-word index
 * read the text folded on the fly (the same characters as in `foldKeepingOffsets`).
 */
function scanRange(source: ScannedText, rules: CompiledRules, index: FirstWordIndex, from: number, to: number, token: number, matches: UrgencyMatch[]): number {
  const text = source.text;
  let previousIsWord = from > 0 && isWordAt(text, from - 1);
  let i = from;
  while (i < to) {
    const unit = text.charCodeAt(i);
    const isWord = unit < 128 ? ASCII_WORD[unit] === 1 : isWordAt(text, i);
    if (isWord && !previousIsWord) {
      const key = index.find(text, i, isWordAt);
      const end = key >= 0 ? matchAt(source, rules, index, key, i, token, matches) : -1;
      if (end >= 0) {
        i = end;
        previousIsWord = isWordAt(text, i - 1);
        continue;
      }
    }
    previousIsWord = isWord;
    i++;
  }
  return i;
}

/**
 * Whether some pattern of `rules` may start at a word start whose word is the word of `slot`
 * (folded, as in a SIMPLE_FOLD token), remembered in the word's slot flags: two bits per language,
 * "known" and "may open".
 */
function mayOpenMatch(slot: number, rules: CompiledRules, index: FirstWordIndex): boolean {
  let flags = slotFlags(slot);
  if ((flags & rules.bit) === 0) {
    flags |= rules.bit | (index.mayOpenWith(slotWord(slot)) ? rules.bit << 1 : 0);
    setSlotFlags(slot, flags);
  }
  return (flags & (rules.bit << 1)) !== 0;
}

/**
 * Every match, left to right, as the global expression of all the rules finds them. With the
 * text's tokens, a word folded character for character is exactly one word start, and most words
 * are known (per word) to start no pattern at all; other tokens (apostrophes, combining accents,
 * emoticons, emoji, other scripts) are scanned character by character, and punctuation holds no
 * word start.
 */
function scan(source: ScannedText, tokens: Tokens | undefined, rules: CompiledRules, matches: UrgencyMatch[]): void {
  const index = rules.index;
  if (!index) {
    const { re } = rules.all;
    const folded = source.folded();
    re.lastIndex = 0;
    for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
      if (m[0].length === 0) re.lastIndex++;
      else record(matches, rules.all, m, 0, tokenAt(tokens, m.index), rules.lang);
    }
    return;
  }
  if (!tokens) {
    scanRange(source, rules, index, 0, source.text.length, -1, matches);
    return;
  }
  const { kind, start, end, flags, word } = tokens;
  let resume = 0;
  for (let i = 0; i < tokens.count; i++) {
    const k = kind[i]!;
    if (end[i]! <= resume || k === PUNCT) continue;
    if (k === WORD && (flags[i]! & SIMPLE_FOLD) !== 0 && start[i]! >= resume) {
      if (!mayOpenMatch(word[i]!, rules, index)) continue;
      const key = index.find(source.text, start[i]!, isWordAt);
      const matchEnd = key >= 0 ? matchAt(source, rules, index, key, start[i]!, i, matches) : -1;
      if (matchEnd >= 0) resume = matchEnd;
    } else {
      resume = scanRange(source, rules, index, Math.max(start[i]!, resume), end[i]!, i, matches);
    }
  }
}

/** The token whose range holds offset `at` (-1 without tokens or between tokens). */
function tokenAt(tokens: Tokens | undefined, at: number): number {
  if (!tokens) return -1;
  for (let i = 0; i < tokens.count; i++) if (tokens.start[i]! <= at && at < tokens.end[i]!) return i;
  return -1;
}

const NON_ASCII_UNIT = /[^\0-\x7f]/g;

/**
 * Lower-cased, accent-free copy of the text with the same UTF-16 length, so that match offsets
 * in it are offsets in the original. Characters whose folded form would change length are kept.
 * Lower-casing the whole text natively and then folding only its non-ASCII units is the cheap
 * way; it holds when lower-casing kept the length (it never shortens a character, so then every
 * unit kept its offset), each non-ASCII unit being folded from the original unit.
 */
export function foldKeepingOffsets(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return foldUnitByUnit(text);
  return lower.replace(NON_ASCII_UNIT, (_unit: string, at: number) => foldedUnitAt(text, at));
}

/** The folded unit at `at` as `foldUnitByUnit` writes it (half of a folded surrogate pair, or the unit folded alone). */
function foldedUnitAt(text: string, at: number): string {
  const unit = text.charCodeAt(at);
  if (unit >= 0xd800 && unit <= 0xdbff) {
    const next = text.charCodeAt(at + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return foldPair(text.slice(at, at + 2))[0]!;
  } else if (unit >= 0xdc00 && unit <= 0xdfff && at > 0) {
    const previous = text.charCodeAt(at - 1);
    if (previous >= 0xd800 && previous <= 0xdbff) return foldPair(text.slice(at - 1, at + 1))[1]!;
  }
  return String.fromCharCode(sameLengthFoldOf(unit));
}

/** The same copy, unit by unit (texts whose lower-casing changes length: "İ"). */
function foldUnitByUnit(text: string): string {
  let out = '';
  let plainFrom = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 128) continue;
    const next = text.charCodeAt(i + 1);
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out += text.slice(plainFrom, i).toLowerCase() + foldPair(text.slice(i, i + 2));
      i++;
    } else out += text.slice(plainFrom, i).toLowerCase() + String.fromCharCode(sameLengthFoldOf(unit));
    plainFrom = i + 1;
  }
  return plainFrom === 0 ? text.toLowerCase() : out + text.slice(plainFrom).toLowerCase();
}

const DIACRITICS_RE = /\p{M}+/gu;

/** An astral character (a surrogate pair) lower-cased and without accents, or as it is when that would change its length. */
function foldPair(pair: string): string {
  const f = pair.toLowerCase().normalize('NFD').replace(DIACRITICS_RE, '');
  return f.length === pair.length ? f : pair;
}

/** Every match of the rules of `langs`, in scan order, before negation is taken into account. */
export function findUrgencyMatches(text: string, langs: readonly Lang[], tokens?: Tokens): UrgencyMatch[] {
  const matches: UrgencyMatch[] = [];
  scanAll(new ScannedText(text), langs, tokens, matches);
  return matches;
}

function scanAll(source: ScannedText, langs: readonly Lang[], tokens: Tokens | undefined, matches: UrgencyMatch[]): void {
  // An index loop: this runs once per comment, often before it is optimised, where `for...of` allocates an iterator.
  for (let k = 0; k < langs.length; k++) scan(source, tokens, rulesFor(langs[k]!), matches);
}

/** What `detectUrgency` scans with, reused from comment to comment (its matches never leave it). */
const scanned = new ScannedText('');
const textMatches: UrgencyMatch[] = [];

/**
 * Urgency signals of a tokenised text in the given languages, evidence in text order, in the
 * stable order of the ids. A match of a negatable signal right after a negation is left out.
 */
export function detectUrgency(tokens: Tokens, langs: readonly Lang[]): UrgencyHit[] {
  const matches = textMatches;
  // Setting the length calls into the runtime: only when there is something to drop.
  if (matches.length > 0) matches.length = 0;
  scanned.reset(tokens.text);
  scanAll(scanned, langs, tokens, matches);
  // Let go of the text and its folded copy.
  scanned.reset('');
  if (matches.length === 0) return [];
  const found = new Map<UrgencySignalId, { start: number; end: number; text: string }[]>();
  for (const { id, start, end, token, lang } of matches) {
    const rules = rulesFor(lang);
    if (rules.negatable.has(id) && token >= 0 && isNegatedAt(tokens, token, rules.negation)) continue;
    const evidence = found.get(id);
    if (!evidence) found.set(id, [{ start, end, text: tokens.text.slice(start, end) }]);
    else if (!evidence.some((e) => e.start === start && e.end === end)) evidence.push({ start, end, text: tokens.text.slice(start, end) });
  }
  const hits: UrgencyHit[] = [];
  for (const id of URGENCY_SIGNAL_IDS) {
    const evidence = found.get(id);
    if (evidence) hits.push({ id, evidence: evidence.sort((a, b) => a.start - b.start) });
  }
  return hits;
}
