/**
 * Every built-in template, as the user would see it, passes the tone checker with zero findings in its
 * language and on every platform it targets.
 *
 * Two drafts per template: filled with realistic values, and bare (anonymous reviewer, nothing configured).
 * The bare draft shows gaps such as "[what we will do]"; the checker must flag exactly those gaps (so an
 * unfilled draft cannot be posted by mistake) and nothing else.
 */
import { describe, expect, it } from 'vitest';
import { checkTone, type Finding } from '../tone/index';
import { builtinTemplates } from './builtin';
import { fillTemplate } from './fill';
import { templateSites } from './schema';
import { BARE_SAMPLE, FULL_SAMPLE } from './testing/samples';
import { GAP_LABELS } from './variables';

function describeFindings(findings: readonly Finding[]): string {
  return findings.map((f) => `${f.ruleId} (${f.severity}) on "${f.text}"`).join('; ');
}

describe('built-in templates pass the tone checker', () => {
  for (const template of builtinTemplates) {
    it(`${template.id}`, () => {
      const filled = fillTemplate(template, FULL_SAMPLE[template.lang]);
      expect(filled.missing).toEqual([]);
      const bare = fillTemplate(template, BARE_SAMPLE);
      const gapLabels = new Set(bare.missing.map((variable) => GAP_LABELS[template.lang][variable]));

      for (const site of templateSites(template)) {
        const full = checkTone(filled.filled, { lang: template.lang, site });
        expect(full.findings, `${site}, filled: ${describeFindings(full.findings)}\n${filled.filled}`).toEqual([]);

        const { findings } = checkTone(bare.filled, { lang: template.lang, site });
        const gapFindings = findings.filter((f) => f.ruleId === 'unfilled-placeholder' && gapLabels.has(f.text));
        const others = findings.filter((f) => !gapFindings.includes(f));
        expect(others, `${site}, with gaps: ${describeFindings(others)}\n${bare.filled}`).toEqual([]);
        expect(new Set(gapFindings.map((f) => f.text))).toEqual(gapLabels);
      }
    });
  }
});

describe('replies to complaints apologise', () => {
  // Escalations are left out on purpose: a formal or legal complaint is acknowledged, not pre-judged.
  const answersAFailure = builtinTemplates.filter((t) => t.situations.some((s) => s === 'negative' || s === 'mixed'));
  const comment = { en: 'The shower was broken all week.', es: 'La ducha estuvo rota toda la semana.', id: 'Shower rusak selama seminggu.' };

  for (const template of answersAFailure) {
    it(`${template.id}`, () => {
      for (const vars of [FULL_SAMPLE[template.lang], BARE_SAMPLE]) {
        const { filled } = fillTemplate(template, vars);
        const { findings } = checkTone(filled, {
          lang: template.lang,
          context: { commentText: comment[template.lang], commentReportsFailure: true },
        });
        expect(findings.filter((f) => f.ruleId === 'missing-apology' || f.ruleId === 'missing-thanks')).toEqual([]);
      }
    });
  }
});
