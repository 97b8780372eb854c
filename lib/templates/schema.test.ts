import { describe, expect, it } from 'vitest';
import { ReplyTemplateSchema, type ReplyTemplate } from './schema';

const valid: ReplyTemplate = {
  id: 'user.en.late-checkout',
  lang: 'en',
  title: 'Late checkout question',
  situations: ['neutral'],
  topics: ['room'],
  sentiment: { min: -1, max: 1 },
  sites: ['google', 'tripadvisor'],
  urgency: [],
  tags: ['hotel'],
  body: 'Thank you{{#name}}, {{name}},{{/name}} for asking. Please write to us through {{contact}}.',
  variables: ['name', 'contact'],
};

function issuesOf(template: unknown): { path: string; message: string }[] {
  const result = ReplyTemplateSchema.safeParse(template);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe('ReplyTemplateSchema', () => {
  it('accepts a well-formed template', () => {
    expect(issuesOf(valid)).toEqual([]);
    expect(issuesOf({ ...valid, sites: 'all', topics: [] })).toEqual([]);
  });

  it.each([
    ['id', { id: 'Has Spaces' }],
    ['lang', { lang: 'fr' }],
    ['title', { title: '  ' }],
    ['situations', { situations: [] }],
    ['topics.0', { topics: ['weather'] }],
    ['sentiment.min', { sentiment: { min: 0.5, max: -0.5 } }],
    ['sites', { sites: [] }],
    ['body', { body: 'Hello {{reviewer}}' }],
    ['variables', { variables: ['name'] }],
    ['variables', { variables: ['name', 'contact', 'brand'] }],
  ])('points at %s when it is wrong', (path, patch) => {
    const issues = issuesOf({ ...valid, ...patch });
    expect(issues.map((issue) => issue.path)).toContain(path);
  });

  it('says which variables are undeclared or unused', () => {
    const issues = issuesOf({ ...valid, variables: ['name', 'brand'] });
    expect(issues[0]?.message).toBe('used but not declared: contact; declared but not used: brand');
  });
});
