import { describe, expect, it } from 'vitest';
import { LANGS } from '../lang';
import { checkTone } from './check';
import { POLITE_REPLIES } from './fixtures/polite-replies';
import { toneRules } from './rules/index';

function findingsOf(text: string, options: Parameters<typeof checkTone>[1]): string[] {
  return checkTone(text, options).findings.map((f) => `${f.ruleId}: "${f.text}"`);
}

describe('polite, honest replies get zero findings', () => {
  for (const lang of LANGS) {
    for (const reply of POLITE_REPLIES[lang]) {
      it(`${lang}: ${reply}`, () => {
        expect(findingsOf(reply, { lang })).toEqual([]);
        expect(findingsOf(reply, { lang, site: 'tripadvisor' })).toEqual([]);
        expect(findingsOf(reply, {})).toEqual([]); // with the language detected
      });
    }
    it(`${lang}: all of them together, as one long reply`, () => {
      expect(findingsOf(POLITE_REPLIES[lang].join(' '), { lang, site: 'google' })).toEqual([]);
    });
  }

  it('every valid rule example is clean under every rule, language detected', () => {
    for (const rule of toneRules) {
      for (const example of rule.examples.valid) {
        if (example.context || example.settings) continue; // those depend on what they configure
        const flagged = checkTone(example.text, { site: example.site }).findings.filter((f) => f.category !== 'courtesy');
        expect([rule.id, example.text, flagged.map((f) => f.ruleId)]).toEqual([rule.id, example.text, []]);
      }
    }
  });
});
