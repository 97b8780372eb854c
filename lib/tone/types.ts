/** Public and rule-facing types of the tone checker. */
import type { DetectedLang, Lang } from '../lang';
import type { SiteId } from '../sites/site-ids';

export type Severity = 'error' | 'warning' | 'hint';

export type ToneCategory =
  | 'chulesco'
  | 'defensive'
  | 'confrontation'
  | 'impoliteness'
  | 'dishonest'
  | 'platform'
  | 'courtesy';

/** Categories that move the verdict; `courtesy` findings are advice only. */
export const TONE_CATEGORIES: readonly ToneCategory[] = [
  'chulesco',
  'defensive',
  'confrontation',
  'impoliteness',
  'dishonest',
  'platform',
];

export interface Suggestion {
  label: string;
  replacement: string;
}

export interface Finding {
  ruleId: string;
  category: ToneCategory;
  severity: Severity;
  /** In the UI language: why a reader takes this badly. */
  message: string;
  /** UTF-16 offsets into the checked text; an empty range marks a place (e.g. where to insert). */
  range: { start: number; end: number };
  text: string;
  suggestions: Suggestion[];
}

export interface ToneResult {
  findings: Finding[];
  verdict: 'ok' | 'caution' | 'stop';
  /** 0..100, 100 = calm. */
  score: number;
  lang: DetectedLang;
}

export interface ToneSettings {
  disabledRules: string[];
  allowedPhrases: string[];
  /** Kinds of compensation the business allows promising, e.g. ['refund', 'voucher']. */
  allowedCompensation: string[];
}

export interface ToneContext {
  /** The comment being answered. */
  commentText?: string;
  commentReportsFailure?: boolean;
  /** Replies already sent (by this team) to other comments. */
  previousReplies?: string[];
  /** The page already shows an owner reply to this comment. */
  alreadyReplied?: boolean;
}

export interface CheckToneOptions {
  lang?: Lang;
  site?: SiteId;
  uiLang?: Lang;
  settings?: ToneSettings;
  context?: ToneContext;
}

/** One example a rule carries; the harness test checks every one. */
export interface RuleExample {
  lang: Lang;
  text: string;
  site?: SiteId;
  context?: ToneContext;
  settings?: Partial<ToneSettings>;
}

export interface InvalidRuleExample extends RuleExample {
  /** The exact flagged text, when the rule marks a span. */
  expect?: string;
}

export type Messages = Record<Lang, string>;

/** A finding as a rule reports it, before messages are localised and settings applied. */
export interface RawFinding {
  start: number;
  end: number;
  /** Replacement texts, in the draft's language; '' removes the span. */
  replacements?: string[];
  /** Overrides the rule's severity (e.g. a platform that forbids what others only discourage). */
  severity?: Severity;
}

/** What a rule sees: the text, a folded copy with the same offsets, and the request. */
export interface ToneDocument {
  text: string;
  /** Lower-cased, accent-free, same length as `text` (offsets are shared). */
  folded: string;
  /** Languages whose word data apply (the detected one, or all when unsure). */
  langs: readonly Lang[];
  site: SiteId | undefined;
  settings: ToneSettings;
  context: ToneContext;
}

export interface ToneRule {
  id: string;
  category: ToneCategory;
  severity: Severity;
  description: string;
  /** Why a reader takes it badly, per UI language. */
  messages: Messages;
  examples: { valid: RuleExample[]; invalid: InvalidRuleExample[] };
  check(doc: ToneDocument): RawFinding[];
}
