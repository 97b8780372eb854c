/** Tags a comment with the topics of the taxonomy (data/topics-*.ts), with the words that triggered each. */
import type { Lang } from '../lang';
import { TOPIC_IDS } from '../topics';
import { EN_TOPICS } from './data/topics-en';
import { ES_TOPICS } from './data/topics-es';
import { ID_TOPICS } from './data/topics-id';
import type { TopicTaxonomy } from './data/topics-types';
import type { WordInfo } from './resources';
import { WORD, type Tokens } from './tokenize';
import type { Evidence, TopicHit } from './types';

export const TOPIC_TAXONOMIES: Readonly<Record<Lang, TopicTaxonomy>> = { en: EN_TOPICS, es: ES_TOPICS, id: ID_TOPICS };

const MIN_STEM = 4;
/** Indonesian clitics and particles that hide a topic word ("makanannya", "kamarku"). */
const ID_SUFFIXES = ['nya', 'lah', 'ku', 'mu'];

/** Topics are held as their positions in TOPIC_IDS, which is also the order of the result. */
type TopicIndex = number;

export interface TopicPhrase {
  words: readonly string[];
  topics: readonly TopicIndex[];
}

interface CompiledTaxonomy {
  words: Map<string, TopicIndex[]>;
  stems: Map<string, TopicIndex[]>;
  phrases: Map<string, TopicPhrase[]>;
}

const compiled = new Map<Lang, CompiledTaxonomy>();

function taxonomyFor(lang: Lang): CompiledTaxonomy {
  let tax = compiled.get(lang);
  if (tax) return tax;
  tax = { words: new Map(), stems: new Map(), phrases: new Map() };
  const pushTo = (map: Map<string, TopicIndex[]>, key: string, id: TopicIndex): void => {
    const list = map.get(key) ?? [];
    if (!list.includes(id)) list.push(id);
    map.set(key, list);
  };
  for (let id = 0; id < TOPIC_IDS.length; id++) {
    for (const term of TOPIC_TAXONOMIES[lang][TOPIC_IDS[id]!]) {
      const words = term.split(' ');
      if (words.length > 1) {
        const list = tax.phrases.get(words[0]!) ?? [];
        const existing = list.find((p) => p.words.join(' ') === term);
        if (existing) (existing.topics as TopicIndex[]).push(id);
        else list.push({ words, topics: [id] });
        tax.phrases.set(words[0]!, list.sort((a, b) => b.words.length - a.words.length));
      } else if (term.endsWith('*')) pushTo(tax.stems, term.slice(0, -1), id);
      else pushTo(tax.words, term, id);
    }
  }
  compiled.set(lang, tax);
  return tax;
}

