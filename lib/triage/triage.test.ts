import { describe, expect, it } from 'vitest';
import type { PageComment } from '../comments/comment';
import { triageComment } from './index';

const withRating = (rating: number | null, answered = false): PageComment => ({
  key: 'tripadvisor:1',
  site: 'tripadvisor',
  id: '1',
  idSource: 'site',
  text: 'text',
  title: null,
  truncated: false,
  rating,
  ratingRaw: null,
  author: null,
  dateText: null,
  permalink: null,
  ownerReply: answered ? { text: 'Thanks', author: null, dateText: null } : null,
});

describe('triage', () => {
  it('marks low ratings negative and needing a reply until the business answers', () => {
    expect(triageComment(withRating(1))).toEqual({ label: 'negative', needsReply: true });
    expect(triageComment(withRating(2, true))).toEqual({ label: 'negative', needsReply: false });
    expect(triageComment(withRating(5))).toEqual({ label: 'positive', needsReply: false });
    expect(triageComment(withRating(null)).label).toBe('neutral');
  });
});
