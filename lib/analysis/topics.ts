/** Tags a comment with the topics of the taxonomy (data/topics-*.ts), with the words that triggered each. */
import type { Lang } from '../lang';
import { TOPIC_IDS, type TopicId } from '../topics';
import { EN_TOPICS } from './data/topics-en';
import { ES_TOPICS } from './data/topics-es';
import { ID_TOPICS } from './data/topics-id';
import type { TopicTaxonomy } from './data/topics-types';
import type { WordInfo } from './resources';
import type { Token } from './tokenize';
import type { Evidence, TopicHit } from './types';

export const TOPIC_TAXONOMIES: Readonly<Record<Lang, TopicTaxonomy>> = { en: EN_TOPICS, es: ES_TOPICS, id: ID_TOPICS };

const MIN_STEM = 4;
/** Indonesian clitics and particles that hide a topic word ("makanannya", "kamarku"). */
const ID_SUFFIXES = ['nya', 'lah', 'ku', 'mu'];

interface TopicPhrase {
  words: readonly string[];
  topics: readonly TopicId[];
}

interface CompiledTaxonomy {
  words: Map<string, TopicId[]>;
  stems: Map<string, TopicId[]>;
  phrases: Map<string, TopicPhrase[]>;
  /** Per word (the scorer's WordInfo, itself memoised per folded word): topics and phrases it may start. */
  byWord: WeakMap<WordInfo, WordTopics>;
}

interface WordTopics {
  ids: TopicId[] | null;
  phrases: TopicPhrase[];
}


const compiled = new Map<Lang, CompiledTaxonomy>();

function taxonomyFor(lang: Lang): CompiledTaxonomy {
  let tax = compiled.get(lang);
  if (tax) return tax;
  tax = { words: new Map(), stems: new Map(), phrases: new Map(), byWord: new WeakMap() };
  const pushTo = <K>(map: Map<K, TopicId[]>, key: K, id: TopicId): void => {
    const list = map.get(key) ?? [];
    if (!list.includes(id)) list.push(id);
    map.set(key, list);
  };
  for (const id of TOPIC_IDS) {
    for (const term of TOPIC_TAXONOMIES[lang][id]) {
      const words = term.split(' ');
      if (words.length > 1) {
        const list = tax.phrases.get(words[0]!) ?? [];
        const existing = list.find((p) => p.words.join(' ') === term);
        if (existing) (existing.topics as TopicId[]).push(id);
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

function singleWordTopics(tax: CompiledTaxonomy, form: string): TopicId[] | null {
  const exact = tax.words.get(form);
  if (exact) return exact;
  for (let len = form.length; len >= MIN_STEM; len--) {
    const stem = tax.stems.get(form.slice(0, len));
    if (stem) return stem;
  }
  return null;
}

function wordTopics(tax: CompiledTaxonomy, info: WordInfo, folded: string, lang: Lang): WordTopics {
  let known = tax.byWord.get(info);
  if (!known) {
    const forms = lookupForms(info.norm, folded, lang);
    let ids: TopicId[] | null = null;
    for (const form of forms) {
      ids = singleWordTopics(tax, form);
      if (ids) break;
    }
    known = { ids, phrases: forms.flatMap((form) => tax.phrases.get(form) ?? []) };
    tax.byWord.set(info, known);
  }
  return known;
}

/** Topics of a tokenised comment (`infos[i]`: what the scorer knows of word token i); ranges index into `text`. */
export function detectTopics(text: string, tokens: readonly Token[], infos: readonly (WordInfo | undefined)[], lang: Lang): TopicHit[] {
  const tax = taxonomyFor(lang);
  const found = new Map<TopicId, Evidence[]>();
  const add = (ids: readonly TopicId[], startToken: Token, endToken: Token): void => {
    const start = startToken.start;
    const end = endToken.end;
    for (const id of ids) {
      const list = found.get(id) ?? [];
      list.push({ start, end, text: text.slice(start, end) });
      found.set(id, list);
    }
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') continue;
    const { ids, phrases } = wordTopics(tax, infos[i]!, token.folded, lang);
    const phrase = phrases.find((p) => p.words.every((w, k) => k === 0 || (tokens[i + k]?.kind === 'word' && infos[i + k]?.norm === w)));
    if (phrase) {
      add(phrase.topics, token, tokens[i + phrase.words.length - 1]!);
      i += phrase.words.length - 1;
    } else if (ids) {
      add(ids, token, token);
    }
  }
  return TOPIC_IDS.filter((id) => found.has(id)).map((id) => ({ id, evidence: found.get(id)! }));
}
