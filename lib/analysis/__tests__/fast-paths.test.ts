/**
 * The engine's shortcuts must not change what it finds: the first-word index may only skip
 * positions where no urgency pattern can match, and the interner must hand back exactly the
 * folded word. Each is checked against the plain way on sentences built from the patterns' own
 * words, so that matches (and near misses) are frequent.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../lang';
import { FirstWordIndex } from '../first-words';
import { fold } from '../fold';
import { internString } from '../interner';
import { SHOUTED, tokenize } from '../tokenize';
import { findUrgencyMatches, foldKeepingOffsets, URGENCY_RULES } from '../urgency';
import { URGENCY_SIGNAL_IDS } from '../types';

/** The reference: one global expression of all the rules of a language, scanned left to right. */
function plainUrgency(text: string, lang: Lang): { id: string; ranges: [number, number][] }[] {
  const rules = URGENCY_RULES[lang];
  const re = new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:${rules.map((r) => `(${r.patterns.join('|')})`).join('|')})(?![\p{L}\p{N}])`,
    'gu',
  );
  const folded = foldKeepingOffsets(text);
  const found = new Map<string, [number, number][]>();
  for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const id = rules[m.findIndex((g, k) => k > 0 && g !== undefined) - 1]!.id;
    const list = found.get(id) ?? [];
    if (!list.some(([s, e]) => s === m!.index && e === m!.index + m![0].length)) list.push([m.index, m.index + m[0].length]);
    found.set(id, list);
  }
  return URGENCY_SIGNAL_IDS.filter((id) => found.has(id)).map((id) => ({ id, ranges: found.get(id)!.sort((a, b) => a[0] - b[0]) }));
}

function indexedUrgency(text: string, lang: Lang, withTokens: boolean): { id: string; ranges: [number, number][] }[] {
  const found = new Map<string, [number, number][]>();
  for (const { id, start, end } of findUrgencyMatches(text, [lang], withTokens ? tokenize(text) : undefined)) {
    const list = found.get(id) ?? [];
    if (!list.some(([s, e]) => s === start && e === end)) list.push([start, end]);
    found.set(id, list);
  }
  return URGENCY_SIGNAL_IDS.filter((id) => found.has(id)).map((id) => ({ id, ranges: found.get(id)!.sort((a, b) => a[0] - b[0]) }));
}

/** Words and separators taken from the patterns themselves, plus characters that test the word boundaries. */
function sentences(lang: Lang): fc.Arbitrary<string> {
  const words = [...new Set(URGENCY_RULES[lang].flatMap((r) => [...r.matches, ...r.ignores]).flatMap((s) => s.split(/\s+/)))];
  const pieces = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...words) },
    { weight: 2, arbitrary: fc.constantFrom('no', 'not', 'the', 'to', 'e', 'coli', '3', 'x') },
    { weight: 2, arbitrary: fc.constantFrom("'", '’', '-', '.', ',', 'é', 'İ', 'ß', '\u0301', '😡', ':D', 'ℹ', '2nd', 'A') },
  );
  return fc.array(fc.tuple(pieces, fc.constantFrom(' ', ' ', ' ', '', '  ', '\n')), { maxLength: 24 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
}

describe.each(LANGS)('urgency scan through the first-word index (%s)', (lang) => {
  it('indexes every pattern of the language', () => {
    expect(FirstWordIndex.build(URGENCY_RULES[lang].flatMap((r) => r.patterns))).toBeDefined();
  });

  it('finds exactly what one expression of all the rules finds, with or without the tokens', () => {
    fc.assert(
      fc.property(sentences(lang), (text) => {
        const expected = plainUrgency(text, lang);
        expect(indexedUrgency(text, lang, true)).toEqual(expected);
        expect(indexedUrgency(text, lang, false)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('finds the examples every rule carries', () => {
    for (const rule of URGENCY_RULES[lang]) {
      for (const sentence of rule.matches) expect(indexedUrgency(sentence, lang, true).map((h) => h.id), sentence).toContain(rule.id);
    }
  });
});

describe('FirstWordIndex', () => {
  const isWordAt = (text: string, i: number): boolean => /[\p{L}\p{N}]/u.test(text[i] ?? '');

  it('lets through the words and two-word openings that can start a match, and holds back others', () => {
    const index = FirstWordIndex.build(['lawyers?', 'food poisoning', 'stay\\p{L}* away', 'e\\.? ?coli'])!;
    const patternsAt = (text: string): readonly number[] => {
      const key = index.find(text, 0, isWordAt);
      return key < 0 ? [] : index.patterns(key);
    };
    expect(patternsAt('lawyer.')).toEqual([0]);
    expect(patternsAt('lawyers')).toEqual([0]);
    expect(patternsAt('lawyering')).toEqual([]);
    expect(patternsAt('food poisoning')).toEqual([1]);
    expect(patternsAt('food was')).toEqual([]);
    expect(patternsAt('staying away')).toEqual([2]);
    expect(patternsAt('e. coli')).toEqual([3]);
    expect(patternsAt('ecoli')).toEqual([3]);
    expect(patternsAt('room')).toEqual([]);
  });

  it('declines patterns it cannot read, so that the caller scans plainly', () => {
    expect(FirstWordIndex.build(['a.b'])).toBeUndefined();
    expect(FirstWordIndex.build(['(capture)'])).toBeUndefined();
    expect(FirstWordIndex.build([' leading space'])).toBeUndefined();
  });
});

describe('interner', () => {
  /** Letters of every path of the tokenizer: ASCII, accented Latin, combining accents, apostrophes, other scripts. */
  const letters = ['a', 'Z', 'q', '7', 'é', 'É', 'ñ', 'Ñ', 'İ', 'ß', 'ǅ', 'ŉ', '\u0301', '’', "'", 'Σ', 'σ', 'ς', 'ж', '𝒽'];
  const words = fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 10 }).map((chars) => chars.join(''));

  it('hands tokens the folded word, in the slot of that word whichever way it was read', () => {
    fc.assert(
      fc.property(words, words, (a, b) => {
        const text = `${a} ${b} ${a.toUpperCase()}`;
        const tokens = tokenize(text);
        for (let i = 0; i < tokens.count; i++) {
          expect(tokens.folded(i)).toBe(fold(tokens.raw(i)));
          expect(tokens.word[i]).toBe(internString(fold(tokens.raw(i))));
        }
      }),
    );
  });

  it('gives tokens the folded word whatever came before (also across a reset of the table)', () => {
    for (let k = 0; k < 40_000; k++) tokenize(`w${k}x`);
    const tokens = tokenize('NEVER again');
    expect([tokens.raw(0), tokens.folded(0), (tokens.flags[0]! & SHOUTED) !== 0]).toEqual(['NEVER', 'never', true]);
    expect([tokens.raw(1), tokens.folded(1)]).toEqual(['again', 'again']);
  });
});
