import { describe, expect, it } from 'vitest';
import { applySuggestion, checkTone, DEFAULT_TONE_SETTINGS, toneRules, ToneSettingsSchema } from './index';

const settings = (patch: Partial<typeof DEFAULT_TONE_SETTINGS>) => ({ ...DEFAULT_TONE_SETTINGS, ...patch });

describe('checkTone', () => {
  it('passes a calm reply with verdict ok and score 100', () => {
    const result = checkTone('Thank you for your review. We are sorry the room was cold.', { lang: 'en' });
    expect(result).toEqual({ findings: [], verdict: 'ok', score: 100, lang: 'en' });
  });

  it('stops on an error-level finding and cautions on a warning', () => {
    expect(checkTone('We will take legal action.', { lang: 'en' }).verdict).toBe('stop');
    expect(checkTone('Obviously the pool closes at nine.', { lang: 'en' }).verdict).toBe('caution');
  });

  it('lowers the score with every problem', () => {
    const one = checkTone('Obviously the pool closes at nine.', { lang: 'en' }).score;
    const two = checkTone('Obviously the pool closes at nine, as we already said.', { lang: 'en' }).score;
    expect(one).toBeLessThan(100);
    expect(two).toBeLessThan(one);
  });

  it('never lets courtesy hints move the verdict', () => {
    const result = checkTone('The pool opens at nine every morning.', {
      lang: 'en',
      context: { commentText: 'The pool was closed!', commentReportsFailure: true },
    });
    expect(result.findings.map((f) => f.ruleId).sort()).toEqual(['missing-apology', 'missing-next-step', 'missing-thanks']);
    expect(result.findings.every((f) => f.severity === 'hint')).toBe(true);
    expect(result.verdict).toBe('ok');
  });

  it('reports the exact span, its category and a message in the UI language', () => {
    const text = 'Gracias. Obviamente, el desayuno termina a las diez.';
    const [finding] = checkTone(text, { lang: 'es', uiLang: 'en' }).findings;
    expect(finding).toMatchObject({ ruleId: 'smug-adverb', category: 'chulesco', severity: 'warning', text: 'Obviamente' });
    expect(text.slice(finding!.range.start, finding!.range.end)).toBe('Obviamente');
    expect(finding!.message).toMatch(/obvious/);
    expect(checkTone(text, { lang: 'es' }).findings[0]!.message).toMatch(/obvia/);
  });

  it('detects the language of the draft, and lets options.lang override it', () => {
    const spanish = 'Lamentamos mucho lo ocurrido. Obviamente, la piscina estaba abierta y no es culpa nuestra.';
    expect(checkTone(spanish).lang).toBe('es');
    expect(checkTone(spanish).findings.map((f) => f.ruleId)).toEqual(['smug-adverb', 'blame']);
    expect(checkTone(spanish, { lang: 'id' }).lang).toBe('id');
    expect(checkTone(spanish, { lang: 'id' }).findings).toEqual([]);
  });

  it('tolerates case, accents, inflection and common misspellings', () => {
    for (const text of ['OBVIOUSLY the pool was open.', 'obvously the pool was open.', 'Obviosly the pool was open.']) {
      expect(checkTone(text, { lang: 'en' }).findings.map((f) => f.ruleId)).toContain('smug-adverb');
    }
    expect(checkTone('Es una reseña FALSA.', { lang: 'es' }).findings.map((f) => f.ruleId)).toContain('fake-review-accusation');
    expect(checkTone('Es una resena falsa.', { lang: 'es' }).findings.map((f) => f.ruleId)).toContain('fake-review-accusation');
    expect(checkTone('Son reseñas falsas.', { lang: 'es' }).findings.map((f) => f.ruleId)).toContain('fake-review-accusation');
    expect(checkTone('We\u2019re sorry you feel that way.', { lang: 'en' }).findings.map((f) => f.ruleId)).toContain('non-apology');
  });

  it('still judges our own words inside quotation marks', () => {
    expect(checkTone('As the sign says, "obviously" no pets are allowed.', { lang: 'en' }).findings.map((f) => f.ruleId)).toContain(
      'smug-adverb',
    );
  });

  it('does not take "never stop improving" for a false absolute', () => {
    expect(checkTone('We will never stop improving.', { lang: 'en' }).findings).toEqual([]);
    expect(checkTone('This never happens here.', { lang: 'en' }).findings.map((f) => f.ruleId)).toEqual(['false-absolute']);
  });

  it('gives a pointed question one warning, not a blunt-tone one on top', () => {
    const text = 'Why did you book this room?';
    const ids = (disabledRules: string[] = []) => checkTone(text, { lang: 'en', settings: settings({ disabledRules }) }).findings.map((f) => f.ruleId);
    expect(ids()).toEqual(['direct-question']);
    // With direct-question switched off, the draft is still marked blunt.
    expect(ids(['direct-question'])).toEqual(['blunt-tone']);
    // Other blunt sentences keep their own warning.
    const two = checkTone('The review is wrong. Why are you actually complaining now?', { lang: 'en' }).findings.map((f) => `${f.ruleId}: ${f.text}`);
    expect(two).toEqual(['blunt-tone: The review is wrong.', 'direct-question: Why are you actually complaining now?']);
  });

  it('switches rules off and allows phrases from the settings', () => {
    const text = 'Obviously the pool was open. With all due respect, it was.';
    expect(checkTone(text, { lang: 'en', settings: settings({ disabledRules: ['smug-adverb'] }) }).findings.map((f) => f.ruleId)).toEqual([
      'condescending-phrase',
    ]);
    expect(
      checkTone(text, { lang: 'en', settings: settings({ allowedPhrases: ['WITH ALL DUE RESPECT'] }) }).findings.map((f) => f.ruleId),
    ).toEqual(['smug-adverb']);
  });

  it('treats missing or malformed settings lists as empty', () => {
    const partial = { disabledRules: ['smug-adverb'] } as unknown as typeof DEFAULT_TONE_SETTINGS;
    expect(checkTone('Obviously, we will refund you.', { lang: 'en', settings: partial }).findings.map((f) => f.ruleId)).toEqual([
      'unapproved-compensation',
    ]);
  });

  it('lets through only the compensation the business allows', () => {
    const text = 'We will refund you, and we would like to offer you a voucher.';
    const kinds = (allowedCompensation: string[]) =>
      checkTone(text, { lang: 'en', settings: settings({ allowedCompensation }) }).findings.map((f) => f.text);
    expect(kinds([])).toEqual(['We will refund you', 'offer you a voucher']);
    expect(kinds(['refund'])).toEqual(['offer you a voucher']);
    expect(kinds(['refund', 'voucher'])).toEqual([]);
  });

  it('applies platform rules only for the target site', () => {
    const text = 'Thank you. Our menu is at www.example.com.';
    expect(checkTone(text, { lang: 'en', site: 'tripadvisor' }).findings.map((f) => [f.ruleId, f.severity])).toEqual([['platform-link', 'error']]);
    expect(checkTone(text, { lang: 'en', site: 'google' }).findings.map((f) => [f.ruleId, f.severity])).toEqual([['platform-link', 'warning']]);
    expect(checkTone(text, { lang: 'en', site: 'instagram' }).findings).toEqual([]);
    expect(checkTone(text, { lang: 'en' }).findings).toEqual([]);
  });

  it('measures the Google limit in UTF-8 bytes, not characters', () => {
    const accented = 'é'.repeat(2100); // 2,100 characters, 4,200 bytes
    const [finding] = checkTone(accented, { lang: 'es', site: 'google' }).findings;
    expect(finding).toMatchObject({ ruleId: 'reply-length', range: { start: 2048, end: 2100 } });
    expect(checkTone(accented, { lang: 'es', site: 'tripadvisor' }).findings).toEqual([]);
  });

  it('warns before a second reply where only one is kept', () => {
    const result = checkTone('Thank you for your review.', { lang: 'en', site: 'google', context: { alreadyReplied: true } });
    expect(result.findings.map((f) => f.ruleId)).toEqual(['already-replied']);
  });
});

