import { describe, expect, it } from 'vitest';
import { analyzeComment } from '../analysis';
import type { PageComment } from '../comments/comment';
import type { Triage, TriageLabel } from '../triage';
import { orderQueue, type QueueItem } from './order';

const item = (id: string, label: TriageLabel, needsReply: boolean, severity: Triage['severity'], rating: number | null, handled = false, position = 0): QueueItem => {
  const comment: PageComment = {
    key: `tripadvisor:${id}`, site: 'tripadvisor', id, idSource: 'site', text: id, title: null, truncated: false, rating,
    ratingRaw: null, author: null, dateText: null, permalink: null, ownerReply: null,
  };
  return { comment, triage: { label, needsReply, severity, analysis: analyzeComment({ text: id }) }, handled, position };
};

describe('queue order', () => {
  it('puts what needs a reply first, the most severe first among those, handled ones last', () => {
    const ordered = orderQueue([
      item('positive', 'positive', false, 0, 5, false, 0),
      item('answered-negative', 'negative', false, 2, 1, false, 1),
      item('mixed', 'mixed', true, 1, 3, false, 2),
      item('negative-two-stars', 'negative', true, 2, 2, false, 3),
      item('food-poisoning', 'negative', true, 4, 2, false, 4),
      item('negative-one-star', 'negative', true, 2, 1, false, 5),
      item('handled', 'negative', false, 4, 1, true, 6),
    ]);
    expect(ordered.map((entry) => entry.comment.id)).toEqual([
      'food-poisoning',
      'negative-one-star',
      'negative-two-stars',
      'mixed',
      'answered-negative',
      'positive',
      'handled',
    ]);
  });

  it('keeps the page order among equals', () => {
    const ordered = orderQueue([item('b', 'negative', true, 2, 1, false, 0), item('a', 'negative', true, 2, 1, false, 1)]);
    expect(ordered.map((entry) => entry.comment.id)).toEqual(['b', 'a']);
  });
});
