import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../lang';
import { SITE_IDS } from '../../sites/site-ids';
import { analyzeComment, MAX_ANALYSED_CHARS } from '../index';

const loneSurrogates = fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) });
const reviewish = fc
  .array(fc.constantFrom('not', 'very', 'bad', 'good', 'but', 'tidak', 'enak', 'no', 'mal', 'pero', '😡', ':)', '!!!', 'SOOO', 'gak', 'bgt', ',', '.', 'lawyer', 'cockroach', 'مرحبا', 'שלום', '\u200f'))
  .map((words) => words.join(' '));
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), loneSurrogates, reviewish);

describe('analyzeComment on arbitrary input', () => {
  it('never throws, keeps scores in range and ranges inside the text', () => {
    fc.assert(
      fc.property(
        anyText,
        fc.option(fc.oneof(fc.double(), fc.integer({ min: -10, max: 10 })), { nil: undefined }),
        fc.option(fc.constantFrom(...LANGS), { nil: undefined }),
        fc.option(fc.constantFrom(...SITE_IDS), { nil: undefined }),
        (text, rating, lang, site) => {
          const result = analyzeComment({ text, rating, lang, site });
          for (const value of [result.score, result.textScore, result.langConfidence]) {
            expect(Number.isFinite(value)).toBe(true);
          }
          expect(Math.abs(result.score)).toBeLessThanOrEqual(1);
          expect(Math.abs(result.textScore)).toBeLessThanOrEqual(1);
          expect([0, 1, 2, 3, 4]).toContain(result.severity);
          for (const hit of [...result.topics, ...result.urgency]) {
            for (const e of hit.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('handles huge comments, RTL text and malformed surrogates', () => {
    const huge = 'The room was dirty but the staff were lovely 😍 '.repeat(20_000);
    const result = analyzeComment({ text: huge });
    expect(Math.abs(result.textScore)).toBeLessThanOrEqual(1);
    for (const hit of result.topics) for (const e of hit.evidence) expect(e.end).toBeLessThanOrEqual(MAX_ANALYSED_CHARS);
    expect(() => analyzeComment({ text: '\ud800 bad \udfff room \u202e reversed \u202c' })).not.toThrow();
    expect(analyzeComment({ text: 'الغرفة كانت متسخة' }).lang).toBe('other');
  });

  it('treats a non-string text as empty rather than failing', () => {
    const result = analyzeComment({ text: undefined as unknown as string });
    expect(result).toMatchObject({ textScore: 0, label: 'neutral', topics: [], urgency: [], severity: 0 });
  });
});
