/** Helpers that keep the built-in library files pure data: presets, and variables derived from each body. */
import type { Lang } from '../../lang';
import { SITE_IDS, type SiteId } from '../../sites/site-ids';
import type { ReplyTemplate } from '../schema';
import { parseBody, variablesIn } from '../syntax';

/** Sites where long replies are fine: everything except X and Google Play, whose replies are a few hundred characters. */
export const LONG_FORM: SiteId[] = SITE_IDS.filter((site) => site !== 'x' && site !== 'googleplay');

export const NEGATIVE = { min: -1, max: -0.05 };
export const MIXED = { min: -0.6, max: 0.6 };
export const POSITIVE = { min: 0.05, max: 1 };
export const ANY = { min: -1, max: 1 };

export type TemplateEntry = Omit<ReplyTemplate, 'lang' | 'variables' | 'urgency' | 'tags'> & {
  urgency?: string[];
  tags?: string[];
};

export function defineTemplates(lang: Lang, entries: TemplateEntry[]): ReplyTemplate[] {
  return entries.map((entry) => {
    const parsed = parseBody(entry.body);
    // A malformed built-in body is a bug in this repository, caught by the schema test.
    const variables = parsed.ok ? variablesIn(parsed.nodes) : [];
    return { urgency: [], tags: [], ...entry, lang, variables };
  });
}
