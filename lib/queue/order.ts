import type { PageComment } from '../comments/comment';
import type { Triage } from '../triage';

export interface QueueItem {
  comment: PageComment;
  triage: Triage;
  /** Already in the log (replied or skipped through Composure). */
  handled: boolean;
  /** Position on the page, to keep the page's order among equals. */
  position: number;
}

const LABEL_RANK = { negative: 0, mixed: 1, neutral: 2, positive: 3 } as const;

/**
 * The order a community manager works in: comments that still need a reply first, then the most
 * severe (legal, health and safety, discrimination, going viral), then the most negative, then the
 * lowest rating, then the page's own order. Handled ones sink to the bottom.
 */
export function orderQueue(items: QueueItem[]): QueueItem[] {
  return [...items].sort(
    (a, b) =>
      Number(a.handled) - Number(b.handled) ||
      Number(b.triage.needsReply) - Number(a.triage.needsReply) ||
      b.triage.severity - a.triage.severity ||
      LABEL_RANK[a.triage.label] - LABEL_RANK[b.triage.label] ||
      (a.comment.rating ?? 6) - (b.comment.rating ?? 6) ||
      a.position - b.position,
  );
}
