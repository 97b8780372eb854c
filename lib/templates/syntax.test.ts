import { describe, expect, it } from 'vitest';
import { parseBody, renderNodes, requiredVariablesIn, tidy, variablesIn } from './syntax';

function render(body: string, values: Record<string, string>): string {
  const parsed = parseBody(body);
  if (!parsed.ok) throw new Error(parsed.error);
  return tidy(renderNodes(parsed.nodes, (name) => values[name] ?? null, (name) => `[${name}]`));
}

describe('template body syntax', () => {
  it('keeps a section only when its variable has a value, and an inverted one only when it has none', () => {
    const body = 'Thank you{{#name}}, {{name}},{{/name}} for writing.{{^name}} (anonymous){{/name}}';
    expect(render(body, { name: 'Ana' })).toBe('Thank you, Ana, for writing.');
    expect(render(body, {})).toBe('Thank you for writing. (anonymous)');
  });

  it('renders nested sections', () => {
    const body = '{{#signature}}{{signature}}{{#role}}, {{role}}{{/role}}{{/signature}}';
    expect(render(body, { signature: 'Ana', role: 'Manager' })).toBe('Ana, Manager');
    expect(render(body, { signature: 'Ana' })).toBe('Ana');
    expect(render(body, { role: 'Manager' })).toBe('');
  });

  it('shows a gap for an unguarded variable without a value', () => {
    expect(render('Here is the plan: {{action}}', {})).toBe('Here is the plan: [action]');
  });

  it('tells required variables from optional ones', () => {
    const parsed = parseBody('{{#name}}Hi {{name}}. {{/name}}{{action}} {{#brand}}{{contact}}{{/brand}}');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(variablesIn(parsed.nodes)).toEqual(['name', 'action', 'brand', 'contact']);
    expect(requiredVariablesIn(parsed.nodes)).toEqual(['action', 'contact']);
  });

  it.each([
    ['Hello {{nmae}}', /unknown variable "nmae"/],
    ['{{#name}}Hello', /never closed/],
    ['Hello{{/name}}', /not open/],
    ['{{#name}}{{#brand}}x{{/name}}{{/brand}}', /not open/],
    ['Hello {{ name', /stray/],
  ])('rejects a malformed body: %s', (body, message) => {
    const parsed = parseBody(body);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  it('tidies what dropped sections leave behind', () => {
    expect(tidy('  Thanks  , Ana .\n\n\n\nBye  ')).toBe('Thanks, Ana.\n\nBye');
  });
});
