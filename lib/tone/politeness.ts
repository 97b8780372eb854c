/**
 * The politeness balance of a draft: the weights of the blunt strategies it uses minus those of the polite
 * ones (data/politeness-strategies.ts). Positive means blunt; a draft full of thanks and "could you" is
 * negative. Rules use it to let courtesy offset weak impoliteness signals, and to flag a draft whose
 * blunt strategies stand with nothing to soften them.
 */
import type { Lang } from '../lang';
import { POLITENESS_STRATEGIES, type PolitenessStrategy, type WrittenForm } from './data/politeness-strategies';
import { expandMacros, WORD_END, WORD_START } from './text/phrases';
import { sentenceSpans } from './text/sentences';
import type { ToneDocument } from './types';

/** A balance at or below this means courtesy clearly outweighs bluntness. */
export const COURTESY_OFFSET = -2;

export interface PolitenessBalance {
  balance: number;
  /** Where the first blunt strategy matched (UTF-16 offset), if any. */
  firstBluntAt: number | undefined;
  /** Ids of the strategies found, to explain the balance. */
  polite: string[];
  blunt: string[];
}

interface CompiledStrategy {
  strategy: PolitenessStrategy;
  re: RegExp;
}

const LEADING_PUNCTUATION = /^[\s\u00bf\u00a1"'(\-*]+/;
const QUESTION_MARK = /[?\uff1f]/;

function compile(strategy: PolitenessStrategy): CompiledStrategy {
  const body = expandMacros(strategy.pattern);
  const anchored = strategy.place === 'sentence-start' || strategy.place === 'question-start';
  // Sentence-start patterns are sticky: tried exactly where a sentence body starts, without slicing the text.
  return { strategy, re: new RegExp(`${anchored ? '' : WORD_START}(?:${body})${WORD_END}`, anchored ? 'uy' : 'gu') };
}

interface CompiledStrategies {
  polite: CompiledStrategy[];
  blunt: CompiledStrategy[];
  /** Ids of the polite strategies some blunt one names in `softenedBy`. */
  softeners: ReadonlySet<string>;
}
const compiled = new Map<Lang, CompiledStrategies>();
function strategiesFor(lang: Lang): CompiledStrategies {
  let c = compiled.get(lang);
  if (!c) {
    const s = POLITENESS_STRATEGIES[lang];
    c = { polite: s.polite.map(compile), blunt: s.blunt.map(compile), softeners: new Set(s.blunt.flatMap((b) => b.softenedBy ?? [])) };
    compiled.set(lang, c);
  }
  return c;
}

interface Sentence {
  /** Offset of the body (after leading punctuation) in the text. */
  start: number;
  question: boolean;
}

/** True when text[start, end) is written as the strategy asks (folded text has neither accents nor capitals). */
export function writtenFits(written: WrittenForm | undefined, text: string, folded: string, start: number, end: number): boolean {
  if (written === undefined || end <= start) return true;
  if (written === 'not-final-e') return text.charAt(end - 1).toLowerCase() !== '\u00e9';
  if (written === 'capitals') {
    const original = text.slice(start, end);
    return original !== original.toLowerCase() && original === original.toUpperCase();
  }
  for (let i = start; i < end; i++) if (text.charAt(i).toLowerCase() !== folded.charAt(i)) return true;
  return false;
}

/** A strategy counts once per sentence that uses it, up to this many times. */
const MAX_COUNT = 2;

const CAPITALS = /\p{Lu}{2}/u;

interface Uses {
  count: number;
  first: number | undefined;
  /** Indices of the sentences that use the strategy, when the caller asks for them (`all`). */
  sentences?: Set<number>;
}

/**
 * How many sentences use the strategy (capped at MAX_COUNT unless `all`), and where it first appears. Sentences in
 * `skip` (where a polite strategy cancels this one) do not count.
 */
function uses(
  { strategy, re }: CompiledStrategy,
  text: string,
  folded: string,
  sentences: readonly Sentence[],
  skip?: ReadonlySet<number>,
  all = false,
): Uses {
  let count = 0;
  let first: number | undefined;
  const used = all ? new Set<number>() : undefined;
  const result = (): Uses => (used ? { count, first, sentences: used } : { count, first });
  if (strategy.requires !== undefined && !folded.includes(strategy.requires)) return result();
  if (strategy.written === 'capitals' && !CAPITALS.test(text)) return result();
  const limit = all ? Infinity : MAX_COUNT;
  if (strategy.place === 'anywhere' || strategy.place === 'inside-sentence') {
    // One pass over the whole draft; matches come in order, so one cursor walks the sentences.
    let sentence = 0;
    let lastCounted = -1;
    re.lastIndex = 0;
    for (let m = re.exec(folded); m !== null && count < limit; m = re.exec(folded)) {
      while (sentence < sentences.length - 1 && sentences[sentence + 1]!.start <= m.index) sentence++;
      const s = sentences[sentence];
      if (strategy.place === 'inside-sentence' && (!s || m.index <= s.start)) continue;
      if (skip?.has(sentence)) continue;
      if (!writtenFits(strategy.written, text, folded, m.index, m.index + m[0].length)) continue;
      first ??= m.index;
      if (sentence !== lastCounted) {
        count++;
        used?.add(sentence);
        lastCounted = sentence;
      }
    }
    return result();
  }
  for (let i = 0; i < sentences.length && count < limit; i++) {
    const s = sentences[i]!;
    if (strategy.place === 'question-start' && !s.question) continue;
    if (skip?.has(i)) continue;
    re.lastIndex = s.start;
    const m = re.exec(folded);
    if (m && writtenFits(strategy.written, text, folded, m.index, m.index + m[0].length)) {
      first ??= s.start;
      count++;
      used?.add(i);
    }
  }
  return result();
}

function sentencesOf(doc: ToneDocument): Sentence[] {
  return sentenceSpans(doc.text).map((span) => {
    const raw = doc.folded.slice(span.start, span.end);
    const lead = LEADING_PUNCTUATION.exec(raw)?.[0].length ?? 0;
    return { start: span.start + lead, question: QUESTION_MARK.test(raw) };
  });
}

/** The sentences where a polite strategy cancels this blunt one (`softenedBy`), if any. */
function softenedSentences(strategy: PolitenessStrategy, politeIn: ReadonlyMap<string, ReadonlySet<number>>): ReadonlySet<number> | undefined {
  if (!strategy.softenedBy) return undefined;
  const out = new Set<number>();
  for (const id of strategy.softenedBy) for (const i of politeIn.get(id) ?? []) out.add(i);
  return out.size > 0 ? out : undefined;
}

const cache = new WeakMap<ToneDocument, Map<Lang, PolitenessBalance>>();

export function politenessBalance(doc: ToneDocument, lang: Lang): PolitenessBalance {
  let perLang = cache.get(doc);
  if (!perLang) {
    perLang = new Map();
    cache.set(doc, perLang);
  }
  const known = perLang.get(lang);
  if (known) return known;
  const sentences = sentencesOf(doc);
  const { polite, blunt, softeners } = strategiesFor(lang);
  let balance = 0;
  let firstBluntAt: number | undefined;
  const found: Pick<PolitenessBalance, 'polite' | 'blunt'> = { polite: [], blunt: [] };
  // Sentences that use each polite strategy some blunt one yields to (only those are tracked in full).
  const politeIn = new Map<string, ReadonlySet<number>>();
  for (const s of polite) {
    const tracked = softeners.has(s.strategy.id);
    const use = uses(s, doc.text, doc.folded, sentences, undefined, tracked);
    if (tracked && use.sentences) politeIn.set(s.strategy.id, use.sentences);
    if (use.count === 0) continue;
    balance -= s.strategy.weight * Math.min(use.count, MAX_COUNT);
    found.polite.push(s.strategy.id);
  }
  const unsure = doc.langs.length > 1;
  for (const s of blunt) {
    if (unsure && s.strategy.detectedOnly) continue;
    const { count, first: at } = uses(s, doc.text, doc.folded, sentences, softenedSentences(s.strategy, politeIn));
    if (at === undefined) continue;
    balance += s.strategy.weight * count;
    found.blunt.push(s.strategy.id);
    if (firstBluntAt === undefined || at < firstBluntAt) firstBluntAt = at;
  }
  const result = { balance, firstBluntAt, ...found };
  perLang.set(lang, result);
  return result;
}

/** True when the draft's blunt strategies outweigh its polite ones: only then is a single pointed question blunt. */
export function leansBlunt(doc: ToneDocument, lang: Lang): boolean {
  return politenessBalance(doc, lang).balance > 0;
}

/** True when the draft's courtesy clearly outweighs its bluntness in this language. */
export function courtesyOutweighs(doc: ToneDocument, lang: Lang): boolean {
  return politenessBalance(doc, lang).balance <= COURTESY_OFFSET;
}
