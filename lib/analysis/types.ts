import type { DetectedLang, Lang } from '../lang';
import type { SiteId } from '../sites/site-ids';
import type { TopicId } from '../topics';

/** Stable ids of the reasons a comment needs a fast, careful answer. Stored in the log: never rename. */
export const URGENCY_SIGNAL_IDS = [
  'legal', // lawyer, lawsuit, consumer authority
  'health_safety', // food poisoning, injury, pests, fire, theft
  'discrimination', // racism, sexism, treated differently for who they are
  'privacy', // personal data leaked or misused
  'going_public', // press, "go public", "going viral", posting everywhere
  'boycott', // calls on others to avoid the business
  'never_again', // "never again", "won't be back"
  'repeated_complaint', // "third time", "still no answer", "again and again"
  'others_agree', // "I'm not the only one", "everyone here says"
] as const;
export type UrgencySignalId = (typeof URGENCY_SIGNAL_IDS)[number];

/** A stretch of the original text: `text.slice(start, end) === evidence.text` (UTF-16 offsets). */
export interface Evidence {
  start: number;
  end: number;
  text: string;
}

export type SentimentLabel = 'negative' | 'neutral' | 'positive' | 'mixed';

/**
 * Severity orders the queue (higher first):
 * 0 — nothing to worry about: positive or neutral, no urgency signal.
 * 1 — mild: mixed, or slightly negative, no urgency signal.
 * 2 — negative: a clearly unhappy customer, or a mild urgency signal (never again, repeated
 *     complaint, others agree) on a comment that is not positive.
 * 3 — urgent: a high-impact signal (health and safety, legal, discrimination, privacy, going public,
 *     boycott) — even on an otherwise positive review — or a very negative comment with a mild signal.
 * 4 — critical: a high-impact signal on a negative comment together with another signal, or a
 *     legal / health-and-safety signal on a very negative comment. Answer first, involve a manager.
 */
export type Severity = 0 | 1 | 2 | 3 | 4;

export interface TopicHit {
  id: TopicId;
  evidence: Evidence[];
}

export interface UrgencyHit {
  id: UrgencySignalId;
  evidence: Evidence[];
}

export interface CommentInput {
  text: string;
  /** Rating on the site's scale (1–5 stars; Booking.com 1–10), null or absent when there is none. */
  rating?: number | null;
  site?: SiteId;
  /** A hint (e.g. the page language); strong evidence in the text overrides it. */
  lang?: Lang;
}

export interface CommentAnalysis {
  lang: DetectedLang;
  langConfidence: number;
  /** The language whose lexicon scored the text (the detected one, or the best fit for `other`). */
  analysedAs: Lang;
  /** [-1, 1], text and rating combined (equals textScore when there is no rating). */
  score: number;
  /** [-1, 1], the text alone. */
  textScore: number;
  /** Label from the text alone. */
  textLabel: SentimentLabel;
  /** Label from text and rating combined (see combine.ts). */
  label: SentimentLabel;
  topics: TopicHit[];
  urgency: UrgencyHit[];
  severity: Severity;
}
