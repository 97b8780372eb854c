import { describe, expect, it } from 'vitest';
import type { PageComment } from '../comments/comment';
import { triageComment } from '../triage';
import { orderQueue } from './order';

const comment = (id: string, rating: number | null, answered = false): PageComment => ({
  key: `tripadvisor:${id}`,
  site: 'tripadvisor',
  id,
  idSource: 'site',
  text: `Review ${id}`,
  title: null,
  truncated: false,
  rating,
  ratingRaw: null,
  author: null,
  dateText: null,
  permalink: null,
  ownerReply: answered ? { text: 'Thanks', author: null, dateText: null } : null,
});

describe('queue order', () => {
  it('puts unanswered negatives first, then mixed, answered ones and positives, handled last', () => {
    const comments = [comment('five', 5), comment('one-answered', 1, true), comment('two', 2), comment('three', 3), comment('one', 1), comment('handled', 1)];
    const ordered = orderQueue(
      comments.map((c, position) => ({ comment: c, triage: triageComment(c), handled: c.id === 'handled', position })),
    );
    expect(ordered.map((item) => item.comment.id)).toEqual(['one', 'two', 'three', 'one-answered', 'five', 'handled']);
  });
});
