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

interface TopicPhrase {
  words: readonly string[];
  topics: readonly TopicIndex[];
}

interface CompiledTaxonomy {
  words: Map<string, TopicIndex[]>;
  stems: Map<string, TopicIndex[]>;
  phrases: Map<string, TopicPhrase[]>;
}

/** A word's topics and the topic phrases it may start, remembered on the scorer's WordInfo (itself memoised per word and language). */
export interface WordTopics {
  ids: TopicIndex[] | null;
  phrases: TopicPhrase[];
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

function wordTopics(tax: CompiledTaxonomy, info: WordInfo, folded: string, lang: Lang): WordTopics {
  let known = info.topics;
  if (!known) {
    const forms = lookupForms(info.norm, folded, lang);
    let ids: TopicIndex[] | null = null;
    for (const form of forms) {
      ids = singleWordTopics(tax, form);
      if (ids) break;
    }
    known = { ids, phrases: forms.flatMap((form) => tax.phrases.get(form) ?? []) };
    info.topics = known;
  }
  return known;
}

function phraseAt(phrase: TopicPhrase, tokens: Tokens, infos: readonly (WordInfo | undefined)[], i: number): boolean {
  for (let k = 1; k < phrase.words.length; k++) {
    if (i + k >= tokens.count || tokens.kind[i + k] !== WORD || infos[i + k]!.norm !== phrase.words[k]) return false;
  }
  return true;
}

/** Evidence per topic index for the text being tagged (reused: one text at a time). */
const found: (Evidence[] | undefined)[] = new Array<Evidence[] | undefined>(TOPIC_IDS.length).fill(undefined);

/** Topics of a tokenised comment (`infos[i]`: what the scorer knows of word token i); ranges index into the text. */
export function detectTopics(tokens: Tokens, infos: readonly (WordInfo | undefined)[], lang: Lang): TopicHit[] {
  const tax = taxonomyFor(lang);
  const { text, kind, start, end } = tokens;
  found.fill(undefined);
  for (let i = 0; i < tokens.count; i++) {
    if (kind[i] !== WORD) continue;
    const { ids, phrases } = wordTopics(tax, infos[i]!, tokens.folded(i), lang);
    if (ids === null && phrases.length === 0) continue;
    let phrase: TopicPhrase | undefined;
    for (let k = 0; k < phrases.length && phrase === undefined; k++) if (phraseAt(phrases[k]!, tokens, infos, i)) phrase = phrases[k];
    let hitIds: readonly number[];
    let evidence: Evidence;
    if (phrase) {
      const last = i + phrase.words.length - 1;
      hitIds = phrase.topics;
      evidence = { start: start[i]!, end: end[last]!, text: text.slice(start[i]!, end[last]!) };
      i = last;
    } else if (ids) {
      hitIds = ids;
      evidence = { start: start[i]!, end: end[i]!, text: tokens.raw(i) };
    } else continue;
    for (const id of hitIds) {
      const list = found[id];
      // Each topic gets its own evidence object: callers may add to or reorder one topic's list.
      const own = list === undefined ? evidence : { start: evidence.start, end: evidence.end, text: evidence.text };
      if (list === undefined) found[id] = [own];
      else list.push(own);
    }
  }
  const hits: TopicHit[] = [];
  for (let id = 0; id < TOPIC_IDS.length; id++) {
    const evidence = found[id];
    if (evidence !== undefined) hits.push({ id: TOPIC_IDS[id]!, evidence });
  }
  return hits;
}
