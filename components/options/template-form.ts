/** The template editor's form: what the user types, and the draft it becomes. */
import type { z } from 'zod';
import type { Lang } from '@/lib/lang';
import type { SiteId } from '@/lib/sites/site-ids';
import type { TopicId } from '@/lib/topics';
import { t } from '@/lib/i18n';
import { ReplyTemplateSchema, type ReplyTemplate, type Situation, type TemplateDraft } from '@/lib/templates';
import { parseBody, variablesIn } from '@/lib/templates/syntax';
import { fieldErrors, numberOf, tagsOf } from './form-text';

export interface TemplateForm {
  title: string;
  lang: Lang;
  situations: Situation[];
  topics: TopicId[];
  sentimentMin: string;
  sentimentMax: string;
  allSites: boolean;
  sites: SiteId[];
  urgency: string[];
  tags: string;
  body: string;
}

export function formOf(template: ReplyTemplate | null, lang: Lang): TemplateForm {
  if (!template) {
    return { title: '', lang, situations: ['negative'], topics: [], sentimentMin: '-1', sentimentMax: '1', allSites: true, sites: [], urgency: [], tags: '', body: '' };
  }
  return {
    title: template.title,
    lang: template.lang,
    situations: [...template.situations],
    topics: [...template.topics],
    sentimentMin: String(template.sentiment.min),
    sentimentMax: String(template.sentiment.max),
    allSites: template.sites === 'all',
    sites: template.sites === 'all' ? [] : [...template.sites],
    urgency: [...template.urgency],
    tags: template.tags.join(', '),
    body: template.body,
  };
}

export type FormCheck = { ok: true; draft: TemplateDraft } | { ok: false; errors: Record<string, string[]> };

/**
 * Validates the form with the template schema (so the messages are in the UI language and sit next
 * to their fields) before the library functions see it. Error keys are form field names.
 */
export function checkForm(form: TemplateForm, uiLang: Lang): FormCheck {
  const min = numberOf(form.sentimentMin);
  const max = numberOf(form.sentimentMax);
  const parsed = parseBody(form.body);
  const candidate = {
    id: 'user.check',
    lang: form.lang,
    title: form.title,
    situations: form.situations,
    topics: form.topics,
    sentiment: { min, max },
    sites: form.allSites ? 'all' : form.sites,
    urgency: form.urgency,
    tags: tagsOf(form.tags),
    body: form.body,
    variables: parsed.ok ? variablesIn(parsed.nodes) : [],
  };
  const check = ReplyTemplateSchema.safeParse(candidate);
  if (!check.success) {
    const errors = formErrors(uiLang, check.error.issues);
    // The schema checks the body's syntax only once every other field is valid; say it now.
    if (!parsed.ok && !errors.body) errors.body = [t(uiLang, 'options.error.invalid', { message: parsed.error })];
    return { ok: false, errors };
  }
  const { id: _id, variables: _variables, ...draft } = check.data;
  return { ok: true, draft };
}

function formErrors(uiLang: Lang, issues: readonly z.core.$ZodIssue[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) {
    const [field, sub] = issue.path;
    const key = field === 'sentiment' ? (sub === 'max' ? 'sentimentMax' : 'sentimentMin') : String(field ?? '');
    const [text] = Object.values(fieldErrors(uiLang, [{ ...issue, path: [] }])).flat();
    (errors[key] ??= []).push(key === 'tags' && typeof sub === 'number' ? t(uiLang, 'options.error.line', { line: sub + 1, problem: text ?? '' }) : (text ?? issue.message));
  }
  return errors;
}
