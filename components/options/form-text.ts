/** How list settings (team, allowed actions, phrases) are typed: one entry per line. */
import type { z } from 'zod';
import type { Lang } from '@/lib/lang';
import { t } from '@/lib/i18n';

/** The non-empty lines, trimmed. */
export function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

export function textOfLines(lines: readonly string[]): string {
  return lines.join('\n');
}

/** Comma-separated tags, trimmed, without duplicates or empties. */
export function tagsOf(text: string): string[] {
  return [...new Set(text.split(',').map((tag) => tag.trim()).filter(Boolean))];
}

/** One Zod issue in the user's language, saying what to change rather than what the schema is. */
export function issueText(lang: Lang, issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? t(lang, 'options.error.required') : t(lang, 'options.error.tooFew', { min: Number(issue.minimum) });
      if (issue.origin === 'array' || issue.origin === 'set') return t(lang, 'options.error.tooFew', { min: Number(issue.minimum) });
      return t(lang, 'options.error.min', { min: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return t(lang, 'options.error.tooLong', { max: Number(issue.maximum) });
      if (issue.origin === 'array' || issue.origin === 'set') return t(lang, 'options.error.tooMany', { max: Number(issue.maximum) });
      return t(lang, 'options.error.max', { max: Number(issue.maximum) });
    case 'invalid_type':
      if (issue.expected === 'int') return t(lang, 'options.error.integer');
      if (issue.expected === 'number') return t(lang, 'options.error.number');
      return t(lang, 'options.error.invalid', { message: issue.message });
    default:
      return t(lang, 'options.error.invalid', { message: issue.message });
  }
}

/**
 * Zod issues grouped by top-level field, ready to show next to each control. A problem with one
 * line of a list names the line, counted among the non-empty lines the user typed.
 */
export function fieldErrors(lang: Lang, issues: readonly z.core.$ZodIssue[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) {
    const [field, index] = issue.path;
    const key = field === undefined ? '' : String(field);
    const problem = issueText(lang, issue);
    const text = typeof index === 'number' ? t(lang, 'options.error.line', { line: index + 1, problem }) : problem;
    (errors[key] ??= []).push(text);
  }
  return errors;
}

/**
 * A number field's text as a number for validation: empty text or words stay as they are, so the
 * schema reports them ("enter a number") instead of silently becoming 0.
 */
export function numberOf(text: string): number | string {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return text;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : text;
}
