// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PageCommentSchema } from '../../lib/comments/comment';
import { SITE_ADAPTERS } from '../../lib/sites/registry';

/** Tag soup built from the anchors adapters look for, with arbitrary text and attribute values. */
const ANCHORS = [
  'div data-test-target="HR_CC_CARD"', 'div data-automation="reviewCard"', 'div data-review-id="r1"', 'article', 'li',
  'shreddit-comment thingid="t1_x"', 'ytd-comment-thread-renderer', 'article data-testid="tweet"', 'div itemprop="review" itemscope itemtype="https://schema.org/Review"',
  'span itemprop="ratingValue"', 'a href="/ShowUserReviews-g1-d2-r123-x.html"', 'a href="/Profile/x"', 'svg data-automation="bubbleRatingImage"', 'title',
  'div data-service-review-card-paper="true"', 'div data-testid="review-card"', 'div data-hook="review"', 'span', 'p', 'button', 'textarea',
];
const tagSoup = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.string({ maxLength: 80 }).map((text) => text.replace(/[<>&]/g, ' ')),
    fc.tuple(fc.constantFrom(...ANCHORS), fc.array(tie('node'), { maxLength: 4 })).map(([open, children]) => `<${open}>${children.join('')}</${open.split(' ')[0]}>`),
  ),
})).node as fc.Arbitrary<string>;

describe.each(SITE_ADAPTERS.map((adapter) => [adapter.id, adapter] as const))('adapter %s on arbitrary markup', (_id, adapter) => {
  it('never throws, and every comment it reads passes the cross-context schema', () => {
    fc.assert(
      fc.property(fc.array(tagSoup, { maxLength: 6 }), (parts) => {
        const doc = new DOMParser().parseFromString(`<!doctype html><body>${parts.join('')}</body>`, 'text/html');
        for (const card of adapter.findCards(doc)) {
          const comment = adapter.extract(card, new URL(adapter.urlExamples.accepts[0]!));
          if (comment) expect(PageCommentSchema.safeParse(comment).success).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });
});
