/** Derives the queue severity (0–4, documented on `Severity` in types.ts) from label, score and signals. */
import type { SentimentLabel, Severity, UrgencyHit, UrgencySignalId } from './types';

/** Signals that can hurt people or the business badly whatever the tone of the rest of the comment. */
const ALWAYS_URGENT: ReadonlySet<UrgencySignalId> = new Set(['legal', 'health_safety', 'discrimination', 'privacy']);
/** High impact only when the comment is not praise ("I'll tell everyone how great it was"). */
const URGENT_WHEN_UNHAPPY: ReadonlySet<UrgencySignalId> = new Set(['going_public', 'boycott']);
const CRITICAL_WHEN_VERY_NEGATIVE: ReadonlySet<UrgencySignalId> = new Set(['legal', 'health_safety']);
const VERY_NEGATIVE = -0.5;

export function severityOf(label: SentimentLabel, score: number, urgency: readonly UrgencyHit[]): Severity {
  const unhappy = label === 'negative' || label === 'mixed';
  const veryNegative = label === 'negative' && score <= VERY_NEGATIVE;
  // Counted in one loop, with no list built: most comments raise no signal, and this runs on every one.
  let high = 0;
  let criticalHigh = false;
  for (const { id } of urgency) {
    if (!ALWAYS_URGENT.has(id) && !(unhappy && URGENT_WHEN_UNHAPPY.has(id))) continue;
    high++;
    if (CRITICAL_WHEN_VERY_NEGATIVE.has(id)) criticalHigh = true;
  }
  const mild = urgency.length - high;

  if (high > 0) {
    const critical = label === 'negative' && (urgency.length >= 2 || (veryNegative && criticalHigh));
    return critical ? 4 : 3;
  }
  if (mild > 0) {
    if (veryNegative) return 3;
    return label === 'positive' ? 1 : 2;
  }
  if (label === 'negative') return 2;
  return label === 'mixed' ? 1 : 0;
}
