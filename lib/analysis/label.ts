import type { SentimentLabel } from './types';

/** A text at or below -LABEL_THRESHOLD is negative; at or above +LABEL_THRESHOLD positive (unless mixed). */
export const LABEL_THRESHOLD = 0.1;
/** A text with at least this much praise and this much complaint... */
const MIXED_MIN_STRENGTH = 2;
/** ...that is not clearly positive overall is mixed ("the room was filthy but the location was great"). */
const MIXED_MAX_SCORE = 0.35;

/**
 * Label from the text score and the summed positive / negative strengths. Negative wins first:
 * a comment that leans negative is negative even if it also praises something, because a missed
 * unhappy customer costs more than a second look at a mixed one.
 */
export function labelFromText(score: number, positive: number, negative: number): SentimentLabel {
  if (score <= -LABEL_THRESHOLD) return 'negative';
  if (positive >= MIXED_MIN_STRENGTH && negative >= MIXED_MIN_STRENGTH && score < MIXED_MAX_SCORE) return 'mixed';
  if (score >= LABEL_THRESHOLD) return 'positive';
  return 'neutral';
}
