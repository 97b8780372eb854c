// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixtureDocument } from '../../../tests/helpers/fixtures';
import { PageCommentSchema } from '../../comments/comment';
import { googleplay } from './index';

const loadFixture = (name: string) => loadFixtureDocument('googleplay', name);
const DETAILS_URL = 'https://play.google.com/store/apps/details?id=com.example.notes&hl=en_US';
const MODAL_URL = 'https://play.google.com/store/apps/details?id=com.example.notas&hl=es';

function extractAll(doc: Document, url: string) {
  return googleplay.findCards(doc).map((card) => googleplay.extract(card, new URL(url)));
}

describe('google play details page (English)', () => {
  const doc = loadFixture('details.en.html');
  const comments = extractAll(doc, DETAILS_URL);

  it('finds the three review cards and not the app\'s overall rating', () => {
    expect(comments.map((c) => c?.author)).toEqual(['Hannah Cole', 'Omar Haddad', 'Mei Lin']);
  });

  it('reads every field of a review', () => {
    expect(comments[0]).toEqual({
      key: 'googleplay:3b1f0c2e-1111-4a2b-9c3d-000000000001',
      site: 'googleplay',
      id: '3b1f0c2e-1111-4a2b-9c3d-000000000001',
      idSource: 'site',
      text: 'Clean design, fast search and the widget works well on my tablet.',
      title: null,
      truncated: false,
      rating: 5,
      ratingRaw: 'Rated 5 stars out of five stars',
      author: 'Hannah Cole',
      dateText: 'April 2, 2025',
      permalink: null,
      ownerReply: null,
    });
  });

  it('parses "1 star" and does not mix the helpful count into the text', () => {
    expect(comments[1]).toMatchObject({ rating: 1, dateText: 'March 28, 2025' });
    expect(comments[1]!.text).not.toContain('helpful');
  });

  it('reads the developer reply apart from the review and flags the text cut short before "Full review"', () => {
    expect(comments[2]).toMatchObject({
      rating: 2,
      truncated: true,
      dateText: 'March 20, 2025',
      ownerReply: {
        author: 'Example Apps Ltd',
        dateText: 'March 21, 2025',
        text: 'Thanks Mei, version 3.2.1 keeps you signed in and fixes the reminder delay. Please update.',
      },
    });
    expect(comments[2]!.text).not.toContain('Thanks Mei');
  });

  it('produces comments that pass the cross-context schema', () => {
    for (const comment of comments) expect(PageCommentSchema.safeParse(comment).success).toBe(true);
  });

  it('has no reply box on the public page', async () => {
    expect(await googleplay.findReplyEditor(googleplay.findCards(doc)[1]!)).toBeNull();
  });
});

describe('google play reviews modal (Spanish UI) over the details page', () => {
  const doc = loadFixture('reviews-modal.es.html');
  const cards = googleplay.findCards(doc);
  const comments = cards.map((card) => googleplay.extract(card, new URL(MODAL_URL)));

  it('lists the modal\'s cards before the details-page copies of the same reviews', () => {
    expect(comments.map((c) => c?.id.slice(-2))).toEqual(['01', '02', '03', '01', '02']);
    expect(cards.slice(0, 3).every((card) => card.closest('[role="dialog"]'))).toBe(true);
  });

  it('reads Spanish ratings by their digits, and the developer reply in the modal', () => {
    expect(comments.slice(0, 3).map((c) => c?.rating)).toEqual([2, 5, 1]);
    expect(comments[0]).toMatchObject({
      ratingRaw: 'Calificación: 2 estrellas de cinco',
      dateText: '3 de marzo de 2025',
      ownerReply: { author: 'Example Apps Ltd', dateText: '4 de marzo de 2025' },
    });
    expect(comments[0]!.ownerReply!.text).toMatch(/^Hola, Lucía\./);
  });

  it('sees the comment area', () => {
    expect(googleplay.hasCommentArea(doc)).toBe(true);
    expect(googleplay.hasCommentArea(new DOMParser().parseFromString('<main><h1>Apps</h1></main>', 'text/html'))).toBe(false);
  });
});

describe('google play cards without an id', () => {
  it('falls back to a content hash that is stable and differs between reviews', () => {
    const read = (text: string) => {
      const doc = new DOMParser().parseFromString(`<div class="RHo1pe"><div class="X5PpBb">Ana</div><div class="h3YV2d">${text}</div></div>`, 'text/html');
      return googleplay.extract(googleplay.findCards(doc)[0]!, new URL(DETAILS_URL))!;
    };
    const first = read('Crashes on start.');
    expect(first.idSource).toBe('hash');
    expect(read('Crashes on start.').id).toBe(first.id);
    expect(read('Crashes on exit.').id).not.toBe(first.id);
  });
});

describe('google play URLs', () => {
  it('accepts app details pages and rejects the store front, search, developer and book pages', () => {
    for (const url of googleplay.urlExamples.accepts) expect(googleplay.matchesUrl(new URL(url)), url).toBe(true);
    for (const url of googleplay.urlExamples.rejects) expect(googleplay.matchesUrl(new URL(url)), url).toBe(false);
  });
});
