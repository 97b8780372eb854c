/** Validation problems reported to the user: which entry and which field is wrong, in words. */
import type { z } from 'zod';

export interface FieldIssue {
  /** Index of the template in the list being checked, when the problem is inside one template. */
  entry?: number;
  /** That template's id, when it has a readable one. */
  templateId?: string;
  /** Dotted path of the offending field inside the entry (or the file), e.g. "sentiment.min". */
  field: string;
  message: string;
}

export function describeIssue(issue: FieldIssue): string {
  const where =
    issue.entry === undefined
      ? `field "${issue.field}"`
      : `template ${issue.entry + 1}${issue.templateId ? ` ("${issue.templateId}")` : ''}, field "${issue.field}"`;
  return `${where}: ${issue.message}`;
}

/**
 * Turns Zod issues into field issues. `locate` says whether a path points inside a template (and which),
 * so file-level and template-level problems read differently.
 */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  locate: (path: readonly PropertyKey[]) => { entry?: number; templateId?: string; rest: readonly PropertyKey[] },
): FieldIssue[] {
  return issues.map((issue) => {
    const { entry, templateId, rest } = locate(issue.path);
    const field = rest.length > 0 ? rest.map(String).join('.') : '(whole entry)';
    return { ...(entry === undefined ? {} : { entry }), ...(templateId ? { templateId } : {}), field, message: issue.message };
  });
}
