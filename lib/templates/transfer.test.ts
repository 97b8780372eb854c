import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinTemplates } from './builtin';
import { describeIssue } from './issues';
import { ReplyTemplateSchema, type ReplyTemplate } from './schema';
import { exportTemplateLibrary, importTemplateLibrary, migrateTemplateLibrary, serializeTemplateLibrary } from './transfer';
import { createTemplate, editTemplate, emptyUserLibrary, type UserTemplateLibrary } from './user-library';

function sampleLibrary(): UserTemplateLibrary {
  const created = createTemplate(builtinTemplates, emptyUserLibrary(), {
    lang: 'en',
    title: 'Pool closed',
    situations: ['negative'],
    topics: ['room'],
    sentiment: { min: -1, max: 0 },
    sites: 'all',
    tags: ['summer'],
    body: 'Thanks{{#name}}, {{name}}{{/name}}. The pool reopens on 1 June. {{action}}',
  });
  if (!created.ok) throw new Error(created.error.message);
  const overridden = editTemplate(builtinTemplates, created.library, 'en.negative.noise', { title: 'Noise, our way' });
  if (!overridden.ok) throw new Error(overridden.error.message);
  return { ...overridden.library, hidden: ['en.positive.short'] };
}

describe('export and import', () => {
  it('round-trips a library through JSON', () => {
    const library = sampleLibrary();
    const json = serializeTemplateLibrary(library);
    expect(JSON.parse(json)).toMatchObject({ format: 'composure-templates', version: 1 });
    const imported = importTemplateLibrary(emptyUserLibrary(), json, 'replace');
    expect(imported.ok && imported.library).toEqual(library);
  });

  it('round-trips any valid set of templates (property)', () => {
    const template = fc
      .record({
        slug: fc.stringMatching(/^[a-z0-9]{1,12}$/),
        lang: fc.constantFrom('en', 'es', 'id'),
        title: fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim().length > 0),
        text: fc.string({ maxLength: 200 }).filter((s) => !s.includes('{{') && !s.includes('}}')),
        withName: fc.boolean(),
      })
      .map(({ slug, lang, title, text, withName }) =>
        ReplyTemplateSchema.parse({
          id: `user.${slug}`,
          lang,
          title,
          situations: ['positive'],
          topics: [],
          sentiment: { min: 0, max: 1 },
          sites: 'all',
          urgency: [],
          tags: [],
          body: withName ? `{{#name}}{{name}}: {{/name}}${text}x` : `${text}x`,
          variables: withName ? ['name'] : [],
        }),
      );
    fc.assert(
      fc.property(fc.uniqueArray(template, { selector: (t) => t.id, maxLength: 5 }), (templates: ReplyTemplate[]) => {
        const library = { templates, hidden: [] };
        const imported = importTemplateLibrary(emptyUserLibrary(), serializeTemplateLibrary(library), 'replace');
        expect(imported.ok && imported.library).toEqual(library);
      }),
      { numRuns: 50 },
    );
  });

  it('merges: the file wins on the same id, new ones are added, hidden ids are combined', () => {
    const current = sampleLibrary();
    const incoming = {
      ...exportTemplateLibrary(current),
      templates: current.templates.map((t) => ({ ...t, title: `${t.title} v2` })),
      hidden: ['es.positive.short'],
    };
    const merged = importTemplateLibrary(current, JSON.stringify(incoming));
    expect(merged.ok).toBe(true);
    if (merged.ok) {
      expect(merged.library.templates.map((t) => t.title)).toEqual(['Pool closed v2', 'Noise, our way v2']);
      expect(merged.library.hidden).toEqual(['en.positive.short', 'es.positive.short']);
      expect(merged.replaced).toBe(2);
      expect(merged.added).toBe(0);
    }
  });
});

