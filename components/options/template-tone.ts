/**
 * The tone check run on every template save: the template filled with sample values, checked on every
 * site it targets, in its own language. Serious findings block the save unless the user gives a reason.
 */
import type { Lang } from '@/lib/lang';
import type { SiteId } from '@/lib/sites/site-ids';
import { fillTemplate, fitsSite, templateSites, type ReplyTemplate } from '@/lib/templates';
import { checkTone, type Severity, type ToneSettings } from '@/lib/tone';
import { TONE_CHECK_SAMPLES } from './template-samples';

export interface TemplateFinding {
  ruleId: string;
  severity: Severity;
  /** In the UI language. */
  message: string;
  /** The flagged words in the filled sample. */
  text: string;
  /** Where the finding applies (platform rules differ per site). */
  sites: SiteId[];
}

export interface TemplateToneReport {
  /** The sample reply that was checked. */
  preview: string;
  errors: TemplateFinding[];
  warnings: TemplateFinding[];
  /** Sites the template was checked on. */
  checkedSites: SiteId[];
  /** Sites the filled template does not fit on: the ranker never offers it there, so they are not checked. */
  tooLongFor: SiteId[];
}

export function checkTemplateTone(template: ReplyTemplate, settings: ToneSettings, uiLang: Lang): TemplateToneReport {
  const preview = fillTemplate(template, TONE_CHECK_SAMPLES[template.lang]).filled;
  const found = new Map<string, TemplateFinding>();
  const tooLongFor: SiteId[] = [];
  const checkedSites: SiteId[] = [];
  for (const site of templateSites(template)) {
    if (!fitsSite(preview, site)) {
      tooLongFor.push(site);
      continue;
    }
    checkedSites.push(site);
    for (const finding of checkTone(preview, { lang: template.lang, site, uiLang, settings }).findings) {
      if (finding.severity === 'hint') continue;
      const key = `${finding.ruleId}\u0000${finding.range.start}\u0000${finding.range.end}`;
      const existing = found.get(key);
      if (existing) existing.sites.push(site);
      else found.set(key, { ruleId: finding.ruleId, severity: finding.severity, message: finding.message, text: finding.text, sites: [site] });
    }
  }
  const all = [...found.values()];
  return { preview, errors: all.filter((f) => f.severity === 'error'), warnings: all.filter((f) => f.severity === 'warning'), checkedSites, tooLongFor };
}
