import { describe, expect, it } from 'vitest';
import { builtinTemplates } from './builtin';
import type { ReplyTemplate } from './schema';
import {
  createTemplate,
  deleteTemplate,
  duplicateTemplate,
  editTemplate,
  effectiveTemplates,
  emptyUserLibrary,
  resetBuiltin,
  searchTemplates,
  setBuiltinHidden,
  tagTemplate,
  type LibraryResult,
  type TemplateDraft,
  type UserTemplateLibrary,
} from './user-library';

const draft: TemplateDraft = {
  lang: 'es',
  title: 'Terraza cerrada por obras',
  situations: ['negative'],
  topics: ['room'],
  sentiment: { min: -1, max: 0 },
  sites: ['google', 'tripadvisor'],
  body: 'Gracias{{#name}}, {{name}},{{/name}} por avisarnos. La terraza está en obras hasta junio. {{action}}',
};

function ok(result: LibraryResult): { library: UserTemplateLibrary; template?: ReplyTemplate } {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message} ${JSON.stringify(result.error.issues)}`);
  return result;
}

describe('user library', () => {
  it('creates a template with a readable unique id and variables read from the body', () => {
    const first = ok(createTemplate(builtinTemplates, emptyUserLibrary(), draft));
    expect(first.template?.id).toBe('user.es.terraza-cerrada-por-obras');
    expect(first.template?.variables).toEqual(['name', 'action']);
    const second = ok(createTemplate(builtinTemplates, first.library, draft));
    expect(second.template?.id).toBe('user.es.terraza-cerrada-por-obras-2');
    expect(second.library.templates).toHaveLength(2);
  });

  it('refuses an invalid template and says which field is wrong, leaving the library as it was', () => {
    const library = emptyUserLibrary();
    const result = createTemplate(builtinTemplates, library, { ...draft, body: 'Hola {{nombre}}' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_template');
      expect(result.error.issues[0]).toMatchObject({ field: 'body' });
      expect(result.error.issues[0]?.message).toMatch(/unknown variable "nombre"/);
    }
    expect(library).toEqual(emptyUserLibrary());
  });

  it('refuses an id that a built-in or another template already uses', () => {
    const result = createTemplate(builtinTemplates, emptyUserLibrary(), { ...draft, id: 'es.negative.room' });
    expect(result.ok ? null : result.error.code).toBe('id_taken');
  });

  it('edits a user template in place', () => {
    const { library, template } = ok(createTemplate(builtinTemplates, emptyUserLibrary(), draft));
    const edited = ok(editTemplate(builtinTemplates, library, template?.id ?? '', { body: 'Gracias por avisarnos. {{contact}}' }));
    expect(edited.library.templates).toHaveLength(1);
    expect(edited.template?.variables).toEqual(['contact']);
  });

  it('overrides a built-in without destroying it, and can restore it', () => {
    const original = builtinTemplates.find((t) => t.id === 'en.negative.noise');
    const edited = ok(editTemplate(builtinTemplates, emptyUserLibrary(), 'en.negative.noise', { title: 'Noise (our wording)' }));
    const effective = effectiveTemplates(builtinTemplates, edited.library);
    expect(effective.filter((t) => t.id === 'en.negative.noise').map((t) => t.title)).toEqual(['Noise (our wording)']);
    expect(effective).toHaveLength(builtinTemplates.length);
    expect(builtinTemplates.find((t) => t.id === 'en.negative.noise')).toBe(original);
    const restored = ok(resetBuiltin(builtinTemplates, edited.library, 'en.negative.noise'));
    expect(effectiveTemplates(builtinTemplates, restored.library).find((t) => t.id === 'en.negative.noise')?.title).toBe(original?.title);
  });

  it('hides and shows a built-in, and refuses to delete one', () => {
    const hidden = ok(setBuiltinHidden(builtinTemplates, emptyUserLibrary(), 'en.positive.short', true));
    expect(effectiveTemplates(builtinTemplates, hidden.library).some((t) => t.id === 'en.positive.short')).toBe(false);
    const shown = ok(setBuiltinHidden(builtinTemplates, hidden.library, 'en.positive.short', false));
    expect(effectiveTemplates(builtinTemplates, shown.library).some((t) => t.id === 'en.positive.short')).toBe(true);
    const deleted = deleteTemplate(builtinTemplates, emptyUserLibrary(), 'en.positive.short');
    expect(deleted.ok ? null : deleted.error.code).toBe('builtin_cannot_be_deleted');
  });

  it('deletes a user template, and deleting an override brings the built-in back', () => {
    const { library, template } = ok(createTemplate(builtinTemplates, emptyUserLibrary(), draft));
    expect(ok(deleteTemplate(builtinTemplates, library, template?.id ?? '')).library.templates).toEqual([]);
    const overridden = ok(editTemplate(builtinTemplates, emptyUserLibrary(), 'id.positive.short', { tags: ['promo'] }));
    const back = ok(deleteTemplate(builtinTemplates, overridden.library, 'id.positive.short'));
    expect(effectiveTemplates(builtinTemplates, back.library).find((t) => t.id === 'id.positive.short')?.tags).toEqual(['kak']);
    expect(deleteTemplate(builtinTemplates, emptyUserLibrary(), 'nope').ok).toBe(false);
  });

  it('duplicates a built-in as an editable copy with a new id', () => {
    const { template } = ok(duplicateTemplate(builtinTemplates, emptyUserLibrary(), 'en.negative.food'));
    expect(template?.id).toBe('user.en.food-and-drink-complaint-copy');
    expect(template?.body).toBe(builtinTemplates.find((t) => t.id === 'en.negative.food')?.body);
  });

  it('adds and removes tags without duplicates', () => {
    const tagged = ok(tagTemplate(builtinTemplates, emptyUserLibrary(), 'es.negative.food', ['restaurante', 'tú', 'restaurante']));
    expect(tagged.template?.tags).toEqual(['tú', 'restaurante']);
    const untagged = ok(tagTemplate(builtinTemplates, tagged.library, 'es.negative.food', [], ['TÚ']));
    expect(untagged.template?.tags).toEqual(['restaurante']);
  });
});

describe('searchTemplates', () => {
  it('matches all words, ignoring case and accents', () => {
    const ids = searchTemplates(builtinTemplates, { text: 'habitacion MANTENIMIENTO' }).map((t) => t.id);
    expect(ids).toEqual(['es.negative.room']);
  });

  it('filters by language, situation, topic, site and tag', () => {
    const found = searchTemplates(builtinTemplates, { lang: 'id', situation: 'negative', topic: 'delivery', site: 'x', tags: ['KAK'] });
    expect(found.length).toBeGreaterThan(0);
    for (const template of found) {
      expect(template.lang).toBe('id');
      expect(template.tags).toContain('kak');
      expect(template.sites).toBe('all');
    }
    expect(searchTemplates(builtinTemplates, { text: 'zzzz-no-such-word' })).toEqual([]);
  });
});
