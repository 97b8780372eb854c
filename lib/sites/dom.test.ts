// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { absoluteUrl, queryFirst, queryFirstWhere } from './dom';

const BASE = new URL('https://www.tripadvisor.com/Hotel_Review-g1-d2-Reviews-Example.html?page=2#reviews');

/** What the URL parser makes of a link: absoluteUrl must agree (an empty link is no link), whichever way it gets there. */
function parsed(href: string, base: URL): string | null {
  try {
    const url = new URL(href, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

describe('absoluteUrl', () => {
  it('joins plain root-relative permalinks to the page origin', () => {
    expect(absoluteUrl('/ShowUserReviews-g1-d2-r1012345678-Example.html', BASE)).toBe('https://www.tripadvisor.com/ShowUserReviews-g1-d2-r1012345678-Example.html');
    expect(absoluteUrl('/x/status/1?s=20#m', new URL('http://localhost:8080/a/b'))).toBe('http://localhost:8080/x/status/1?s=20#m');
  });

  it('leaves to the parser what it would change: dot segments, spaces, quotes, other hosts, other schemes', () => {
    expect(absoluteUrl('/a/../b', BASE)).toBe('https://www.tripadvisor.com/b');
    expect(absoluteUrl('/a/%2E%2e/b', BASE)).toBe('https://www.tripadvisor.com/b');
    expect(absoluteUrl("/a b?q='x'", BASE)).toBe('https://www.tripadvisor.com/a%20b?q=%27x%27');
    expect(absoluteUrl('//evil.example/x', BASE)).toBe('https://evil.example/x');
    expect(absoluteUrl('/\\evil.example/x', BASE)).toBe('https://evil.example/x');
    expect(absoluteUrl('javascript:alert(1)', BASE)).toBeNull();
    expect(absoluteUrl('', BASE)).toBeNull();
  });

  it('agrees with the URL parser on any link made of URL-ish characters', () => {
    // Half the links look like permalinks (the fast path), with dots and escapes to trip it up.
    const permalink = fc.stringMatching(/^\/[a-z0-9\-._~!$&()*+,;=:@%/?#]{0,30}$/).map((link) => link.replace(/a/g, '.').replace(/b/g, '%2e'));
    const href = fc.oneof(permalink, fc.stringMatching(/^[/a-zA-Z0-9\-._~!$&'()*+,;=:@%?#\\ "<>`{}|^[\]]{0,40}$/));
    const base = fc.constantFrom(BASE, new URL('http://example.test:8080/dir/page?x=1'), new URL('file:///tmp/page.html'));
    fc.assert(fc.property(href, base, (link, page) => absoluteUrl(link, page) === (link ? parsed(link, page) : null)), { numRuns: 3000 });
  });
});

describe('queryFirst and queryFirstWhere: the most robust selector wins, wherever its match sits', () => {
  function card(html: string): Element {
    const element = document.createElement('div');
    // A test builds its own markup here; pages' text never goes through this.
    element.append(document.createRange().createContextualFragment(html));
    return element;
  }
  const SELECTORS = ['[data-test="text"]', '.review-text', 'p'];

  it('prefers a later match of the first selector to an earlier match of the second', () => {
    const root = card('<p class="review-text">class</p><span data-test="text">attribute</span>');
    expect(queryFirst(root, SELECTORS)?.textContent).toBe('attribute');
    expect(queryFirstWhere(root, SELECTORS, () => true)?.textContent).toBe('attribute');
  });

  it('falls back in order, and answers null when nothing matches', () => {
    expect(queryFirst(card('<p>plain</p><i class="review-text">class</i>'), SELECTORS)?.textContent).toBe('class');
    expect(queryFirst(card('<b>none</b>'), SELECTORS)).toBeNull();
    expect(queryFirstWhere(card('<b>none</b>'), SELECTORS, () => true)).toBeNull();
  });

  it('queryFirstWhere skips what keep rejects, even for the most robust selector', () => {
    const root = card('<div class="owner"><span data-test="text">owner</span></div><p class="review-text">guest</p>');
    expect(queryFirstWhere(root, SELECTORS, (el) => !el.closest('.owner'))?.textContent).toBe('guest');
  });
});
