/**
 * The user's own templates, as pure functions over a plain value the lead stores (Dexie) and the UI edits.
 * Built-ins are never destroyed: a user template with a built-in's id overrides it, and `hidden` hides it.
 */
import type { Lang } from '../lang';
import type { SiteId } from '../sites/site-ids';
import type { TopicId } from '../topics';
import { fromZodIssues, type FieldIssue } from './issues';
import { ReplyTemplateSchema, templateSites, type ReplyTemplate, type Situation } from './schema';
import { parseBody, variablesIn } from './syntax';

export interface UserTemplateLibrary {
  /** The user's templates; one whose id is a built-in's overrides that built-in. */
  templates: ReplyTemplate[];
  /** Ids of built-in templates the user chose not to see. */
  hidden: string[];
}

export type LibraryErrorCode = 'invalid_template' | 'not_found' | 'id_taken' | 'builtin_cannot_be_deleted';

export interface LibraryError {
  code: LibraryErrorCode;
  message: string;
  issues: FieldIssue[];
}

export type LibraryResult = { ok: true; library: UserTemplateLibrary; template?: ReplyTemplate } | { ok: false; error: LibraryError };

/** What the user writes; the id is generated when absent and the variables are read from the body. */
export type TemplateDraft = Omit<ReplyTemplate, 'id' | 'variables' | 'urgency' | 'tags'> & {
  id?: string;
  urgency?: string[];
  tags?: string[];
};

export type TemplatePatch = Partial<Omit<ReplyTemplate, 'id' | 'variables'>>;

export function emptyUserLibrary(): UserTemplateLibrary {
  return { templates: [], hidden: [] };
}

/** The templates to rank and show: built-ins (minus hidden, with overrides applied) then the user's own. */
export function effectiveTemplates(builtins: readonly ReplyTemplate[], library: UserTemplateLibrary): ReplyTemplate[] {
  const userById = new Map(library.templates.map((template) => [template.id, template]));
  const hidden = new Set(library.hidden);
  const builtinIds = new Set(builtins.map((template) => template.id));
  const fromBuiltins = builtins.filter((template) => !hidden.has(template.id)).map((template) => userById.get(template.id) ?? template);
  return [...fromBuiltins, ...library.templates.filter((template) => !builtinIds.has(template.id))];
}

function failure(code: LibraryErrorCode, message: string, issues: FieldIssue[] = []): LibraryResult {
  return { ok: false, error: { code, message, issues } };
}

/** Validates a candidate, deriving its variables from the body so the user never maintains them by hand. */
function validated(candidate: Omit<ReplyTemplate, 'variables'>): { ok: true; template: ReplyTemplate } | { ok: false; result: LibraryResult } {
  const parsed = parseBody(candidate.body);
  const variables = parsed.ok ? variablesIn(parsed.nodes) : [];
  const check = ReplyTemplateSchema.safeParse({ ...candidate, variables });
  if (check.success) return { ok: true, template: check.data };
  const issues = fromZodIssues(check.error.issues, (path) => ({ templateId: candidate.id, rest: path }));
  return { ok: false, result: failure('invalid_template', `The template "${candidate.title}" has ${issues.length} problem(s).`, issues) };
}

function slug(text: string): string {
  const ascii = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return ascii || 'template';
}

function takenIds(builtins: readonly ReplyTemplate[], library: UserTemplateLibrary): Set<string> {
  return new Set([...builtins.map((t) => t.id), ...library.templates.map((t) => t.id)]);
}

function freshId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

export function createTemplate(builtins: readonly ReplyTemplate[], library: UserTemplateLibrary, draft: TemplateDraft): LibraryResult {
  const taken = takenIds(builtins, library);
  if (draft.id !== undefined && taken.has(draft.id)) {
    return failure('id_taken', `The id "${draft.id}" is already used.`, [{ templateId: draft.id, field: 'id', message: 'already used' }]);
  }
  const id = draft.id ?? freshId(`user.${draft.lang}.${slug(draft.title)}`, taken);
  const check = validated({ urgency: [], tags: [], ...draft, id });
  if (!check.ok) return check.result;
  return { ok: true, library: { ...library, templates: [...library.templates, check.template] }, template: check.template };
}

function findEffective(builtins: readonly ReplyTemplate[], library: UserTemplateLibrary, id: string): ReplyTemplate | undefined {
  return library.templates.find((t) => t.id === id) ?? builtins.find((t) => t.id === id);
}

