import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
// Straight from the modules, not the index: whoever loads the library (background, panel) should not
// pull in the built-in templates with it.
import { exportTemplateLibrary, migrateTemplateLibrary, type TemplateLibraryFile } from '../templates/transfer';
import { emptyUserLibrary, type UserTemplateLibrary } from '../templates/user-library';

/**
 * The user's own templates (and hidden built-ins), stored in the same versioned format as an export
 * file, so that reading it back runs the same migrations and validation as an import.
 */
export const templateLibraryItem = storage.defineItem<TemplateLibraryFile>('local:templateLibrary', {
  fallback: exportTemplateLibrary(emptyUserLibrary()),
  version: 1,
});

/** The stored library, upgraded to the current format; an empty one when the stored value is damaged. */
export async function loadTemplateLibrary(): Promise<UserTemplateLibrary> {
  const migrated = migrateTemplateLibrary(await templateLibraryItem.getValue());
  return migrated.ok ? { templates: migrated.file.templates, hidden: migrated.file.hidden } : emptyUserLibrary();
}

export async function saveTemplateLibrary(library: UserTemplateLibrary): Promise<void> {
  await templateLibraryItem.setValue(exportTemplateLibrary(library));
}

/**
 * Why the user saved a template although the tone checker found a serious problem in it: kept as a
 * record next to the library (the template format has no place for it), keyed by template id.
 */
export const ToneOverrideSchema = z.object({
  reason: z.string().trim().min(1).max(500),
  /** The error rules the user chose to overrule. */
  ruleIds: z.array(z.string().max(100)).min(1),
  /** Epoch ms. */
  at: z.number().int().nonnegative(),
});
export type ToneOverride = z.infer<typeof ToneOverrideSchema>;
export const ToneOverridesSchema = z.record(z.string(), ToneOverrideSchema);

export const templateToneOverridesItem = storage.defineItem<Record<string, ToneOverride>>('local:templateToneOverrides', { fallback: {}, version: 1 });

export async function loadTemplateToneOverrides(): Promise<Record<string, ToneOverride>> {
  const parsed = ToneOverridesSchema.safeParse(await templateToneOverridesItem.getValue());
  return parsed.success ? parsed.data : {};
}