describe('settings and registry', () => {
  it('fills defaults from an empty object', () => {
    expect(ToneSettingsSchema.parse({})).toEqual({ disabledRules: [], allowedPhrases: [], allowedCompensation: [] });
    expect(ToneSettingsSchema.parse({ disabledRules: ['insult'] }).disabledRules).toEqual(['insult']);
    expect(ToneSettingsSchema.safeParse({ disabledRules: 'insult' }).success).toBe(false);
  });

  it('describes every rule', () => {
    for (const rule of toneRules) {
      expect(rule.description.length).toBeGreaterThan(10);
      expect(['error', 'warning', 'hint']).toContain(rule.severity);
      if (rule.category === 'courtesy') expect(rule.severity).toBe('hint');
    }
  });
});

describe('applySuggestion', () => {
  it('replaces the span, keeping the sentence capital', () => {
    const text = "We're sorry you feel that way. Please write to us.";
    const finding = checkTone(text, { lang: 'en' }).findings.find((f) => f.ruleId === 'non-apology')!;
    expect(applySuggestion(text, finding, 0)).toBe('We are sorry about what happened. Please write to us.');
  });

  it('removes a word with its comma and capitalises what follows', () => {
    const text = 'Obviously, breakfast ends at ten.';
    const finding = checkTone(text, { lang: 'en' }).findings[0]!;
    expect(finding.suggestions[0]!.label).toBe('Remove \u201cObviously\u201d');
    expect(applySuggestion(text, finding, 0)).toBe('Breakfast ends at ten.');
  });

  it('removes a word in mid-sentence without leaving a double space', () => {
    const text = 'The pool is, obviously, open until nine.';
    const finding = checkTone(text, { lang: 'en' }).findings[0]!;
    expect(applySuggestion(text, finding, 0)).toBe('The pool is open until nine.');
  });

  it('inserts a missing apology at the start', () => {
    const text = 'The pool opens at nine every morning.';
    const finding = checkTone(text, { lang: 'en', context: { commentReportsFailure: true } }).findings.find((f) => f.ruleId === 'missing-apology')!;
    expect(applySuggestion(text, finding, 0)).toBe('We are sorry about this. The pool opens at nine every morning.');
  });

  it('returns the text unchanged for a suggestion that does not exist', () => {
    const text = 'We will take legal action.';
    const finding = checkTone(text, { lang: 'en' }).findings[0]!;
    expect(applySuggestion(text, finding, 5)).toBe(text);
  });
});
