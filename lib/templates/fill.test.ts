import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinTemplates } from './builtin';
import { fillTemplate } from './fill';
import type { ReplyTemplate } from './schema';
import { BARE_SAMPLE, FULL_SAMPLE } from './testing/samples';
import { TEMPLATE_VARIABLES } from './variables';

function builtin(id: string): ReplyTemplate {
  const template = builtinTemplates.find((t) => t.id === id);
  if (!template) throw new Error(`no template ${id}`);
  return template;
}

describe('fillTemplate', () => {
  it('fills every variable and reports nothing missing when all are given', () => {
    const result = fillTemplate(builtin('en.negative.cleanliness'), FULL_SAMPLE.en);
    expect(result.missing).toEqual([]);
    expect(result.filled).toContain('Maria, thank you for telling us plainly about the stained towels.');
    expect(result.filled).toContain('through our guest relations inbox');
    expect(result.filled).toMatch(/Daniel, Guest Relations Manager, Hotel Miramar$/);
    expect(result.filled).not.toContain('Lopez');
  });

  it('drops the name gracefully when the reviewer is anonymous, in every language', () => {
    for (const id of ['en.negative.cleanliness', 'es.negative.staff', 'id.negative.delivery', 'en.positive.short']) {
      const { filled } = fillTemplate(builtin(id), { ...FULL_SAMPLE[builtin(id).lang], name: 'A Google User' });
      expect(filled).not.toMatch(/Google User|\[first name\]|\[nombre\]|\[nama depan\]/);
      expect(filled).not.toMatch(/ {2}|\s[,.]|,,|^[,.\s]/);
      expect(filled.charAt(0)).toBe(filled.charAt(0).toUpperCase());
    }
    expect(fillTemplate(builtin('en.negative.cleanliness'), BARE_SAMPLE).filled).toMatch(/^Thank you for telling us plainly/);
    expect(fillTemplate(builtin('id.negative.delivery'), BARE_SAMPLE).filled).toMatch(/^Halo Kak, mohon maaf/);
  });

  it('shows a visible gap, and lists it as missing, instead of inventing what the business will do', () => {
    const { filled, missing } = fillTemplate(builtin('es.negative.billing'), { contact: 'nuestro buzón' });
    expect(filled).toContain('[lo que vamos a hacer]');
    expect(missing).toEqual(['action']);
  });

  it('uses the fallback sign-off when only the business name is known', () => {
    const { filled } = fillTemplate(builtin('en.negative.noise'), { brand: 'Hotel Miramar' });
    expect(filled).toMatch(/\n\nThe team at Hotel Miramar$/);
    expect(fillTemplate(builtin('en.negative.noise'), {}).filled).not.toMatch(/team at|\n$/);
  });

  it('refuses a contact channel with a link, email or phone number and shows the gap instead', () => {
    const { filled, missing, rejected } = fillTemplate(builtin('en.ask-details.short'), { contact: 'care@miramar.com' });
    expect(filled).not.toContain('care@miramar.com');
    expect(filled).toContain('[private channel]');
    expect(missing).toEqual(['contact']);
    expect(rejected).toEqual([{ variable: 'contact', problem: 'email' }]);
  });

  it('asks for the named person in an escalation when no signature is configured', () => {
    const { filled, missing } = fillTemplate(builtin('en.escalation.formal-complaint'), { contact: 'our complaints inbox' });
    expect(filled).toContain('My name is [your name], [your role], and I am handling');
    expect(missing).toEqual(expect.arrayContaining(['signature', 'role', 'action']));
  });

  it('contracts the Spanish article where a value meets a preposition, but not in a name', () => {
    expect(fillTemplate(builtin('es.negative.noise'), {}).filled).toMatch(/^Gracias por contarnos lo del ruido\./);
    expect(fillTemplate(builtin('es.negative.noise'), {}).filled).toContain('de dónde venía el ruido');
    expect(fillTemplate(builtin('es.disputed.details-differ'), { brand: 'El Faro' }).filled).toContain('ofrecemos en El Faro');
    expect(fillTemplate(builtin('es.positive.keep-doing'), { brand: 'El Faro' }).filled).toContain('otra vez en El Faro');
  });

  it('treats blank values as not given', () => {
    const { missing } = fillTemplate(builtin('en.negative.short'), { contact: '   ', action: '' });
    expect(missing).toEqual(['contact', 'action']);
  });
});

describe('fillTemplate properties', () => {
  const anyValue = fc.option(fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom('see www.example.com', 'mail me at a@b.co', '+62 812 3456 7890', '{{name}}')), { nil: undefined });
  const anyVars = fc.record(Object.fromEntries(TEMPLATE_VARIABLES.map((variable) => [variable, anyValue])) as Record<(typeof TEMPLATE_VARIABLES)[number], typeof anyValue>);

  it('never lets a link, an email or a phone number into a draft, whatever the values', () => {
    fc.assert(
      fc.property(fc.constantFrom(...builtinTemplates), anyVars, (template, vars) => {
        const { filled, missing } = fillTemplate(template, vars);
        expect(filled).not.toMatch(/www\.example\.com|a@b\.co|812 3456/);
        expect(filled.trim()).toBe(filled);
        for (const variable of missing) expect(template.variables).toContain(variable);
      }),
      { numRuns: 300 },
    );
  });
});
