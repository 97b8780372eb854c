/**
 * Compiles the per-language word lists (data/) into look-up tables, once per language, and
 * normalises words the way those tables expect them.
 */
import { LANGS, type Lang } from '../lang';
import { cueByNumber, wordCue, type WordCue } from '../language';
import { EMOJI_LEXICON } from './data/emoji';
import { EN_LEXICON, EN_MODIFIERS } from './data/lexicon-en';
import { ES_LEXICON, ES_MODIFIERS } from './data/lexicon-es';
import { ID_LEXICON, ID_MODIFIERS } from './data/lexicon-id';
import type { LexiconEntry, ModifierSet } from './data/lexicon-types';
import { setSlotFlags, setSlotValue, slotFlags, slotValue, slotWord } from './interner';
import { deElongate, WORD, type Tokens } from './tokenize';
import type { TopicPhrase } from './topics';

export type PhraseKind = 'valence' | 'negator' | 'intensifier' | 'contrast' | 'concessive';

export interface Phrase {
  words: readonly string[];
  kind: PhraseKind;
  value: number;
}

export interface LanguageResources {
  lang: Lang;
  /** Which of a word's interner values (interner.ts) holds its WordInfo in this language. */
  slotValue: number;
  valence: ReadonlyMap<string, number>;
  stems: ReadonlyMap<string, number>;
  /** Multi-word entries by first word, longest first. */
  phrases: ReadonlyMap<string, readonly Phrase[]>;
  negators: ReadonlySet<string>;
  intensifiers: ReadonlyMap<string, number>;
  postIntensifiers: ReadonlyMap<string, number>;
  contrasts: ReadonlySet<string>;
  concessives: ReadonlySet<string>;
  spellings: ReadonlyMap<string, string>;
  /** Suffixes that can be taken off a word to find it (Indonesian -nya, -lah...). */
  suffixes: readonly string[];
}

export type WordRole = 'negator' | 'intensifier' | 'contrast' | 'concessive' | 'none';

/** Everything the scorer needs to know about one word, computed once per distinct word. */
export interface WordInfo {
  norm: string;
  role: WordRole;
  /** Intensifier factor (role 'intensifier'). */
  factor: number;
  /** Factor applied to the previous sentiment word ("banget"), if the word can be a post-modifier. */
  post: number | undefined;
  /** Valence as a sentiment word, if it is one. */
  valence: number | undefined;
  /** Multi-word entries that start with this word, longest first. */
  phrases: readonly Phrase[] | undefined;
  /**
   * Filled in by the topic tagger the first time it meets the word (see topics.ts): the word's
   * topics (null: none) and the topic phrases it may start (undefined until then). Kept on the
   * info itself rather than in an object of their own: one memory access less per word.
   */
  topicIds: readonly number[] | null;
  topicPhrases: readonly TopicPhrase[] | undefined;
  /** Indonesian model features of the word, plain and after a negator; filled in by id-model.ts on first use (-1 before). */
  modelFeature: number;
  negatedModelFeature: number;
}

/**
 * Slot flags (interner.ts) of a word, beside its hash: its language cue's number plus one in the
 * bits of CUE_FLAGS (0: not worked out yet, 1: no cue); urgency.ts uses the bits from URGENCY_FLAGS_SHIFT.
 */
const CUE_FLAGS = 0x1f;
export const URGENCY_FLAGS_SHIFT = 8;

