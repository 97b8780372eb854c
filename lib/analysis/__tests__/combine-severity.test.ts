import { describe, expect, it } from 'vitest';
import { combineWithRating } from '../combine';
import { analyzeComment } from '../index';
import { severityOf } from '../severity';
import type { UrgencyHit, UrgencySignalId } from '../types';

describe('rating and text combined', () => {
  it('keeps a low-star review negative even when its words are polite', () => {
    const result = analyzeComment({ text: 'Thank you, the staff were polite and the lobby was lovely.', rating: 2 });
    expect(result.textLabel).toBe('positive');
    expect(result.label).toBe('negative');
    expect(result.score).toBeLessThan(result.textScore);
  });

  it('marks a 4-star review that reports a cockroach as needing care', () => {
    const result = analyzeComment({ text: 'Lovely hotel and great pool, but we found a cockroach in the bathroom.', rating: 4 });
    expect(result.label).toBe('mixed');
    expect(result.topics.map((t) => t.id)).toContain('safety');
    expect(result.severity).toBeGreaterThanOrEqual(3);
  });

  it('marks a high rating with a negative text as mixed, and a 3-star review by its text', () => {
    expect(analyzeComment({ text: 'The room was dirty and the staff rude.', rating: 5 }).label).toBe('mixed');
    expect(analyzeComment({ text: 'The room was dirty and the staff rude.', rating: 3 }).label).toBe('negative');
    expect(analyzeComment({ text: 'Lovely room and friendly staff.', rating: 3 }).label).toBe('mixed');
    expect(analyzeComment({ text: 'Lovely room and friendly staff.', rating: 5 }).label).toBe('positive');
  });

  it('weighs the rating 0.6 and the text 0.4', () => {
    expect(combineWithRating({ score: 0.5, label: 'positive', safetyConcern: false }, 1).score).toBeCloseTo(0.6 * -1 + 0.4 * 0.5);
    expect(combineWithRating({ score: -0.5, label: 'negative', safetyConcern: false }, 5).score).toBeCloseTo(0.6 - 0.2);
  });

  it('reads Booking.com scores on their 1–10 scale', () => {
    const text = 'Nice staff, quiet room.';
    expect(analyzeComment({ text, rating: 9, site: 'booking' }).label).toBe('positive');
    expect(analyzeComment({ text, rating: 3, site: 'booking' }).label).toBe('negative');
    // 9 is off the 1–5 star scale elsewhere, so it is ignored there.
    expect(analyzeComment({ text, rating: 9, site: 'tripadvisor' }).score).toBe(analyzeComment({ text }).score);
  });

  it('ignores a missing or impossible rating', () => {
    const text = { score: -0.4, label: 'negative' as const, safetyConcern: false };
    for (const rating of [undefined, null, 0, 7, Number.NaN]) expect(combineWithRating(text, rating)).toEqual({ score: -0.4, label: 'negative' });
  });
});

const hits = (...ids: UrgencySignalId[]): UrgencyHit[] => ids.map((id) => ({ id, evidence: [] }));

describe('severity', () => {
  it('orders plain comments by how negative they are', () => {
    expect(severityOf('positive', 0.8, [])).toBe(0);
    expect(severityOf('neutral', 0, [])).toBe(0);
    expect(severityOf('mixed', 0.1, [])).toBe(1);
    expect(severityOf('negative', -0.3, [])).toBe(2);
  });

  it('raises mild signals on unhappy comments', () => {
    expect(severityOf('negative', -0.3, hits('never_again'))).toBe(2);
    expect(severityOf('negative', -0.8, hits('never_again'))).toBe(3);
    expect(severityOf('positive', 0.6, hits('repeated_complaint'))).toBe(1);
  });

  it('makes health, legal, discrimination and privacy urgent whatever the tone', () => {
    expect(severityOf('positive', 0.5, hits('health_safety'))).toBe(3);
    expect(severityOf('negative', -0.3, hits('privacy'))).toBe(3);
    expect(severityOf('negative', -0.8, hits('legal'))).toBe(4);
    expect(severityOf('negative', -0.3, hits('discrimination', 'going_public'))).toBe(4);
  });

  it('treats going public and boycott as urgent only when the comment is unhappy', () => {
    expect(severityOf('positive', 0.9, hits('going_public'))).toBe(1);
    expect(severityOf('negative', -0.4, hits('boycott'))).toBe(3);
  });

  it('puts a furious, threatening comment above a mildly negative one', () => {
    const furious = analyzeComment({ text: 'We all got food poisoning. Disgusting. My lawyer will contact you.' });
    const mild = analyzeComment({ text: 'Breakfast was a bit bland.' });
    expect(furious.severity).toBe(4);
    expect(mild.severity).toBeLessThan(furious.severity);
  });
});
