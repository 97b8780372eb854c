import type { PageComment } from '../comments/comment';
import type { SiteId } from './site-ids';

/** How well an adapter understood the page it runs on; reported to the side panel. */
export type PageLayout =
  | 'recognised' // comments found
  | 'empty' // the review area is there but holds no comments yet
  | 'unrecognised'; // neither: the site probably changed its layout

/** Everything Composure knows about one site. One folder per site under lib/sites/<id>/. */
export interface SiteAdapter {
  id: SiteId;
  name: string;
  /** Match patterns for the content script and the host permissions (none for runtime adapters). */
  matches: string[];
  /**
   * 'runtime': the content script is registered only on sites the user enables, under an optional
   * permission (the schema.org adapter), so it declares no match patterns and may accept any URL.
   */
  registration?: 'runtime';
  /** Pure URL test: does this adapter handle pages at this URL? */
  matchesUrl(url: URL): boolean;
  /** Example URLs next to the code: the adapter must accept `accepts` and reject `rejects`. */
  urlExamples: { accepts: string[]; rejects: string[] };
  /** Every comment card under root (deduplicated, outermost first). */
  findCards(root: ParentNode): Element[];
  /** Reads one card; null when the element turns out not to be a comment. */
  extract(card: Element, pageUrl: URL): PageComment | null;
  /** Whether the page has the site's comment area, even if it holds nothing yet. */
  hasCommentArea(doc: Document): boolean;
  /**
   * The editor where the business types its reply to this card, opening it if the site needs a
   * click on its own "Reply" button. Never presses submit.
   */
  findReplyEditor(card: Element): Promise<HTMLElement | null>;
  /**
   * Set when the site has no reply box on the pages we read (owners answer in a separate tool the
   * reference does not document): why, for the record. The panel then offers Copy instead of Insert.
   */
  noReplyBox?: string;
  /**
   * For reply editors that do not sit inside a comment card (e.g. a page-level composer): the block
   * holding the editor and the site's submit button, so the reply guard watches it. Optional.
   */
  composerScope?(editor: HTMLElement): Element | null;
  /**
   * For cards that are custom elements with a shadow root, which show only the children assigned
   * to one of their slots: the named slot where our marker shows (Reddit's comment header line).
   */
  markerSlot?: string;
}