describe('bad files change nothing and say which entry and field is wrong', () => {
  const current = sampleLibrary();
  const snapshot = JSON.stringify(current);

  function importIssues(content: unknown): string[] {
    const result = importTemplateLibrary(current, typeof content === 'string' ? content : JSON.stringify(content));
    expect(JSON.stringify(current)).toBe(snapshot);
    expect(result.ok).toBe(false);
    return result.ok ? [] : result.issues.map(describeIssue);
  }

  const good = exportTemplateLibrary(current);

  it('reports broken JSON', () => {
    expect(importIssues('{"format": "composure-templates", ')[0]).toMatch(/^field "\(file\)": not valid JSON/);
  });

  it('reports a file of another kind', () => {
    expect(importIssues({ format: 'something-else', version: 1 })).toEqual(['field "format": expected "composure-templates", found "something-else"']);
    expect(importIssues('42')[0]).toMatch(/expected a Composure template library/);
  });

  it('reports a file from a newer version', () => {
    expect(importIssues({ ...good, version: 3 })[0]).toMatch(/^field "version": this file is version 3, made by a newer Composure/);
  });

  it('names the template and the field', () => {
    const broken = structuredClone(good);
    const second = broken.templates[1] as Record<string, unknown>;
    second.sentiment = { min: 0.5, max: -0.5 };
    expect(importIssues(broken)).toEqual([expect.stringMatching(/^template 2 \("en\.negative\.noise"\), field "sentiment\.min": min must not exceed max$/)]);
  });

  it('names a body with an unknown variable', () => {
    const broken = structuredClone(good);
    (broken.templates[0] as Record<string, unknown>).body = 'Hi {{guest}}';
    expect(importIssues(broken)[0]).toMatch(/^template 1 \("user\.en\.pool-closed"\), field "body": unknown variable "guest"/);
  });

  it('names a missing field', () => {
    const broken = structuredClone(good);
    delete (broken.templates[0] as Partial<ReplyTemplate>).lang;
    expect(importIssues(broken)[0]).toMatch(/^template 1 \("user\.en\.pool-closed"\), field "lang": /);
  });

  it('reports duplicate ids', () => {
    const broken = { ...good, templates: [good.templates[0], good.templates[0]] };
    expect(importIssues(broken)).toEqual(['template 2 ("user.en.pool-closed"), field "id": same id as template 1']);
  });
});

describe('migrateTemplateLibrary', () => {
  it('upgrades a version 0 file (a bare, hand-written array) to version 1', () => {
    const handWritten = [
      {
        id: 'user.es.terraza',
        lang: 'es',
        title: 'Terraza',
        situations: ['neutral'],
        topics: [],
        sentiment: { min: -1, max: 1 },
        sites: 'all',
        body: 'Gracias{{#name}}, {{name}}{{/name}}. Escríbenos por {{contact}}.',
      },
    ];
    const migrated = migrateTemplateLibrary(handWritten);
    expect(migrated.ok).toBe(true);
    if (migrated.ok) {
      expect(migrated.fromVersion).toBe(0);
      expect(migrated.file.version).toBe(1);
      expect(migrated.file.templates[0]).toMatchObject({ variables: ['name', 'contact'], tags: [], urgency: [] });
    }
  });

  it('passes a current file through unchanged', () => {
    const file = exportTemplateLibrary(sampleLibrary());
    const migrated = migrateTemplateLibrary(structuredClone(file));
    expect(migrated.ok && migrated.file).toEqual(file);
    expect(migrated.ok && migrated.fromVersion).toBe(1);
  });

  it('still validates a version 0 entry after upgrading it', () => {
    const migrated = migrateTemplateLibrary([{ id: 'x', lang: 'fr', title: 't', situations: ['neutral'], topics: [], sentiment: { min: 0, max: 1 }, sites: 'all', body: 'b' }]);
    expect(migrated.ok ? [] : migrated.issues.map(describeIssue)).toEqual([expect.stringMatching(/^template 1 \("x"\), field "lang": /)]);
  });
});