/** Edits a user template in place; editing a built-in stores an override with the same id. */
export function editTemplate(builtins: readonly ReplyTemplate[], library: UserTemplateLibrary, id: string, patch: TemplatePatch): LibraryResult {
  const current = findEffective(builtins, library, id);
  if (!current) return failure('not_found', `No template with id "${id}".`);
  const check = validated({ ...current, ...patch, id });
  if (!check.ok) return check.result;
  const isStored = library.templates.some((t) => t.id === id);
  const templates = isStored ? library.templates.map((t) => (t.id === id ? check.template : t)) : [...library.templates, check.template];
  return { ok: true, library: { ...library, templates }, template: check.template };
}

export function duplicateTemplate(builtins: readonly ReplyTemplate[], library: UserTemplateLibrary, id: string): LibraryResult {
  const source = findEffective(builtins, library, id);
  if (!source) return failure('not_found', `No template with id "${id}".`);
  const { id: _sourceId, variables: _variables, ...rest } = source;
  return createTemplate(builtins, library, { ...rest, title: `${source.title} (copy)` });
}

/**
 * Deletes a user template. On an override it removes only the override, so the built-in comes back;
 * a built-in itself cannot be deleted (hide it instead).
 */
export function deleteTemplate(builtins: readonly ReplyTemplate[], library: UserTemplateLibrary, id: string): LibraryResult {
  if (library.templates.some((t) => t.id === id)) {
    return { ok: true, library: { ...library, templates: library.templates.filter((t) => t.id !== id) } };
  }
  if (builtins.some((t) => t.id === id)) {
    return failure('builtin_cannot_be_deleted', `"${id}" ships with Composure and cannot be deleted; hide it instead.`);
  }
  return failure('not_found', `No template with id "${id}".`);
}

/** Restores a built-in the user had edited. */
export function resetBuiltin(builtins: readonly ReplyTemplate[], library: UserTemplateLibrary, id: string): LibraryResult {
  if (!builtins.some((t) => t.id === id)) return failure('not_found', `No built-in template with id "${id}".`);
  return { ok: true, library: { ...library, templates: library.templates.filter((t) => t.id !== id) } };
}

export function setBuiltinHidden(builtins: readonly ReplyTemplate[], library: UserTemplateLibrary, id: string, hidden: boolean): LibraryResult {
  if (!builtins.some((t) => t.id === id)) return failure('not_found', `No built-in template with id "${id}".`);
  const rest = library.hidden.filter((hiddenId) => hiddenId !== id);
  return { ok: true, library: { ...library, hidden: hidden ? [...rest, id] : rest } };
}

export function tagTemplate(builtins: readonly ReplyTemplate[], library: UserTemplateLibrary, id: string, add: string[], remove: string[] = []): LibraryResult {
  const current = findEffective(builtins, library, id);
  if (!current) return failure('not_found', `No template with id "${id}".`);
  const removed = new Set(remove.map((tag) => tag.trim().toLowerCase()));
  const tags = [...new Set([...current.tags, ...add.map((tag) => tag.trim())])].filter((tag) => tag && !removed.has(tag.toLowerCase()));
  return editTemplate(builtins, library, id, { tags });
}

export interface TemplateQuery {
  /** Words that must all appear in the title, body, tags or id (case and accents ignored). */
  text?: string;
  lang?: Lang;
  tags?: string[];
  situation?: Situation;
  topic?: TopicId;
  site?: SiteId;
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function searchTemplates(templates: readonly ReplyTemplate[], query: TemplateQuery): ReplyTemplate[] {
  const words = fold(query.text ?? '').split(/\s+/).filter(Boolean);
  const wantedTags = (query.tags ?? []).map(fold);
  return templates.filter((template) => {
    if (query.lang && template.lang !== query.lang) return false;
    if (query.situation && !template.situations.includes(query.situation)) return false;
    if (query.topic && template.topics.length > 0 && !template.topics.includes(query.topic)) return false;
    if (query.site && !templateSites(template).includes(query.site)) return false;
    const tags = template.tags.map(fold);
    if (!wantedTags.every((tag) => tags.includes(tag))) return false;
    const haystack = fold([template.id, template.title, template.body, ...template.tags].join('\n'));
    return words.every((word) => haystack.includes(word));
  });
}
