// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixtureDocument } from '../../../tests/helpers/fixtures';
import { PageCommentSchema } from '../../comments/comment';
import { contentHash } from '../../comments/content-hash';
import { amazon } from './index';

const loadFixture = (name: string) => loadFixtureDocument('amazon', name);
const REVIEWS_URL = 'https://www.amazon.com/product-reviews/B0EXAMPLE1/ref=cm_cr_dp_d_show_all_btm?reviewerType=all_reviews';
const JP_URL = 'https://www.amazon.co.jp/dp/B0EXAMPLE2';

function extractAll(doc: Document, url: string) {
  return amazon.findCards(doc).map((card) => amazon.extract(card, new URL(url)));
}

describe('amazon /product-reviews/ page (English)', () => {
  const doc = loadFixture('product-reviews.en.html');
  const comments = extractAll(doc, REVIEWS_URL);

  it('finds each review once, not its inner customer_review- copy nor the product rating', () => {
    expect(comments.map((c) => c?.id)).toEqual(['R1EXAMPLEAAA01', 'R2EXAMPLEBBB02', 'R3EXAMPLECCC03']);
  });

  it('reads every field, the title without the star text and the date without the country', () => {
    expect(comments[0]).toEqual({
      key: 'amazon:R1EXAMPLEAAA01',
      site: 'amazon',
      id: 'R1EXAMPLEAAA01',
      idSource: 'site',
      text: 'Boils fast and the handle stays cool. The lid click is louder than expected.',
      title: 'Solid kettle, loud click',
      truncated: false,
      rating: 4,
      ratingRaw: '4.0 out of 5 stars',
      author: 'K. Tanaka',
      dateText: 'March 2, 2025',
      permalink: 'https://www.amazon.com/gp/customer-reviews/R1EXAMPLEAAA01?ASIN=B0EXAMPLE1',
      ownerReply: null,
    });
  });

  it('reads an international review (cmps-review-star-rating, no title link) and builds its permalink from the id', () => {
    expect(comments[2]).toMatchObject({
      rating: 5,
      title: 'Perfect for tea',
      author: 'Amélie R.',
      dateText: 'January 20, 2025',
      permalink: 'https://www.amazon.com/gp/customer-reviews/R3EXAMPLECCC03',
    });
  });

  it('picks up reviews appended by "Show 10 more reviews"', () => {
    const item = doc.createElement('li');
    item.setAttribute('data-hook', 'review');
    item.id = 'R4EXAMPLEDDD04';
    const body = doc.createElement('span');
    body.setAttribute('data-hook', 'review-body');
    body.textContent = 'Does the job.';
    item.append(body);
    doc.getElementById('cm_cr-review_list')!.append(item);
    expect(amazon.findCards(item).map((card) => amazon.extract(card, new URL(REVIEWS_URL))?.key)).toEqual(['amazon:R4EXAMPLEDDD04']);
  });

  it('produces comments that pass the cross-context schema', () => {
    for (const comment of comments) expect(PageCommentSchema.safeParse(comment).success).toBe(true);
  });

  it('has no reply box: Amazon has no seller reply on reviews', async () => {
    expect(await amazon.findReplyEditor(amazon.findCards(doc)[1]!)).toBeNull();
  });
});

describe('amazon product page (Japanese, 2026 top reviews layout)', () => {
  const doc = loadFixture('product-page.ja.html');
  const comments = extractAll(doc, JP_URL);

  it('parses scale-first ratings ("5つ星のうち1.0") and Japanese dates', () => {
    expect(comments.map((c) => c?.rating)).toEqual([1, 4, 3]);
    expect(comments[0]).toMatchObject({
      id: 'R1JPEXAMPLE0001',
      ratingRaw: '5つ星のうち1.0',
      title: '二日で壊れました',
      author: '山田 花子',
      dateText: '2025年3月2日',
      permalink: 'https://www.amazon.co.jp/gp/customer-reviews/R1JPEXAMPLE0001',
    });
  });

  it('reads the full text behind a CSS clamp, and flags a body cut short next to "続きを読む"', () => {
    expect(comments[0]).toMatchObject({ truncated: false, text: '届いて二日で電源が入らなくなりました。サポートに連絡しましたが返事がありません。返品を希望します。残念です。' });
    expect(comments[2]).toMatchObject({ truncated: true });
  });

  it('falls back to a content hash for a review without an id', () => {
    expect(comments[1]).toMatchObject({
      idSource: 'hash',
      id: contentHash(null, 'お湯が早く沸きます。注ぎ口も細くてコーヒーを淹れるのにちょうどいいです。'),
      author: null,
      permalink: null,
    });
  });

  it('takes the id of a review block nested in a product-page list item, as one card', () => {
    const nested = new DOMParser().parseFromString(
      '<ul id="localTopReviewsList"><li><div data-hook="review" id="R9NESTEDEXAMPLE1"><span data-hook="review-body"><span>Fine.</span></span></div></li></ul>',
      'text/html',
    );
    expect(extractAll(nested, JP_URL).map((c) => c?.key)).toEqual(['amazon:R9NESTEDEXAMPLE1']);
  });

  it('reads the rating from the icon class even when the text is in an unknown language', () => {
    const card = amazon.findCards(doc)[1]!.cloneNode(true) as Element;
    card.querySelector('.a-icon-alt')!.textContent = '별 5개 중 2.0';
    card.querySelector('i')!.className = 'a-icon a-icon-star a-star-4-5';
    expect(amazon.extract(card, new URL(JP_URL))).toMatchObject({ rating: 4.5, ratingRaw: '별 5개 중 2.0' });
  });

  it('sees the comment area on both layouts', () => {
    expect(amazon.hasCommentArea(doc)).toBe(true);
    expect(amazon.hasCommentArea(loadFixture('product-reviews.en.html'))).toBe(true);
    expect(amazon.hasCommentArea(new DOMParser().parseFromString('<div id="dp"><h1>Kettle</h1></div>', 'text/html'))).toBe(false);
  });
});

describe('amazon URLs', () => {
  it('accepts review and product pages and rejects search, cart and seller pages', () => {
    for (const url of amazon.urlExamples.accepts) expect(amazon.matchesUrl(new URL(url)), url).toBe(true);
    for (const url of amazon.urlExamples.rejects) expect(amazon.matchesUrl(new URL(url)), url).toBe(false);
  });
});
