import { describe, expect, it } from 'vitest';
import { builtinTemplates } from '@/lib/templates';
import { DEFAULT_TONE_SETTINGS } from '@/lib/tone';
import { checkForm, formOf } from './template-form';
import { checkTemplateTone } from './template-tone';

const calm = {
  ...formOf(null, 'en'),
  title: 'Slow check-in',
  topics: ['waiting' as const],
  sentimentMax: '0',
  body: 'Thank you{{#name}}, {{name}},{{/name}} for telling us about {{topic}}. We are sorry you waited. {{action}} {{signature}}',
};

describe('template editor form', () => {
  it('turns a valid form into a draft the library accepts', () => {
    const check = checkForm(calm, 'en');
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.draft).toMatchObject({ lang: 'en', title: 'Slow check-in', sentiment: { min: -1, max: 0 }, sites: 'all', topics: ['waiting'] });
  });

  it('puts each problem next to its field, in the UI language, without touching what was typed', () => {
    const form = { ...calm, title: '  ', sentimentMin: 'very', sentimentMax: '0.5', situations: [], allSites: false, sites: [], body: 'Hello {{#name}}' };
    const check = checkForm(form, 'es');
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(Object.keys(check.errors).sort()).toEqual(['body', 'sentimentMin', 'sites', 'situations', 'title']);
      expect(check.errors.title).toEqual(['No puede quedar vacío.']);
      expect(check.errors.sentimentMin).toEqual(['Escriba un número.']);
    }
    expect(form.title).toBe('  ');
  });

  it('reads a built-in back into the form unchanged', () => {
    const builtin = builtinTemplates.find((template) => template.id === 'es.negative.noise')!;
    const check = checkForm(formOf(builtin, 'en'), 'en');
    expect(check.ok && { ...check.draft, variables: builtin.variables, id: builtin.id }).toEqual(builtin);
  });
});

describe('template tone check', () => {
  it('blocks a smug, threatening template on every site it targets', () => {
    const check = checkForm({ ...calm, allSites: false, sites: ['tripadvisor', 'google'], body: 'Obviously you did not read the listing. Our lawyer will contact you. {{signature}}' }, 'en');
    if (!check.ok) throw new Error('form should be valid');
    const report = checkTemplateTone({ ...check.draft, id: 'user.en.x', variables: ['signature'], urgency: [], tags: [] }, DEFAULT_TONE_SETTINGS, 'en');
    const legal = report.errors.find((finding) => finding.ruleId === 'legal-threat');
    expect(legal?.sites).toEqual(['tripadvisor', 'google']);
    expect(report.preview).toContain('Daniel');
  });

  it('finds nothing serious in a calm template, and respects switched-off rules', () => {
    const check = checkForm(calm, 'en');
    if (!check.ok) throw new Error('form should be valid');
    const template = { ...check.draft, id: 'user.en.slow', variables: ['name', 'topic', 'action', 'signature'] as const, urgency: [], tags: [] };
    expect(checkTemplateTone({ ...template, variables: [...template.variables] }, DEFAULT_TONE_SETTINGS, 'en').errors).toEqual([]);

    const rude = { ...template, variables: [...template.variables], body: 'Obviously the desk was busy. {{#name}}{{name}}{{/name}}{{topic}}{{action}}{{signature}}' };
    const flagged = checkTemplateTone(rude, DEFAULT_TONE_SETTINGS, 'en').warnings.map((finding) => finding.ruleId);
    expect(flagged).toContain('smug-adverb');
    const off = checkTemplateTone(rude, { ...DEFAULT_TONE_SETTINGS, disabledRules: ['smug-adverb'] }, 'en').warnings.map((finding) => finding.ruleId);
    expect(off).not.toContain('smug-adverb');
  });

  it('leaves every built-in free of serious problems with the sample values', () => {
    const blocked = builtinTemplates.filter((template) => checkTemplateTone(template, DEFAULT_TONE_SETTINGS, 'en').errors.length > 0).map((template) => template.id);
    expect(blocked).toEqual([]);
  });

  it('skips the sites a long template does not fit on, where it is never offered, and says so', () => {
    const check = checkForm({ ...calm, allSites: false, sites: ['x', 'tripadvisor'], body: `${'We are sorry about the wait at check-in. '.repeat(10)}{{signature}}` }, 'en');
    if (!check.ok) throw new Error('form should be valid');
    const report = checkTemplateTone({ ...check.draft, id: 'user.en.long', variables: ['signature'], urgency: [], tags: [] }, DEFAULT_TONE_SETTINGS, 'en');
    expect(report.tooLongFor).toEqual(['x']);
    expect(report.checkedSites).toEqual(['tripadvisor']);
    expect([...report.errors, ...report.warnings].every((finding) => finding.sites.every((site) => site === 'tripadvisor'))).toBe(true);
  });
});
