import { describe, expect, it } from 'vitest';
import type { PageComment } from '../comments/comment';
import { bodyOffset, triageComment } from './index';

const comment = (text: string, rating: number | null, answered = false): PageComment => ({
  key: 'x:1',
  site: 'x',
  id: '1',
  idSource: 'site',
  text,
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
  it('flags an unanswered negative comment from its text when the site has no rating', () => {
    const triage = triageComment(comment('Worst customer service ever. Three weeks and still no refund. Never again.', null));
    expect(triage).toMatchObject({ label: 'negative', needsReply: true });
    expect(triage.severity).toBeGreaterThanOrEqual(2);
  });

  it('stops asking for a reply once the business has answered', () => {
    expect(triageComment(comment('The room was dirty and the staff were rude.', 1, true))).toMatchObject({ label: 'negative', needsReply: false });
  });

  it('never lets polite words make a low rating look happy, and leaves a happy five-star review alone', () => {
    expect(triageComment(comment('The staff were polite. The room was small and the shower was cold.', 2))).toMatchObject({ label: 'negative', needsReply: true });
    // Rating and words disagree: never shown as happy, and a person should look.
    const polite = triageComment(comment('Thank you for the stay, the staff were kind.', 2));
    expect(['negative', 'mixed']).toContain(polite.label);
    expect(polite.needsReply).toBe(true);
    expect(triageComment(comment('Lovely stay, spotless room and friendly staff.', 5))).toMatchObject({ label: 'positive', needsReply: false });
  });

  it('reports evidence that lines up with the body once the title offset is taken off', () => {
    const titled = { ...comment('The sheets had stains and the bathroom was filthy.', 1), title: 'Dirty room' };
    const offset = bodyOffset(titled);
    for (const topic of triageComment(titled).analysis.topics) {
      for (const evidence of topic.evidence) {
        if (evidence.start >= offset) expect(titled.text.slice(evidence.start - offset, evidence.end - offset)).toBe(evidence.text);
      }
    }
    expect(triageComment(titled).analysis.topics.map((topic) => topic.id)).toContain('cleanliness');
  });

  it('judges a comment again only when what the analysis reads changed', () => {
    const first = triageComment(comment('The breakfast was cold and the coffee was bitter.', 2));
    expect(triageComment(comment('The breakfast was cold and the coffee was bitter.', 2)).analysis).toBe(first.analysis);
    expect(triageComment(comment('The breakfast was cold and the coffee was bitter.', 4)).analysis).not.toBe(first.analysis);
    // The owner's reply changes what is needed, not the analysis.
    const answered = triageComment(comment('The breakfast was cold and the coffee was bitter.', 2, true));
    expect(answered.analysis).toBe(first.analysis);
    expect(answered.needsReply).toBe(false);
  });
});
