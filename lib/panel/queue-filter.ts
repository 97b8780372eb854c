import type { DetectedLang } from '../lang';
import type { QueueItem } from '../queue/order';
import type { TriageLabel } from '../triage';
import type { TopicId } from '../topics';

export interface QueueFilter {
  view: 'all' | 'unanswered' | 'negative';
  topic: TopicId | null;
  lang: DetectedLang | null;
  /** Show only comments rated this or lower. */
  maxRating: number | null;
}

export const NO_FILTER: QueueFilter = { view: 'all', topic: null, lang: null, maxRating: null };

/** Whether a comment still waits for an answer: not handled here and not answered on the page. */
export function isUnanswered(item: QueueItem): boolean {
  return !item.handled && item.comment.ownerReply === null;
}

export function filterQueue(items: QueueItem[], filter: QueueFilter, snoozed: Record<string, number>, now: number): QueueItem[] {
  return items.filter((item) => {
    if ((snoozed[item.comment.key] ?? 0) > now) return false;
    if (filter.view === 'unanswered' && !isUnanswered(item)) return false;
    if (filter.view === 'negative' && item.triage.label !== 'negative') return false;
    if (filter.topic && !item.triage.analysis.topics.some((topic) => topic.id === filter.topic)) return false;
    if (filter.lang && item.triage.analysis.lang !== filter.lang) return false;
    if (filter.maxRating !== null && (item.comment.rating === null || item.comment.rating > filter.maxRating)) return false;
    return true;
  });
}

/** Unanswered comments per label: positive ones deserve thanks too. */
export function unansweredCounts(items: QueueItem[]): Record<TriageLabel, number> {
  const counts: Record<TriageLabel, number> = { negative: 0, mixed: 0, positive: 0, neutral: 0 };
  for (const item of items) if (isUnanswered(item)) counts[item.triage.label]++;
  return counts;
}

/** The topics and languages present, for the filter menus. */
export function filterOptions(items: QueueItem[]): { topics: TopicId[]; langs: DetectedLang[] } {
  const topics = new Set<TopicId>();
  const langs = new Set<DetectedLang>();
  for (const item of items) {
    item.triage.analysis.topics.forEach((topic) => topics.add(topic.id));
    langs.add(item.triage.analysis.lang);
  }
  return { topics: [...topics].sort(), langs: [...langs].sort() };
}
