/**
 * How the star rating and the text are combined.
 *
 * Score: 0.6 × rating score + 0.4 × text score, where the rating maps 1..5 to -1..1. The rating is
 * the reviewer's own verdict, so it leads; the text moves it.
 *
 * Label:
 * - 1–2 stars: negative, whatever the wording (polite words do not make a 2-star review happy).
 * - 3 stars: the text decides between negative and mixed (a positive text with 3 stars is mixed).
 * - 4–5 stars: positive, unless the text is negative or reports a safety or health problem
 *   (a 4-star review that mentions a cockroach still needs care) — then mixed.
 * Ratings are on the site's own scale: 1–5 stars everywhere except Booking.com (review scores
 * 1–10), which is brought to 1–5 first. A rating outside the scale, or not a finite number, is ignored.
 */
import type { SiteId } from '../sites/site-ids';
import type { SentimentLabel } from './types';

/** Sites whose ratings are not 1–5 stars, with their maximum. */
const RATING_SCALE_MAX: Partial<Record<SiteId, number>> = { booking: 10 };

const RATING_WEIGHT = 0.6;

export interface TextVerdict {
  score: number;
  label: SentimentLabel;
  /** A safety topic or a health-and-safety signal was found. */
  safetyConcern: boolean;
}

export function ratingToScore(rating: number): number {
  return (rating - 3) / 2;
}

/** The rating on a 1–5 scale, or undefined when there is none or it is off the site's scale. */
export function toFiveStars(rating: number | null | undefined, site?: SiteId): number | undefined {
  if (typeof rating !== 'number' || !Number.isFinite(rating)) return undefined;
  const max = (site && RATING_SCALE_MAX[site]) ?? 5;
  if (rating < 1 || rating > max) return undefined;
  return 1 + ((rating - 1) * 4) / (max - 1);
}

export function combineWithRating(
  text: TextVerdict,
  rawRating: number | null | undefined,
  site?: SiteId,
): { score: number; label: SentimentLabel } {
  const rating = toFiveStars(rawRating, site);
  if (rating === undefined) return { score: text.score, label: text.label };
  const score = RATING_WEIGHT * ratingToScore(rating) + (1 - RATING_WEIGHT) * text.score;

  let label: SentimentLabel;
  if (rating <= 2.5) {
    label = 'negative';
  } else if (rating < 3.5) {
    label = text.label === 'negative' ? 'negative' : text.label === 'positive' ? 'mixed' : text.label;
  } else {
    label = text.label === 'negative' || text.safetyConcern ? 'mixed' : 'positive';
  }
  return { score: Math.max(-1, Math.min(1, score)), label };
}
