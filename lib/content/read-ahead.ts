import type { PageComment } from '../comments/comment';
import type { SiteAdapter } from '../sites/adapter';
import { inSlices } from './slices';

/** What each card held when it was read ahead; a card missing here is read again. */
export type EarlyReadings = Map<Element, PageComment | null>;

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
  private readonly readings: EarlyReadings = new Map();
  private readonly observer = new MutationObserver((records) => this.forgetChanged(records));

  constructor(adapter: SiteAdapter, switchedOn: Promise<boolean>, isValid: () => boolean) {
    const pageUrl = new URL(location.href);
    if (!adapter.matchesUrl(pageUrl)) {
      this.done = Promise.resolve();
      return;
    }
    let stopped = false;
    void switchedOn.then((on) => (stopped ||= !on));
    this.observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    this.done = inSlices(adapter.findCards(document), (card) => this.readings.set(card, extractCard(adapter, card, pageUrl)), () => !stopped && isValid());
  }

  /** The readings still true to the page; stops watching it. Called in the same task that starts the runtime's own watch. */
  take(): EarlyReadings {
    this.forgetChanged(this.observer.takeRecords());
    this.observer.disconnect();
    return this.readings;
  }

  private forgetChanged(records: MutationRecord[]): void {
    for (const record of records) {
      for (let node: Node | null = record.target; node; node = node.parentNode) this.readings.delete(node as Element);
    }
  }
}