/** The language cue of the word in a slot (`wordCue`, remembered beside the word's hash). */
export function cueOf(slot: number): WordCue | undefined {
  let flags = slotFlags(slot);
  if ((flags & CUE_FLAGS) === 0) {
    const word = slotWord(slot);
    const cue = wordCue(word.includes("'") ? word.replace(/'/g, '') : word);
    flags |= cue === undefined ? 1 : cue.number + 1;
    setSlotFlags(slot, flags);
  }
  const number = (flags & CUE_FLAGS) - 1;
  return number === 0 ? undefined : cueByNumber(number);
}

/**
 * What each word token is in the language of `res` (undefined for other tokens), written into
 * `infos` (reused between texts: one array per language, as a text may be read in several).
 */
export function describeTokens(tokens: Tokens, res: LanguageResources, infos: (WordInfo | undefined)[] = []): (WordInfo | undefined)[] {
  const { kind, word } = tokens;
  const k = res.slotValue;
  for (let i = 0; i < tokens.count; i++) {
    if (kind[i] !== WORD) {
      infos[i] = undefined;
      continue;
    }
    const slot = word[i]!;
    let info = slotValue(slot, k) as WordInfo | undefined;
    if (info === undefined) setSlotValue(slot, k, (info = describeWord(res, slotWord(slot))));
    infos[i] = info;
  }
  return infos;
}

const SOURCES: Record<Lang, { lexicon: readonly LexiconEntry[]; modifiers: ModifierSet; suffixes: readonly string[] }> = {
  en: { lexicon: EN_LEXICON, modifiers: EN_MODIFIERS, suffixes: [] },
  es: { lexicon: ES_LEXICON, modifiers: ES_MODIFIERS, suffixes: [] },
  id: { lexicon: ID_LEXICON, modifiers: ID_MODIFIERS, suffixes: ['nya', 'lah', 'kah', 'pun', 'ku', 'mu'] },
};

export const EMOJI_VALENCE: ReadonlyMap<string, number> = new Map(EMOJI_LEXICON);

const MIN_STEM = 4;
const cache = new Map<Lang, LanguageResources>();

export function resourcesFor(lang: Lang): LanguageResources {
  let compiled = cache.get(lang);
  if (!compiled) {
    compiled = compile(lang);
    cache.set(lang, compiled);
  }
  return compiled;
}

function compile(lang: Lang): LanguageResources {
  const { lexicon, modifiers, suffixes } = SOURCES[lang];
  const valence = new Map<string, number>();
  const stems = new Map<string, number>();
  const phraseList: Phrase[] = [];
  const single = {
    negators: new Set<string>(),
    intensifiers: new Map<string, number>(),
    contrasts: new Set<string>(),
    concessives: new Set<string>(),
  };
  const spellings = new Map(modifiers.spellings.map(([informal, standard]) => [stripApostrophes(informal), standard]));

  const add = (term: string, kind: PhraseKind, value: number): void => {
    const words = term.split(' ').map((w) => spellings.get(stripApostrophes(w)) ?? stripApostrophes(w));
    if (words.length > 1) {
      phraseList.push({ words, kind, value });
      return;
    }
    const word = words[0]!;
    if (kind === 'valence') {
      if (word.endsWith('*') && word.length > MIN_STEM) stems.set(word.slice(0, -1), value);
      else valence.set(word, value);
    } else if (kind === 'negator') single.negators.add(word);
    else if (kind === 'intensifier') single.intensifiers.set(word, value);
    else if (kind === 'contrast') single.contrasts.add(word);
    else single.concessives.add(word);
  };

  for (const [term, value] of lexicon) add(term, 'valence', value);
  for (const term of modifiers.negators) add(term, 'negator', 0);
  for (const [term, factor] of modifiers.intensifiers) add(term, 'intensifier', factor);
  for (const term of modifiers.contrasts) add(term, 'contrast', 0);
  for (const term of modifiers.concessives) add(term, 'concessive', 0);

  const phrases = new Map<string, Phrase[]>();
  for (const phrase of phraseList.sort((a, b) => b.words.length - a.words.length)) {
    const first = phrase.words[0]!;
    const list = phrases.get(first) ?? [];
    list.push(phrase);
    phrases.set(first, list);
  }

  return {
    lang,
    slotValue: LANGS.indexOf(lang),
    valence,
    stems,
    phrases,
    negators: single.negators,
    intensifiers: single.intensifiers,
    postIntensifiers: new Map(modifiers.postIntensifiers),
    contrasts: single.contrasts,
    concessives: single.concessives,
    spellings,
    suffixes,
  };
}

function stripApostrophes(word: string): string {
  return word.replace(/'/g, '');
}

function isKnown(res: LanguageResources, word: string): boolean {
  return (
    res.valence.has(word) ||
    res.negators.has(word) ||
    res.intensifiers.has(word) ||
    res.postIntensifiers.has(word) ||
    res.contrasts.has(word) ||
    res.concessives.has(word) ||
    res.phrases.has(word)
  );
}

/**
 * The form under which a folded word is looked up: informal spellings replaced, elongation
 * undone ("baaad" → bad), Indonesian reduplication ("enak2" → enak) and suffixes removed —
 * whichever first gives a known word; the plain form otherwise.
 */
export function normalizeWord(res: LanguageResources, folded: string): string {
  let word = stripApostrophes(folded);
  if (res.lang === 'id' && word.length > 2 && word.endsWith('2')) word = word.slice(0, -1);
  const candidates = deElongate(word);
  for (const candidate of candidates) {
    const standard = res.spellings.get(candidate) ?? candidate;
    if (isKnown(res, standard) || stemValence(res, standard) !== undefined) return standard;
    for (const suffix of res.suffixes) {
      if (standard.length > suffix.length + 2 && standard.endsWith(suffix)) {
        const base = standard.slice(0, -suffix.length);
        const baseStandard = res.spellings.get(base) ?? base;
        if (isKnown(res, baseStandard)) return baseStandard;
      }
    }
  }
  return res.spellings.get(word) ?? word;
}

/** What a folded word is for the scorer in the language of `res` (worked out once per word and language). */
function describeWord(res: LanguageResources, folded: string): WordInfo {
  const norm = normalizeWord(res, folded);
  const role: WordRole = res.negators.has(norm)
    ? 'negator'
    : res.intensifiers.has(norm)
      ? 'intensifier'
      : res.contrasts.has(norm)
        ? 'contrast'
        : res.concessives.has(norm)
          ? 'concessive'
          : 'none';
  return {
    norm,
    role,
    factor: res.intensifiers.get(norm) ?? 1,
    post: res.postIntensifiers.get(norm),
    valence: res.valence.get(norm) ?? stemValence(res, norm) ?? EMOJI_VALENCE.get(norm),
    phrases: res.phrases.get(norm),
    topicIds: null,
    topicPhrases: undefined,
    modelFeature: -1,
    negatedModelFeature: -1,
  };
}

/** Valence from a stem entry ("disappoint*"), trying the longest stem first. */
export function stemValence(res: LanguageResources, word: string): number | undefined {
  for (let len = word.length; len >= MIN_STEM; len--) {
    const value = res.stems.get(word.slice(0, len));
    if (value !== undefined) return value;
  }
  return undefined;
}
