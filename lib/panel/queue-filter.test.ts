import { describe, expect, it } from 'vitest';
import type { PageComment } from '../comments/comment';
import { orderQueue, type QueueItem } from '../queue/order';
import { triageComment } from '../triage';
import { filterOptions, filterQueue, NO_FILTER, unansweredCounts } from './queue-filter';

const item = (id: string, text: string, rating: number | null, options: { answered?: boolean; handled?: boolean } = {}): QueueItem => {
  const comment: PageComment = {
    key: `google:${id}`, site: 'google', id, idSource: 'site', text, title: null, truncated: false, rating, ratingRaw: null,
    author: null, dateText: null, permalink: null, ownerReply: options.answered ? { text: 'Thanks!', author: null, dateText: null } : null,
  };
  return { comment, triage: triageComment(comment), handled: options.handled ?? false, position: 0 };
};

const queue = orderQueue([
  item('dirty', 'The room was filthy and the bathroom smelled.', 1),
  item('ruido', 'Mucho ruido toda la noche, no pudimos dormir.', 2),
  item('great', 'Lovely stay, friendly staff, great breakfast.', 5),
  item('answered', 'The room was filthy.', 1, { answered: true }),
  item('handled', 'Cold food and rude waiter.', 1, { handled: true }),
]);

describe('queue filters', () => {
  it('shows what still needs an answer, and only negatives when asked', () => {
    const keys = (items: QueueItem[]) => items.map((i) => i.comment.id).sort();
    expect(keys(filterQueue(queue, { ...NO_FILTER, view: 'unanswered' }, {}, 0))).toEqual(['dirty', 'great', 'ruido']);
    expect(keys(filterQueue(queue, { ...NO_FILTER, view: 'negative' }, {}, 0))).toEqual(['answered', 'dirty', 'handled', 'ruido']);
  });

  it('filters by topic, language and rating, and hides snoozed comments until they wake', () => {
    expect(filterQueue(queue, { ...NO_FILTER, topic: 'noise' }, {}, 0).map((i) => i.comment.id)).toEqual(['ruido']);
    expect(filterQueue(queue, { ...NO_FILTER, lang: 'es' }, {}, 0).map((i) => i.comment.id)).toEqual(['ruido']);
    expect(filterQueue(queue, { ...NO_FILTER, maxRating: 2 }, {}, 0)).toHaveLength(4);
    expect(filterQueue(queue, NO_FILTER, { 'google:dirty': 1000 }, 500).map((i) => i.comment.id)).not.toContain('dirty');
    expect(filterQueue(queue, NO_FILTER, { 'google:dirty': 1000 }, 2000).map((i) => i.comment.id)).toContain('dirty');
  });

  it('counts unanswered comments of every kind, positives included', () => {
    expect(unansweredCounts(queue)).toEqual({ negative: 2, mixed: 0, positive: 1, neutral: 0 });
    expect(filterOptions(queue).langs).toEqual(['en', 'es']);
    expect(filterOptions(queue).topics).toEqual(expect.arrayContaining(['cleanliness', 'noise']));
  });
});
