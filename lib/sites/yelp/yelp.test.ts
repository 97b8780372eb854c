// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixtureDocument } from '../../../tests/helpers/fixtures';
import { PageCommentSchema } from '../../comments/comment';
import { contentHash } from '../../comments/content-hash';
import { yelp } from './index';

const loadFixture = (name: string) => loadFixtureDocument('yelp', name);
const PAGE2_URL = 'https://www.yelp.com/biz/example-taqueria-oakland?start=10';
const MX_URL = 'https://www.yelp.com.mx/biz/taqueria-ejemplo-ciudad-de-mexico';

function extractAll(doc: Document, url: string) {
  return yelp.findCards(doc).map((card) => yelp.extract(card, new URL(url)));
}

describe('yelp business page, page 2 (English)', () => {
  const doc = loadFixture('biz-page2.en.html');
  const comments = extractAll(doc, PAGE2_URL);

  it('keeps only list items with a reviewer block: no ads, prompts or the business rating', () => {
    expect(doc.querySelectorAll('#reviews li').length).toBe(5);
    expect(comments.map((c) => c?.author)).toEqual(['Priya S.', 'Marcus W.', 'Dana K.']);
  });

  it('reads every field of a review with an owner comment, the comment apart from the review', () => {
    expect(comments[0]).toEqual({
      key: `yelp:${comments[0]!.id}`,
      site: 'yelp',
      id: contentHash('AbCdEfGhIjKlMnOpQrStUv', 'Mar 3, 2025', 'Tacos were good, salsa bar was empty by 8pm.'),
      idSource: 'hash',
      text: 'Tacos were good, salsa bar was empty by 8pm.',
      title: null,
      truncated: false,
      rating: 3,
      ratingRaw: '3 star rating',
      author: 'Priya S.',
      dateText: 'Mar 3, 2025',
      permalink: null,
      ownerReply: { text: 'Thanks Priya, we now refill the salsa bar every hour.', author: 'Luis G.', dateText: 'Mar 5, 2025' },
    });
  });

  it('reads a review without owner comment whose classes use other hash suffixes', () => {
    expect(comments[1]).toMatchObject({ rating: 1, dateText: 'Feb 18, 2025', ownerReply: null, truncated: false });
    expect(comments[1]!.text).toMatch(/^Found a hair in my burrito/);
  });

  it('flags a review cut short behind "Read more"', () => {
    expect(comments[2]).toMatchObject({ rating: 5, truncated: true });
    expect(comments[2]!.text.endsWith('a second round of…')).toBe(true);
  });

  it('gives ids that survive the text being expanded and differ between reviews', () => {
    const card = yelp.findCards(doc)[2]!;
    const before = yelp.extract(card, new URL(PAGE2_URL))!;
    const clone = card.cloneNode(true) as Element;
    clone.querySelector('span[class*="raw__"]')!.textContent += ' tacos. Worth the drive.';
    expect(yelp.extract(clone, new URL(PAGE2_URL))!.id).toBe(before.id);
    expect(new Set(comments.map((c) => c!.id)).size).toBe(3);
  });

  it('produces comments that pass the cross-context schema', () => {
    for (const comment of comments) expect(PageCommentSchema.safeParse(comment).success).toBe(true);
  });

  it('finds the card a freshly added node belongs to', () => {
    const span = doc.querySelectorAll('span[class*="raw__"]')[2]!;
    expect(yelp.findCards(span).map((card) => yelp.extract(card, new URL(PAGE2_URL))?.author)).toEqual(['Marcus W.']);
  });

  it('has no reply box on the public page', async () => {
    expect(await yelp.findReplyEditor(yelp.findCards(doc)[1]!)).toBeNull();
  });
});

describe('yelp business page (Spanish UI, yelp.com.mx)', () => {
  const doc = loadFixture('biz.es-mx.html');
  const comments = extractAll(doc, MX_URL);

  it('reads ratings, numeric dates and the owner comment without English labels', () => {
    expect(comments.map((c) => c?.rating)).toEqual([1, 4]);
    expect(comments[0]).toMatchObject({ author: 'Valeria M.', dateText: '12/4/2025', ownerReply: null, ratingRaw: 'Valoración de 1 estrella' });
    expect(comments[1]!.ownerReply).toEqual({ text: '¡Gracias, Jorge! Ya abrimos más mesas en la terraza.', author: 'Rosa T.', dateText: '4/3/2025' });
    expect(comments[1]!.text).not.toContain('Gracias');
  });

  it('sees the comment area', () => {
    expect(yelp.hasCommentArea(doc)).toBe(true);
    expect(yelp.hasCommentArea(new DOMParser().parseFromString('<main><p>Menu</p></main>', 'text/html'))).toBe(false);
  });
});

describe('yelp URLs', () => {
  it('accepts business pages on Yelp domains and rejects search, photos and look-alike hosts', () => {
    for (const url of yelp.urlExamples.accepts) expect(yelp.matchesUrl(new URL(url)), url).toBe(true);
    for (const url of yelp.urlExamples.rejects) expect(yelp.matchesUrl(new URL(url)), url).toBe(false);
  });
});
