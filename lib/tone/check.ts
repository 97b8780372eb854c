/** The tone checker: runs every enabled rule over a draft and turns raw findings into the public result. */
import { LANGS, isLang, type DetectedLang, type Lang } from '../lang';
import { detectLanguage } from '../language/index';
import { suggestionLabel } from './labels';
import { toneRules } from './rules/index';
import { DEFAULT_TONE_SETTINGS } from './settings';
import { fold } from './text/fold';
import {
  TONE_CATEGORIES,
  type CheckToneOptions,
  type Finding,
  type RawFinding,
  type Severity,
  type ToneDocument,
  type ToneResult,
  type ToneRule,
  type ToneSettings,
} from './types';

const PENALTY: Record<Severity, number> = { error: 45, warning: 20, hint: 8 };
const COURTESY_PENALTY = 3;
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, hint: 2 };

/** Settings read from storage may predate a field: missing or malformed lists count as empty. */
function settingsOf(given: ToneSettings | undefined): ToneSettings {
  if (!given) return DEFAULT_TONE_SETTINGS;
  const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  return {
    disabledRules: list(given.disabledRules),
    allowedPhrases: list(given.allowedPhrases),
    allowedCompensation: list(given.allowedCompensation),
  };
}

function languagesToCheck(text: string, forced: Lang | undefined): { lang: DetectedLang; langs: readonly Lang[] } {
  if (forced) return { lang: forced, langs: [forced] };
  const guess = detectLanguage(text);
  // Unsure or code-switched: every language's word data applies.
  if (!isLang(guess.lang) || guess.mixed || guess.confidence === 0) return { lang: guess.lang, langs: LANGS };
  return { lang: guess.lang, langs: [guess.lang] };
}

function withCase(original: string, replacement: string): string {
  const first = original.charAt(0);
  if (replacement === '' || first === first.toLowerCase()) return replacement;
  return replacement.charAt(0).toUpperCase() + replacement.slice(1);
}

function toFinding(rule: ToneRule, raw: RawFinding, text: string, uiLang: Lang): Finding {
  const start = Math.max(0, Math.min(raw.start, text.length));
  const end = Math.max(start, Math.min(raw.end, text.length));
  const span = text.slice(start, end);
  const replacements = [...new Set((raw.replacements ?? []).map((r) => withCase(span, r)))];
  return {
    ruleId: rule.id,
    category: rule.category,
    severity: raw.severity ?? rule.severity,
    message: rule.messages[uiLang],
    range: { start, end },
    text: span,
    suggestions: replacements.map((replacement) => ({ label: suggestionLabel(uiLang, span, replacement), replacement })),
  };
}

/** Ranges of the phrases the user allowed: findings inside them are dropped. */
function allowedRanges(folded: string, phrases: readonly string[]): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  for (const phrase of phrases) {
    const needle = fold(phrase.trim());
    if (needle.length === 0) continue;
    for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
      ranges.push({ start: at, end: at + needle.length });
    }
  }
  return ranges;
}

function scoreOf(findings: readonly Finding[]): number {
  let score = 100;
  for (const f of findings) score -= f.category === 'courtesy' ? COURTESY_PENALTY : PENALTY[f.severity];
  return Math.max(0, score);
}

function verdictOf(findings: readonly Finding[]): ToneResult['verdict'] {
  const tone = findings.filter((f) => TONE_CATEGORIES.includes(f.category));
  if (tone.some((f) => f.severity === 'error')) return 'stop';
  return tone.length > 0 ? 'caution' : 'ok';
}

export function checkTone(text: string, options: CheckToneOptions = {}): ToneResult {
  const draft = typeof text === 'string' ? text : '';
  const settings = settingsOf(options.settings);
  const { lang, langs } = languagesToCheck(draft, options.lang);
  const uiLang: Lang = options.uiLang ?? (isLang(lang) ? lang : 'en');
  const folded = fold(draft);
  const doc: ToneDocument = { text: draft, folded, langs, site: options.site, settings, context: options.context ?? {} };

  const disabled = new Set(settings.disabledRules);
  const allowed = allowedRanges(folded, settings.allowedPhrases);
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const rule of toneRules) {
    if (disabled.has(rule.id)) continue;
    for (const raw of rule.check(doc)) {
      const finding = toFinding(rule, raw, draft, uiLang);
      const key = `${rule.id}:${finding.range.start}:${finding.range.end}`;
      if (seen.has(key)) continue;
      if (allowed.some((a) => a.start < finding.range.end && finding.range.start < a.end)) continue;
      seen.add(key);
      findings.push(finding);
    }
  }
  findings.sort((a, b) => a.range.start - b.range.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return { findings, verdict: verdictOf(findings), score: scoreOf(findings), lang };
}
