import type { PageComment } from '../comments/comment';

export type TriageLabel = 'negative' | 'neutral' | 'positive' | 'mixed';

/** What the queue and the page markers need to know about a comment. */
export interface Triage {
  label: TriageLabel;
  /** Negative (or mixed) and not answered yet by the business. */
  needsReply: boolean;
}

/**
 * Foundation rule: the star rating alone (≤ 2 negative, 3 mixed, ≥ 4 positive, none neutral).
 * This is the seam where the analysis engine plugs in.
 */
export function triageComment(comment: PageComment): Triage {
  const label: TriageLabel =
    comment.rating === null ? 'neutral' : comment.rating <= 2 ? 'negative' : comment.rating < 4 ? 'mixed' : 'positive';
  return { label, needsReply: (label === 'negative' || label === 'mixed') && comment.ownerReply === null };
}
