import { describe, expect, it } from 'vitest';
import type { PageComment } from '../comments/comment';
import type { QueueItem } from '../queue/order';
import { DEFAULT_BRAND_PROFILE } from '../settings/brand-profile';
import { builtinTemplates } from '../templates';
import { DEFAULT_TONE_SETTINGS } from '../tone/settings';
import { triageComment } from '../triage';
import { checkDraft, fillWithAction, rankInputFor, suggestReplies } from './reply-context';

const item = (text: string, rating: number | null, site: PageComment['site'] = 'tripadvisor'): QueueItem => {
  const comment: PageComment = {
    key: `${site}:1`, site, id: '1', idSource: 'site', text, title: null, truncated: false, rating, ratingRaw: null,
    author: 'Maria G', dateText: null, permalink: null, ownerReply: null,
  };
  return { comment, triage: triageComment(comment), handled: false, position: 0 };
};
const brand = { ...DEFAULT_BRAND_PROFILE, name: 'Harbour Hotel', signature: 'Ana', role: 'Guest Relations', contactChannel: 'our front desk', allowedActions: ['We have asked housekeeping to re-check every room before check-in.'] };

describe('reply context', () => {
  it('suggests three filled replies in the comment\'s language that pass the tone check when the profile is filled', () => {
    for (const [text, lang] of [
      ['The room was dirty and the sheets had stains.', 'en'],
      ['La habitación estaba sucia y las sábanas manchadas.', 'es'],
      ['Kamarnya kotor dan spreinya bernoda.', 'id'],
    ] as const) {
      const comment = item(text, 1);
      const suggestions = suggestReplies(comment, 'en', brand, [], builtinTemplates, false);
      expect(suggestions).toHaveLength(3);
      for (const suggestion of suggestions) {
        expect(suggestion.template.lang).toBe(lang);
        // What the business will do is the user's choice, never filled in for them.
        const { filled, missing } = suggestion.missing.includes('action') ? fillWithAction(comment, 'en', brand, suggestion.template, brand.allowedActions[0]!) : suggestion;
        expect(missing).toEqual([]);
        const tone = checkDraft(comment, filled, { uiLang: 'en', settings: DEFAULT_TONE_SETTINGS, previousReplies: [] });
        expect(tone.verdict, `${suggestion.template.id}: ${tone.findings.map((f) => f.ruleId).join(', ')}`).toBe('ok');
      }
    }
  });

  it('passes the reviewer\'s words for a topic only when they form a phrase', () => {
    expect(rankInputFor(item('Dirty room.', 1), 'en').topicWords).toEqual({});
    // "air conditioning" is a phrase and is passed on; the lone "shower" would not read well.
    expect(rankInputFor(item('The shower was broken and the air conditioning was loud all night.', 1), 'en').topicWords).toEqual({ room: 'air conditioning' });
  });

  it('tells the checker what it needs: a failure was reported, the page already has a reply', () => {
    const comment = item('The food was cold and the waiter was rude.', 1);
    const answered = { ...comment, comment: { ...comment.comment, ownerReply: { text: 'Sorry', author: null, dateText: null } } };
    const result = checkDraft(answered, 'Thank you for your review.', { uiLang: 'en', settings: DEFAULT_TONE_SETTINGS, previousReplies: [] });
    expect(result.findings.map((finding) => finding.ruleId)).toContain('already-replied');
  });
});
