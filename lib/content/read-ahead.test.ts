// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { PageComment } from '../comments/comment';
import type { SiteAdapter } from '../sites/adapter';
import { ReadAhead } from './read-ahead';

/** A minimal adapter over <p class="card"> elements; `onRead` lets a test act while a card is read. */
function adapter(onRead: (card: Element) => void = () => undefined, acceptsUrl = true): SiteAdapter {
  return {
    id: 'generic',
    name: 'Test',
    matches: [],
    matchesUrl: () => acceptsUrl,
    urlExamples: { accepts: [], rejects: [] },
    findCards: (root) => [...root.querySelectorAll('p.card')],
    extract: (card) => {
      onRead(card);
      return { key: `generic:${card.id}`, text: card.textContent ?? '' } as PageComment;
    },
    hasCommentArea: () => true,
    findReplyEditor: async () => null,
  };
}

function page(count: number): Element[] {
  document.body.replaceChildren(
    ...Array.from({ length: count }, (_, i) => {
      const card = document.createElement('p');
      card.className = 'card';
      card.id = `c${i}`;
      card.textContent = `comment ${i}`;
      return card;
    }),
  );
  return [...document.querySelectorAll('p.card')];
}

const on = Promise.resolve(true);
const valid = () => true;

describe('reading ahead while the preferences load', () => {
  it('reads every card without changing the page', async () => {
    const cards = page(3);
    const before = document.body.innerHTML;
    const ahead = new ReadAhead(adapter(), on, valid);
    await ahead.done;
    const { comments, cards: found } = ahead.take();
    expect(cards.map((card) => comments.get(card)?.text)).toEqual(['comment 0', 'comment 1', 'comment 2']);
    expect(found).toEqual(cards);
    expect(document.body.innerHTML).toBe(before);
  });

  it('leaves out a card the page changed after it was read, so it is read again', async () => {
    const cards = page(3);
    // While the third card is read, the page expands the first one's text.
    const ahead = new ReadAhead(adapter((card) => card.id === 'c2' && cards[0]!.append(' and more')), on, valid);
    await ahead.done;
    const { comments, cards: found } = ahead.take();
    expect(comments.has(cards[0]!)).toBe(false);
    expect(comments.get(cards[1]!)?.text).toBe('comment 1');
    // The page changed: its cards are looked for again.
    expect(found).toBeNull();
  });

  it('notices a change made after reading ended but before the runtime took over', async () => {
    const cards = page(2);
    const ahead = new ReadAhead(adapter(), on, valid);
    await ahead.done;
    cards[1]!.textContent = 'edited';
    expect(ahead.take().comments.has(cards[1]!)).toBe(false);
  });

  it('notices a changed attribute, which adapters read ids and ratings from', async () => {
    const cards = page(2);
    const ahead = new ReadAhead(adapter(), on, valid);
    await ahead.done;
    cards[0]!.setAttribute('data-rating', '1');
    expect(ahead.take().comments.has(cards[0]!)).toBe(false);
  });

  it('drops everything when a single-page app moved to another address meanwhile', async () => {
    page(2);
    const ahead = new ReadAhead(adapter(), on, valid);
    await ahead.done;
    history.pushState(null, '', '/another-place');
    expect(ahead.take()).toEqual({ comments: new Map(), cards: null });
  });

  it('stops when the site turns out to be switched off', async () => {
    const cards = page(50);
    const busy = (ms: number) => {
      const end = performance.now() + ms;
      while (performance.now() < end);
    };
    // Each card takes 5 ms, so reading spans several slices and sees the answer between them.
    const ahead = new ReadAhead(adapter(() => busy(5)), Promise.resolve(false), valid);
    await ahead.done;
    expect(ahead.take().comments.size).toBeLessThan(cards.length);
  });

  it('reads nothing on a page the adapter does not handle', async () => {
    page(2);
    const ahead = new ReadAhead(adapter(undefined, false), on, valid);
    await ahead.done;
    expect(ahead.take().comments.size).toBe(0);
  });
});
