import { fixturePath } from '../helpers/fixtures';
import type { SiteId } from '../../lib/sites/site-ids';
import { expect, test } from './fixtures';

/**
 * Sites that draw a reply after the comment it answers, outside it, and often later: the reply a
 * person just posted, or replies loaded on demand. The comment must turn answered all the same.
 */
const CASES: { site: SiteId; url: string; fixture: string; key: string; negative: boolean; comments: number; after: string; html: string }[] = [
  {
    site: 'x',
    url: 'https://x.com/exampleshop/status/1890000000000000001',
    fixture: 'status-replies.en.html',
    key: 'x:1890000000000000077',
    negative: true,
    comments: 4,
    // A reply just posted: X draws a new cell right under the tweet it answers.
    after: '[data-testid="cellInnerDiv"]',
    html: `<div data-testid="cellInnerDiv" style="transform: translateY(620px);">
      <article data-testid="tweet" role="article" tabindex="0">
        <div data-testid="User-Name"><a href="/exampleshop" role="link"><span>Example Shop</span></a><a href="/exampleshop" role="link" tabindex="-1"><span>@exampleshop</span></a>
          <a href="/exampleshop/status/1890000000000000078" role="link"><time datetime="2025-06-02T09:00:00.000Z">Jun 2</time></a></div>
        <div data-testid="tweetText" lang="en" dir="auto"><span>Gus, we are sorry about the wait. We have sent you a message to sort out the refund today.</span></div>
      </article>
    </div>`,
  },
  {
    site: 'facebook',
    url: 'https://www.facebook.com/examplebakery/posts/pfbid0ExampleBakeryPost1',
    fixture: 'post-comments.en.html',
    key: 'facebook:3456789012345678',
    negative: false,
    comments: 3,
    // "View more replies": the Page's answer joins the reply block after the comment.
    after: '.thread > .replies > [role="article"]',
    html: `<div role="article" aria-label="Reply by Example Bakery to Priya Nair's comment 2 hours ago" tabindex="-1">
      <a href="https://www.facebook.com/examplebakery" role="link"><span>Example Bakery</span></a>
      <div dir="auto"><span lang="en-US">Thank you for telling us, Priya. We have passed this on to our bakers.</span></div>
      <ul><li><a href="https://www.facebook.com/examplebakery/posts/pfbid0ExampleBakeryPost1?comment_id=3456789012345678&amp;reply_comment_id=4567890123456790" role="link">2h</a></li></ul>
    </div>`,
  },
];

for (const { site, url, fixture, key, negative, comments, after, html } of CASES) {
  test(`${site}: a reply drawn later, after the comment and outside it, marks the comment answered`, async ({ context, route, openPanel }) => {
    const network = await route([{ url, file: fixturePath(site, fixture) }]);
    const page = await context.newPage();
    await page.goto(url);
    const panel = await openPanel(url);
    const row = panel.locator(`[data-comment-key="${key}"]`);
    const marker = page.locator(`composure-marker[data-composure-for="${key}"]`);
    await expect(row).toHaveAttribute('data-answered', 'false');
    // The marker names the reply state of negative comments only.
    if (negative) await expect(marker).toHaveText('Negative · needs a reply');

    await page.evaluate(
      ({ key, after, html }) => {
        const card = document.querySelector(`[data-composure-key="${key}"]`)!;
        const anchor = [...document.querySelectorAll(after)].find((el) => el.contains(card) || (card.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0)!;
        // This stands for the site's own code drawing the reply, not ours.
        // eslint-disable-next-line no-restricted-syntax
        anchor.insertAdjacentHTML('afterend', html);
      },
      { key, after, html },
    );

    await expect(row).toHaveAttribute('data-answered', 'true');
    if (negative) await expect(marker).toHaveText('Negative · answered');
    // The business's own reply is not a comment to answer.
    await expect(panel.locator('[data-comment-key]')).toHaveCount(comments);
    expect(network.unexpected).toEqual([]);
  });
}
