/** The shipped library: valid, complete, unique, within every platform's limits, and free of phrasing rules forbid. */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../lang';
import type { SiteId } from '../sites/site-ids';
import { TOPIC_IDS } from '../topics';
import { builtinTemplates } from './builtin';
import { fillTemplate } from './fill';
import { REPLY_LENGTH_LIMITS, fitsSite, replyLength } from './limits';
import { ReplyTemplateSchema, SITUATIONS, TEMPLATE_ID_PATTERN, templateSites } from './schema';
import { BARE_SAMPLE, FULL_SAMPLE, SHORT_SAMPLE } from './testing/samples';
import { TEMPLATE_VARIABLES, type TemplateVars } from './variables';

const SHORT_LIMIT_SITES: readonly SiteId[] = ['x', 'googleplay'];

describe('built-in library', () => {
  it('is valid against the schema', () => {
    for (const template of builtinTemplates) {
      const result = ReplyTemplateSchema.safeParse(template);
      expect(result.success, `${template.id}: ${result.success ? '' : result.error.message}`).toBe(true);
    }
  });

  it('has unique ids that start with the language and follow the id pattern', () => {
    const ids = builtinTemplates.map((template) => template.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const template of builtinTemplates) {
      expect(template.id).toMatch(TEMPLATE_ID_PATTERN);
      expect(template.id.startsWith(`${template.lang}.`)).toBe(true);
    }
  });

  it('has at least 30 templates per language', () => {
    for (const lang of LANGS) expect(builtinTemplates.filter((t) => t.lang === lang).length).toBeGreaterThanOrEqual(30);
  });

  it('covers every topic with a complaint template, and every situation, in every language', () => {
    for (const lang of LANGS) {
      const own = builtinTemplates.filter((t) => t.lang === lang);
      for (const topic of TOPIC_IDS) {
        const found = own.some((t) => t.situations.includes('negative') && t.topics.includes(topic));
        expect(found, `${lang}: no complaint template for ${topic}`).toBe(true);
      }
      for (const situation of SITUATIONS) {
        expect(own.some((t) => t.situations.includes(situation)), `${lang}: nothing for ${situation}`).toBe(true);
      }
      for (const signal of ['legal', 'health_safety', 'discrimination', 'privacy']) {
        expect(own.some((t) => t.situations.includes('escalation') && t.urgency.includes(signal)), `${lang}: ${signal}`).toBe(true);
      }
    }
  });

  it('offers the same set of situations in each language, so no language gets a thinner library', () => {
    const shape = (lang: string) =>
      builtinTemplates
        .filter((t) => t.lang === lang)
        .map((t) => t.id.slice(lang.length + 1))
        .sort();
    expect(shape('es')).toEqual(shape('en'));
    expect(shape('id')).toEqual(shape('en'));
  });

  it('has no duplicate tags, topics, situations or sites inside a template', () => {
    for (const template of builtinTemplates) {
      for (const list of [template.tags, template.topics, template.situations, template.urgency, templateSites(template)]) {
        expect(new Set(list).size, template.id).toBe(list.length);
      }
    }
  });

  it('never has two templates with the same body', () => {
    const bodies = builtinTemplates.map((template) => template.body);
    expect(new Set(bodies).size).toBe(bodies.length);
  });
});

describe('length limits', () => {
  const longest: TemplateVars = Object.fromEntries(
    TEMPLATE_VARIABLES.map((variable) => [variable, variable === 'name' ? 'Bartholomew' : 'é'.repeat(lengthCap(variable))]),
  );

  function lengthCap(variable: string): number {
    return { name: 30, brand: 80, signature: 60, role: 60, topic: 60, contact: 120, action: 400, fix: 400, what_happened: 400, update_time: 100 }[variable] ?? 0;
  }

  it('fits every target platform even with every value at its longest (two-byte characters included)', () => {
    for (const template of builtinTemplates.filter((t) => t.sites !== 'all')) {
      const { filled } = fillTemplate(template, longest);
      for (const site of templateSites(template)) {
        const limit = REPLY_LENGTH_LIMITS[site];
        expect(fitsSite(filled, site), `${template.id} on ${site}: ${replyLength(filled, limit.unit)} > ${limit.max}`).toBe(true);
      }
    }
  });

  it('short templates fit X and Google Play with what a social media manager types, and with gaps showing', () => {
    for (const template of builtinTemplates.filter((t) => t.sites === 'all')) {
      for (const vars of [SHORT_SAMPLE[template.lang], BARE_SAMPLE]) {
        const { filled } = fillTemplate(template, vars);
        for (const site of SHORT_LIMIT_SITES) expect(fitsSite(filled, site), `${template.id} on ${site}: ${filled}`).toBe(true);
      }
    }
  });

  it('templates meant for long-form sites do not target X or Google Play', () => {
    for (const template of builtinTemplates.filter((t) => t.sites !== 'all')) {
      const { filled } = fillTemplate(template, FULL_SAMPLE[template.lang]);
      if ([...filled].length > REPLY_LENGTH_LIMITS.x.max) expect(templateSites(template)).not.toContain('x');
    }
  });
});

/**
 * Platform rules and tone principles that hold whatever the tone checker does: these are the brief's own
 * "never" list, checked on every template as the user would see it (filled, and with gaps).
 */
describe('platform rules and tone principles', () => {
  const FORBIDDEN: Record<string, RegExp> = {
    link: /https?:\/\/|www\.|\b[a-z0-9-]+\.(com|net|org|io)\b/i,
    email: /\S+@\S+\.\S+/,
    shouting: /!!|\?\?|\b[A-Z]{4,}\b/,
    list: /^\s*([-*•]|\d+[.)])\s/m,
    incentive: /\b(change|remove|delete|update|edit)\w*\b.{0,40}\b(review|rating)\b|\b(cambi|borr|elimin|modifi)\w*\b.{0,40}\b(reseña|opinión|valoración)|\b(ubah|hapus|ganti)\w*\b.{0,40}\b(ulasan|rating)/i,
    accusation: /\b(fake|lying|liar|competitor|falsa|mient|competencia|palsu|bohong|pesaing)\b/i,
    threat: /\b(lawyer|legal action|sue|abogad|demanda|pengacara|tuntut)\w*/i,
    'not an apology': /sorry you feel|sorry if|sentimos que (usted )?(se )?sienta|lamentamos si|maaf jika anda merasa/i,
    condescension: /\b(obviously|clearly|simply|actually|of course|evidentemente|obviamente|simplemente|por supuesto|jelas|tentu saja|sebenarnya)\b/i,
    'absolute claim': /\b(never|always|guarantee\w*|100%|nunca|siempre|garantiza\w*|tidak pernah|selalu|dijamin|menjamin)\b/i,
    compensation: /\b(refund you|free night|voucher|discount|descuento|compensaci|cupón|diskon|kompensasi|gratis)\b/i,
  };

  for (const template of builtinTemplates) {
    it(`${template.id} breaks none of them`, () => {
      for (const vars of [FULL_SAMPLE[template.lang], BARE_SAMPLE]) {
        const { filled } = fillTemplate(template, vars);
        for (const [rule, pattern] of Object.entries(FORBIDDEN)) {
          expect(pattern.test(filled), `${rule}: ${filled.match(pattern)?.[0]}`).toBe(false);
        }
        expect(filled).not.toMatch(/\{\{|\}\}/);
        expect(filled).not.toMatch(/ {2}|\s[,.;:]|,,|\.\./);
      }
    });
  }
});