/** Look-up forms of a token: its normalised spelling, as written, and (Indonesian) without suffixes. */
function lookupForms(norm: string, folded: string, lang: Lang): string[] {
  const asWritten = folded.replace(/'/g, '');
  const forms = asWritten === norm ? [norm] : [norm, asWritten];
  if (lang !== 'id') return forms;
  for (const word of [...forms]) {
    for (const suffix of ID_SUFFIXES) {
      if (word.length > suffix.length + 2 && word.endsWith(suffix)) forms.push(word.slice(0, -suffix.length));
    }
  }
  return forms;
}

function singleWordTopics(tax: CompiledTaxonomy, form: string): TopicIndex[] | null {
  const exact = tax.words.get(form);
  if (exact) return exact;
  for (let len = form.length; len >= MIN_STEM; len--) {
    const stem = tax.stems.get(form.slice(0, len));
    if (stem) return stem;
  }
  return null;
}

/**
 * Works out the word's topics and the topic phrases it may start, the first time it is met, and
 * remembers them on the scorer's WordInfo (itself memoised per word and language).
 */
function learnTopics(tax: CompiledTaxonomy, info: WordInfo, folded: string, lang: Lang): void {
  const forms = lookupForms(info.norm, folded, lang);
  let ids: TopicIndex[] | null = null;
  for (const form of forms) {
    ids = singleWordTopics(tax, form);
    if (ids) break;
  }
  info.topicIds = ids;
  const phrases = forms.flatMap((form) => tax.phrases.get(form) ?? []);
  // Most words start no phrase: one shared empty list, so that checking costs no memory access of its own.
  info.topicPhrases = phrases.length > 0 ? phrases : NO_PHRASES;
}

const NO_PHRASES: readonly TopicPhrase[] = [];

function phraseAt(phrase: TopicPhrase, tokens: Tokens, infos: readonly (WordInfo | undefined)[], i: number): boolean {
  for (let k = 1; k < phrase.words.length; k++) {
    if (i + k >= tokens.count || tokens.kind[i + k] !== WORD || infos[i + k]!.norm !== phrase.words[k]) return false;
  }
  return true;
}

/**
 * The hits of the text being tagged, in text order (reused: one text at a time): the range of
 * each and its topics, and per topic how many it has, so that the result is built with no
 * object to throw away.
 */
let hitStart = new Int32Array(64);
let hitEnd = new Int32Array(64);
const hitTopics: (readonly TopicIndex[])[] = [];
const perTopic = new Int32Array(TOPIC_IDS.length);

function addHit(at: number, from: number, to: number, topics: readonly TopicIndex[]): void {
  if (at === hitStart.length) {
    const starts = new Int32Array(at * 2);
    const ends = new Int32Array(at * 2);
    starts.set(hitStart);
    ends.set(hitEnd);
    hitStart = starts;
    hitEnd = ends;
  }
  hitStart[at] = from;
  hitEnd[at] = to;
  hitTopics[at] = topics;
  for (let k = 0; k < topics.length; k++) perTopic[topics[k]!]!++;
}

/** Topics of a tokenised comment (`infos[i]`: what the scorer knows of word token i); ranges index into the text. */
export function detectTopics(tokens: Tokens, infos: readonly (WordInfo | undefined)[], lang: Lang): TopicHit[] {
  const tax = taxonomyFor(lang);
  const { text, kind, start, end } = tokens;
  let hits = 0;
  for (let id = 0; id < perTopic.length; id++) perTopic[id] = 0;
  for (let i = 0; i < tokens.count; i++) {
    if (kind[i] !== WORD) continue;
    const info = infos[i]!;
    // Checked here rather than inside learnTopics: fetching the folded word on every call cost an allocation per word.
    if (info.topicPhrases === undefined) learnTopics(tax, info, tokens.folded(i), lang);
    const ids = info.topicIds;
    const phrases = info.topicPhrases!;
    if (ids === null && phrases.length === 0) continue;
    let phrase: TopicPhrase | undefined;
    for (let k = 0; k < phrases.length && phrase === undefined; k++) if (phraseAt(phrases[k]!, tokens, infos, i)) phrase = phrases[k];
    if (phrase) {
      const last = i + phrase.words.length - 1;
      addHit(hits++, start[i]!, end[last]!, phrase.topics);
      i = last;
    } else if (ids) addHit(hits++, start[i]!, end[i]!, ids);
  }
  // Lists made at their final length: most texts have a few hits, and a growing list would over-allocate.
  let found = 0;
  for (let id = 0; id < TOPIC_IDS.length; id++) if (perTopic[id] !== 0) found++;
  const result = new Array<TopicHit>(found);
  found = 0;
  for (let id = 0; id < TOPIC_IDS.length; id++) {
    if (perTopic[id] === 0) continue;
    // Each topic gets its own evidence objects: callers may add to or reorder one topic's list.
    const evidence = new Array<Evidence>(perTopic[id]!);
    let n = 0;
    for (let h = 0; h < hits; h++) {
      const topics = hitTopics[h]!;
      for (let k = 0; k < topics.length; k++) {
        if (topics[k] === id) evidence[n++] = { start: hitStart[h]!, end: hitEnd[h]!, text: text.slice(hitStart[h]!, hitEnd[h]!) };
      }
    }
    result[found++] = { id: TOPIC_IDS[id]!, evidence };
  }
  return result;
}
