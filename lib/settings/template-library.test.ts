import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { builtinTemplates, createTemplate, emptyUserLibrary, setBuiltinHidden } from '../templates';
import { loadTemplateLibrary, loadTemplateToneOverrides, saveTemplateLibrary, templateLibraryItem, templateToneOverridesItem } from './template-library';

afterEach(() => fakeBrowser.reset());

function ownLibrary() {
  const created = createTemplate(builtinTemplates, emptyUserLibrary(), {
    lang: 'en',
    title: 'Thanks for the tip',
    situations: ['positive'],
    topics: [],
    sentiment: { min: 0, max: 1 },
    sites: 'all',
    body: 'Thank you{{#name}}, {{name}},{{/name}} for the tip. {{signature}}',
  });
  if (!created.ok) throw new Error(created.error.message);
  const hidden = setBuiltinHidden(builtinTemplates, created.library, 'en.positive.warm', true);
  if (!hidden.ok) throw new Error(hidden.error.message);
  return hidden.library;
}

describe('template library storage', () => {
  it('is empty until the user adds something', async () => {
    expect(await loadTemplateLibrary()).toEqual(emptyUserLibrary());
  });

  it('stores the library in the versioned export format and reads it back', async () => {
    const library = ownLibrary();
    await saveTemplateLibrary(library);
    expect(await templateLibraryItem.getValue()).toMatchObject({ format: 'composure-templates', version: 1 });
    expect(await loadTemplateLibrary()).toEqual(library);
  });

  it('upgrades a library stored in an older format', async () => {
    // Version 0: a bare array, variables left out.
    await fakeBrowser.storage.local.set({
      templateLibrary: [
        { id: 'user.en.hello', lang: 'en', title: 'Hello', situations: ['neutral'], topics: [], sentiment: { min: -1, max: 1 }, sites: 'all', body: 'Hello {{name}}.' },
      ],
    });
    const loaded = await loadTemplateLibrary();
    expect(loaded.templates.map((t) => [t.id, t.variables])).toEqual([['user.en.hello', ['name']]]);
  });

  it('falls back to an empty library when the stored value is damaged', async () => {
    await fakeBrowser.storage.local.set({ templateLibrary: { format: 'composure-templates', version: 1, templates: [{ id: 'BAD ID' }] } });
    expect(await loadTemplateLibrary()).toEqual(emptyUserLibrary());
  });

  it('keeps the reasons given for overruling the tone checker, dropping damaged ones', async () => {
    await templateToneOverridesItem.setValue({ 'user.en.x': { reason: 'Legal approved this wording', ruleIds: ['legal-threat'], at: 1 } });
    expect(await loadTemplateToneOverrides()).toEqual({ 'user.en.x': { reason: 'Legal approved this wording', ruleIds: ['legal-threat'], at: 1 } });
    await fakeBrowser.storage.local.set({ templateToneOverrides: { 'user.en.x': { reason: '' } } });
    expect(await loadTemplateToneOverrides()).toEqual({});
  });
});
