/**
 * Import and export of a template library as JSON, with a version number and migrations, so a file made
 * today still opens after the format changes. Nothing here mutates: a bad file yields issues and the
 * caller keeps its library as it was.
 */
import { z } from 'zod';
import { fromZodIssues, type FieldIssue } from './issues';
import { ReplyTemplateSchema, type ReplyTemplate } from './schema';
import { parseBody, variablesIn } from './syntax';
import type { UserTemplateLibrary } from './user-library';

export const TEMPLATE_LIBRARY_FORMAT = 'composure-templates';
export const TEMPLATE_LIBRARY_VERSION = 1;

export const TemplateLibraryFileSchema = z.object({
  format: z.literal(TEMPLATE_LIBRARY_FORMAT),
  version: z.literal(TEMPLATE_LIBRARY_VERSION),
  templates: z.array(ReplyTemplateSchema),
  /** Built-in ids the user hid. */
  hidden: z.array(z.string()).default([]),
});
export type TemplateLibraryFile = z.infer<typeof TemplateLibraryFileSchema>;

export type MigrationResult = { ok: true; file: TemplateLibraryFile; fromVersion: number } | { ok: false; issues: FieldIssue[] };

export function exportTemplateLibrary(library: UserTemplateLibrary): TemplateLibraryFile {
  return { format: TEMPLATE_LIBRARY_FORMAT, version: TEMPLATE_LIBRARY_VERSION, templates: library.templates, hidden: library.hidden };
}

export function serializeTemplateLibrary(library: UserTemplateLibrary): string {
  return `${JSON.stringify(exportTemplateLibrary(library), null, 2)}\n`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Version 0 is a bare array of templates, as people write by hand or copy from the README: `variables`,
 * `urgency` and `tags` may be left out. Upgrading fills them in; the schema then checks everything else.
 */
function upgradeFromV0(entries: unknown[]): Record<string, unknown> {
  const templates = entries.map((entry) => {
    if (!isRecord(entry)) return entry;
    const parsed = typeof entry.body === 'string' ? parseBody(entry.body) : null;
    return {
      urgency: [],
      tags: [],
      ...(parsed?.ok && entry.variables === undefined ? { variables: variablesIn(parsed.nodes) } : {}),
      ...entry,
    };
  });
  return { format: TEMPLATE_LIBRARY_FORMAT, version: 1, templates, hidden: [] };
}

function duplicateIdIssues(templates: readonly ReplyTemplate[]): FieldIssue[] {
  const firstIndex = new Map<string, number>();
  const issues: FieldIssue[] = [];
  templates.forEach((template, entry) => {
    const first = firstIndex.get(template.id);
    if (first === undefined) firstIndex.set(template.id, entry);
    else issues.push({ entry, templateId: template.id, field: 'id', message: `same id as template ${first + 1}` });
  });
  return issues;
}

/** Validates any parsed JSON value and upgrades it to the current file version. */
export function migrateTemplateLibrary(raw: unknown): MigrationResult {
  let candidate: unknown = raw;
  let fromVersion: number = TEMPLATE_LIBRARY_VERSION;
  if (Array.isArray(raw)) {
    fromVersion = 0;
    candidate = upgradeFromV0(raw);
  } else if (!isRecord(raw)) {
    return { ok: false, issues: [{ field: '(file)', message: 'expected a Composure template library (a JSON object)' }] };
  } else if (raw.format !== TEMPLATE_LIBRARY_FORMAT) {
    return { ok: false, issues: [{ field: 'format', message: `expected "${TEMPLATE_LIBRARY_FORMAT}", found ${JSON.stringify(raw.format ?? null)}` }] };
  } else if (typeof raw.version !== 'number' || !Number.isInteger(raw.version) || raw.version < 1) {
    return { ok: false, issues: [{ field: 'version', message: `expected a version number, found ${JSON.stringify(raw.version ?? null)}` }] };
  } else if (raw.version > TEMPLATE_LIBRARY_VERSION) {
    return {
      ok: false,
      issues: [{ field: 'version', message: `this file is version ${raw.version}, made by a newer Composure; this one reads up to ${TEMPLATE_LIBRARY_VERSION}` }],
    };
  }

  const check = TemplateLibraryFileSchema.safeParse(candidate);
  if (!check.success) {
    const entries = isRecord(candidate) && Array.isArray(candidate.templates) ? candidate.templates : [];
    const issues = fromZodIssues(check.error.issues, (path) => {
      if (path[0] !== 'templates' || typeof path[1] !== 'number') return { rest: path };
      const entry = path[1];
      const value: unknown = entries[entry];
      const templateId = isRecord(value) && typeof value.id === 'string' ? value.id : undefined;
      return { entry, ...(templateId ? { templateId } : {}), rest: path.slice(2) };
    });
    return { ok: false, issues };
  }
  const duplicates = duplicateIdIssues(check.data.templates);
  if (duplicates.length > 0) return { ok: false, issues: duplicates };
  return { ok: true, file: check.data, fromVersion };
}

export type ImportMode = 'merge' | 'replace';

export type ImportResult =
  | { ok: true; library: UserTemplateLibrary; added: number; replaced: number; fromVersion: number }
  | { ok: false; issues: FieldIssue[] };

/**
 * Reads a library file. `merge` adds its templates to the user's (same id: the file wins) and unions the
 * hidden built-ins; `replace` makes the file the whole user library.
 */
export function importTemplateLibrary(current: UserTemplateLibrary, json: string, mode: ImportMode = 'merge'): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return { ok: false, issues: [{ field: '(file)', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  const migrated = migrateTemplateLibrary(raw);
  if (!migrated.ok) return migrated;
  const { templates, hidden } = migrated.file;
  if (mode === 'replace') {
    return { ok: true, library: { templates, hidden }, added: templates.length, replaced: 0, fromVersion: migrated.fromVersion };
  }
  const incoming = new Map(templates.map((template) => [template.id, template]));
  const kept = current.templates.map((template) => incoming.get(template.id) ?? template);
  const existingIds = new Set(current.templates.map((template) => template.id));
  const added = templates.filter((template) => !existingIds.has(template.id));
  return {
    ok: true,
    library: { templates: [...kept, ...added], hidden: [...new Set([...current.hidden, ...hidden])] },
    added: added.length,
    replaced: templates.length - added.length,
    fromVersion: migrated.fromVersion,
  };
}
