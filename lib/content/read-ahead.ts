import type { PageComment } from '../comments/comment';
import type { SiteAdapter } from '../sites/adapter';
import { inSlices } from './slices';

/** What the page held when it was read ahead. */
export interface EarlyReadings {
  /** Each card's comment; a card missing here is read again. */
  comments: Map<Element, PageComment | null>;
  /** The page's cards, unless the page added, removed or changed elements meanwhile (then they are looked for again). */
  cards: Element[] | null;
}

/** Reads one card, or null (with a warning) when the adapter fails on it. */
export function extractCard(adapter: SiteAdapter, card: Element, pageUrl: URL): PageComment | null {
  try {
    return adapter.extract(card, pageUrl);
  } catch (error) {
    console.warn(`[Composure] ${adapter.name}: could not read a comment card`, error);
    return null;
  }
}

/**
 * Reads the page's cards while storage is still answering whether the site is switched on, so that
 * round trip costs the user nothing. Nothing on the page changes here: the runtime marks and reports
 * the cards only once the site is known to be on. A card the page changes meanwhile is left out of
 * the readings, so the runtime reads it again.
 */
export class ReadAhead {
  /** Settles when every card is read, or reading stopped (the site is off, the extension went away). */
  readonly done: Promise<unknown>;
  private readonly comments = new Map<Element, PageComment | null>();
  private cards: Element[] | null = null;
  private readonly url = location.href;
  private readonly observer = new MutationObserver((records) => this.forgetChanged(records));

  constructor(adapter: SiteAdapter, switchedOn: Promise<boolean>, isValid: () => boolean) {
    const pageUrl = new URL(this.url);
    if (!adapter.matchesUrl(pageUrl)) {
      this.done = Promise.resolve();
      return;
    }
    let stopped = false;
    void switchedOn.then((on) => (stopped ||= !on));
    // Attributes too: adapters read ids and ratings from them, and selectors match on them.
    this.observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true });
    this.cards = adapter.findCards(document);
    this.done = inSlices(this.cards, (card) => this.comments.set(card, extractCard(adapter, card, pageUrl)), () => !stopped && isValid());
  }

  /** The readings still true to the page; stops watching it. Called in the same task that starts the runtime's own watch. */
  take(): EarlyReadings {
    this.forgetChanged(this.observer.takeRecords());
    this.observer.disconnect();
    // A single-page app may have moved to another address meanwhile: what was read belongs to the last one.
    if (location.href !== this.url) return { comments: new Map(), cards: null };
    return { comments: this.comments, cards: this.cards };
  }

  private forgetChanged(records: MutationRecord[]): void {
    if (records.length > 0) this.cards = null;
    for (const record of records) {
      for (let node: Node | null = record.target; node; node = node.parentNode) this.comments.delete(node as Element);
    }
  }
}
