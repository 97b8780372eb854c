import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../lang';
import { SITE_IDS } from '../sites/site-ids';
import { applySuggestion, checkTone, toneRules } from './index';
import type { CheckToneOptions } from './types';

const RTL = fc.array(fc.constantFrom('\u05e9\u05dc\u05d5\u05dd', '\u0645\u0631\u062d\u0628\u0627', '\u200f', '\u202e', ' ', '?'), { maxLength: 40 }).map((a) => a.join(''));
const EMOJI = fc.array(fc.constantFrom('\u{1f600}', '\u{1f644}', '\u{1f44d}\u{1f3fd}', '\u{1f1ea}\u{1f1f8}', '\u2764\ufe0f', '!!!'), { maxLength: 60 }).map((a) => a.join(''));
const LONE_SURROGATES = fc.array(fc.constantFrom('\ud800', '\udfff', '\ud83d', 'a', ' ', 'É', '\u0000'), { maxLength: 80 }).map((a) => a.join(''));
const BINARYISH = fc.uint8Array({ maxLength: 300 }).map((bytes) => String.fromCharCode(...bytes));
const WORDY = fc
  .array(fc.constantFrom('obviously', 'NOT', 'refund', 'you', 'why', '?', '??', '"', '[name]', 'www.x.com', 'never', 'happens', 'lawyer', ',', '.', '\n- ', 'é', '\u{1f644}'), { maxLength: 60 })
  .map((a) => a.join(' '));
const ANY_TEXT = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), RTL, EMOJI, LONE_SURROGATES, BINARYISH, WORDY);

const OPTIONS: fc.Arbitrary<CheckToneOptions> = fc.record(
  {
    lang: fc.constantFrom(...LANGS),
    site: fc.constantFrom(...SITE_IDS),
    uiLang: fc.constantFrom(...LANGS),
    context: fc.record({ commentText: fc.string(), commentReportsFailure: fc.boolean(), previousReplies: fc.array(fc.string()), alreadyReplied: fc.boolean() }, { requiredKeys: [] }),
    settings: fc.record({
      disabledRules: fc.array(fc.constantFrom(...toneRules.map((r) => r.id), 'no-such-rule')),
      allowedPhrases: fc.array(fc.string({ maxLength: 12 })),
      allowedCompensation: fc.array(fc.constantFrom('refund', 'voucher', 'discount', 'free-item', 'upgrade', 'compensation', '')),
    }),
  },
  { requiredKeys: [] },
);

/** Collects violations instead of asserting per finding: huge drafts have tens of thousands of findings. */
function problemsIn(text: string, options: CheckToneOptions): string[] {
  const result = checkTone(text, options);
  const problems: string[] = [];
  if (!['ok', 'caution', 'stop'].includes(result.verdict)) problems.push(`verdict ${result.verdict}`);
  if (!(result.score >= 0 && result.score <= 100)) problems.push(`score ${result.score}`);
  result.findings.forEach((f, index) => {
    const { start, end } = f.range;
    if (!(start >= 0 && start <= end && end <= text.length)) problems.push(`${f.ruleId} range ${start}-${end} of ${text.length}`);
    if (f.text !== text.slice(start, end)) problems.push(`${f.ruleId} text does not match its range`);
    if (f.message.length === 0) problems.push(`${f.ruleId} without message`);
    if (index < 20) f.suggestions.forEach((_, i) => applySuggestion(text, f, i));
  });
  return problems;
}

function expectWellFormed(text: string, options: CheckToneOptions): void {
  expect(problemsIn(text, options)).toEqual([]);
}

describe('checkTone on any input', () => {
  it('never throws and keeps every range inside the text', () => {
    fc.assert(fc.property(ANY_TEXT, OPTIONS, (text, options) => expectWellFormed(text, options)), { numRuns: 400 });
  });

  it('copes with huge drafts', { timeout: 30_000 }, () => {
    const huge = 'We are sorry. Obviously this NEVER happens!!! Why did you not tell us?? www.example.com '.repeat(3000);
    expectWellFormed(huge, { site: 'google' });
    expectWellFormed('\u{1f644}'.repeat(50_000), {});
    expectWellFormed('a'.repeat(200_000), { site: 'tripadvisor' });
  });

  it('finds nothing in empty or blank drafts', () => {
    for (const text of ['', ' ', '\n\n', '\u200b']) expect(checkTone(text).findings).toEqual([]);
  });
});
