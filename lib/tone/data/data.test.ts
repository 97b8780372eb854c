import { describe, expect, it } from 'vitest';
import { LANGS } from '../../lang';
import { SITE_IDS } from '../../sites/site-ids';
import { fold } from '../text/fold';
import { compilePhrases, entryOf, problemWithEntry, type PhraseData } from '../text/phrases';
import { BLAME } from './blame';
import { COMPENSATION, COMPENSATION_KINDS } from './compensation';
import { CONDESCENDING_PHRASE } from './condescending-phrase';
import { CONTRADICTION } from './contradiction';
import { COURTESY_FIXES } from './courtesy-fixes';
import { APOLOGY_MARKERS, NEXT_STEP_MARKERS, THANKS_MARKERS } from './courtesy-markers';
import { DISMISSIVE } from './dismissive';
import { EMPHASIS_WORDS } from './emphasis-words';
import { FAKE_REVIEW_ACCUSATION } from './fake-review-accusation';
import { FALSE_ABSOLUTE } from './false-absolute';
import { INSULT } from './insult';
import { LEGAL_THREAT } from './legal-threat';
import { NON_APOLOGY } from './non-apology';
import { PERSONAL_REFERENCE } from './personal-reference';
import { PLATFORM_POLICIES } from './platform-policies';
import { POINT_BY_POINT } from './point-by-point';
import { POLITENESS_STRATEGIES } from './politeness-strategies';
import { POLITICS_RELIGION } from './politics-religion';
import { QUESTION_WORDS } from './question-words';
import { REVIEW_INCENTIVE } from './review-incentive';
import { REVIEWER_IDENTITY } from './reviewer-identity';
import { RHETORICAL_QUESTION } from './rhetorical-question';
import { SARCASM } from './sarcasm';
import { SMUG_ADVERB } from './smug-adverb';

const PHRASE_DATA: Record<string, PhraseData> = {
  SMUG_ADVERB,
  CONDESCENDING_PHRASE,
  NON_APOLOGY,
  DISMISSIVE,
  SARCASM,
  RHETORICAL_QUESTION,
  INSULT,
  BLAME,
  POINT_BY_POINT,
  CONTRADICTION,
  LEGAL_THREAT,
  FAKE_REVIEW_ACCUSATION,
  REVIEWER_IDENTITY,
  FALSE_ABSOLUTE,
  REVIEW_INCENTIVE,
  PERSONAL_REFERENCE,
  POLITICS_RELIGION,
  THANKS_MARKERS,
  APOLOGY_MARKERS,
  NEXT_STEP_MARKERS,
  ...Object.fromEntries(COMPENSATION_KINDS.map((kind) => [`COMPENSATION.${kind}`, COMPENSATION[kind]])),
};

describe('phrase data', () => {
  for (const [name, data] of Object.entries(PHRASE_DATA)) {
    for (const lang of LANGS) {
      it(`${name}.${lang} has well-formed, distinct entries`, () => {
        const list = data[lang];
        expect(list.length).toBeGreaterThan(0);
        const problems = list.map((item) => [entryOf(item).pattern, problemWithEntry(item)]).filter(([, p]) => p !== null);
        expect(problems).toEqual([]);
        const patterns = list.map((item) => entryOf(item).pattern);
        expect(patterns.filter((p, i) => patterns.indexOf(p) !== i)).toEqual([]);
        expect(() => compilePhrases(list)).not.toThrow();
      });
    }
  }

  it('rejects malformed entries', () => {
    expect(problemWithEntry('Obviously')).toMatch(/upper case/);
    expect(problemWithEntry('obviamente (es|fue)')).toMatch(/capturing/);
    expect(problemWithEntry('a|')).toMatch(/empty string/);
    expect(problemWithEntry('(?:unclosed')).toMatch(/invalid/);
    expect(problemWithEntry('tambi\u00e9n')).toMatch(/accents/);
    expect(problemWithEntry('{nobody} said')).toMatch(/unknown macro/);
    expect(problemWithEntry(' padded')).toMatch(/padded/);
    expect(problemWithEntry({ pattern: 'fine', replace: [' padded '] })).toMatch(/padded replacement/);
    expect(problemWithEntry('fine (?:words)? here')).toBeNull();
  });

  it('matches whole words only, across line breaks and doubled spaces', () => {
    const matcher = compilePhrases(['with all due respect', 'lol']);
    expect(matcher.find('with  all\ndue respect').map((m) => [m.start, m.end])).toEqual([[0, 21]]);
    expect(matcher.find('lollipop and lola')).toEqual([]);
  });
});

describe('other word data', () => {
  it('question words compile in every language', () => {
    for (const lang of LANGS) {
      for (const source of Object.values(QUESTION_WORDS[lang])) {
        expect(problemWithEntry(source), `${lang}: ${source}`).toBeNull();
      }
    }
  });

  it('politeness strategies are well-formed patterns, distinct within each list', () => {
    for (const lang of LANGS) {
      for (const list of [POLITENESS_STRATEGIES[lang].polite, POLITENESS_STRATEGIES[lang].blunt]) {
        for (const s of list) expect(problemWithEntry(s.pattern), `${lang} ${s.id}`).toBeNull();
        const patterns = list.map((s) => s.pattern);
        expect(patterns.filter((p, i) => patterns.indexOf(p) !== i)).toEqual([]);
      }
    }
  });

  it('emphasis words are distinct, folded words', () => {
    for (const lang of LANGS) {
      const words = EMPHASIS_WORDS[lang];
      expect(new Set(words).size).toBe(words.length);
      for (const w of words) expect(w).toBe(fold(w).replace(/[^a-z]/g, ''));
    }
  });

  it('courtesy fixes exist in every language, as whole sentences', () => {
    for (const fix of Object.values(COURTESY_FIXES)) {
      for (const lang of LANGS) expect(fix[lang].trim()).toMatch(/^\p{Lu}.*[.!]$/u);
    }
  });

  it('every site has a platform policy', () => {
    expect(Object.keys(PLATFORM_POLICIES).sort()).toEqual([...SITE_IDS].sort());
  });
});
