import { describe, expect, it } from 'vitest';
import { LANGS } from '../../lang';
import { TOPIC_IDS } from '../../topics';
import { EMOJI_LEXICON } from '../data/emoji';
import { EN_LEXICON, EN_MODIFIERS } from '../data/lexicon-en';
import { ES_LEXICON, ES_MODIFIERS } from '../data/lexicon-es';
import { ID_LEXICON, ID_MODIFIERS } from '../data/lexicon-id';
import type { LexiconEntry, ModifierSet } from '../data/lexicon-types';
import { fold } from '../fold';
import { TOPIC_TAXONOMIES } from '../topics';
import { URGENCY_SIGNAL_IDS } from '../types';
import { compileRule, URGENCY_RULES } from '../urgency';

const LEXICONS: [string, readonly LexiconEntry[], ModifierSet][] = [
  ['en', EN_LEXICON, EN_MODIFIERS],
  ['es', ES_LEXICON, ES_MODIFIERS],
  ['id', ID_LEXICON, ID_MODIFIERS],
];
/** Folded words separated by single spaces; a stem ends with `*` after at least four letters. */
const TERM_RE = /^(?:[a-z0-9']+ )*(?:[a-z0-9']+|[a-z]{4,}\*)$/;

function duplicates(values: readonly string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

describe.each(LEXICONS)('%s lexicon', (_lang, lexicon, modifiers) => {
  it('has well-formed, folded, unique terms with valences in [-4, 4]', () => {
    for (const [term, valence] of lexicon) {
      expect(term, term).toMatch(TERM_RE);
      expect(fold(term), term).toBe(term);
      expect(Math.abs(valence), term).toBeGreaterThan(0);
      expect(Math.abs(valence), term).toBeLessThanOrEqual(4);
    }
    expect(duplicates(lexicon.map(([term]) => term))).toEqual([]);
  });

  it('has well-formed, unique modifiers that are not also sentiment words', () => {
    const modifierTerms = [
      ...modifiers.negators,
      ...modifiers.intensifiers.map(([t]) => t),
      ...modifiers.contrasts,
      ...modifiers.concessives,
    ];
    for (const term of modifierTerms) expect(term, term).toMatch(TERM_RE);
    expect(duplicates(modifierTerms)).toEqual([]);
    const sentimentWords = new Set(lexicon.map(([t]) => t));
    expect(modifierTerms.filter((t) => sentimentWords.has(t))).toEqual([]);
    for (const [, factor] of [...modifiers.intensifiers, ...modifiers.postIntensifiers]) {
      expect(factor).toBeGreaterThan(0);
      expect(factor).toBeLessThan(2);
    }
  });

  it('maps informal spellings to a different word, once each', () => {
    for (const [informal, standard] of modifiers.spellings) {
      expect(informal).toMatch(TERM_RE);
      expect(standard).not.toBe(informal);
    }
    expect(duplicates(modifiers.spellings.map(([informal]) => informal))).toEqual([]);
  });
});

describe('emoji lexicon', () => {
  it('has unique entries with valences in [-4, 4]', () => {
    expect(duplicates(EMOJI_LEXICON.map(([t]) => t))).toEqual([]);
    for (const [, valence] of EMOJI_LEXICON) expect(Math.abs(valence)).toBeLessThanOrEqual(4);
  });
});

describe.each(LANGS)('%s topic taxonomy', (lang) => {
  const taxonomy = TOPIC_TAXONOMIES[lang];
  it('covers every topic with well-formed, folded, unique terms', () => {
    for (const id of TOPIC_IDS) {
      const terms = taxonomy[id];
      expect(terms.length, id).toBeGreaterThan(4);
      for (const term of terms) {
        expect(term, `${id}: ${term}`).toMatch(TERM_RE);
        expect(fold(term), term).toBe(term);
      }
      expect(duplicates([...terms]), id).toEqual([]);
    }
  });
});

describe.each(LANGS)('%s urgency rules', (lang) => {
  const rules = URGENCY_RULES[lang];
  it('define every signal exactly once, with examples', () => {
    expect(rules.map((r) => r.id).sort()).toEqual([...URGENCY_SIGNAL_IDS].sort());
    for (const rule of rules) {
      expect(rule.matches.length, rule.id).toBeGreaterThan(0);
      expect(rule.ignores.length, rule.id).toBeGreaterThan(0);
    }
  });

  it('use lower-case, accent-free patterns without capturing groups', () => {
    for (const rule of rules) {
      for (const pattern of rule.patterns) {
        const literal = pattern.replace(/\\p\{[LN]\}/g, '');
        expect(fold(literal), pattern).toBe(literal);
        // One alternative that matches the empty string: the match has exactly one element if no groups capture.
        expect(new RegExp(`${pattern}|`, 'u').exec('')!.length, pattern).toBe(1);
      }
    }
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s: raises on its examples and stays quiet on its counter-examples', (_id, rule) => {
    const re = compileRule(rule);
    for (const sentence of rule.matches) expect(fold(sentence).match(re), sentence).not.toBeNull();
    for (const sentence of rule.ignores) expect(fold(sentence).match(re), sentence).toBeNull();
  });
});
