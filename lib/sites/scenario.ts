import type { SiteId } from './site-ids';

/**
 * What the end-to-end test checks on one fixture of a site, declared next to the site's fixtures
 * (lib/sites/<id>/scenarios.ts) and run by tests/e2e/sites.spec.ts in real Chromium.
 */
export interface SiteScenario {
  site: SiteId;
  /** What this scenario shows, e.g. "hotel page, owner view, English". */
  name: string;
  /** The real page URL the fixture is served at. */
  url: string;
  /** File name under lib/sites/<site>/fixtures/. */
  fixture: string;
  /** Every comment the side panel must list, with its normalised rating and whether the business already replied. */
  comments: { key: string; rating: number | null; answered: boolean }[];
  /** A comment the page marker must label negative; its marker must be visible. */
  negativeKey: string;
  /** Selector of that comment's text, when where the marker is drawn needs checking: above this text. */
  markerAbove?: string;
  /** Insert a reply for this comment; the site's editor must then hold it as the site would see it. */
  reply?: {
    key: string;
    /** Selector (from the document, piercing open shadow roots) of the editor that receives the text. */
    editor: string;
    /** 'value' for textarea/input, 'text' for contenteditable editors. */
    read: 'value' | 'text';
    /** What the site prefills and Composure keeps before the reply, e.g. Instagram's "@name ". */
    prefix?: string;
  };
  /**
   * One of the site's own buttons in the fixture, clicked after our markers are placed, and what the
   * fixture's own script changes when it works: proves the markers broke no layout or events.
   */
  siteButton?: { click: string; changes: { selector: string; attribute: string; value: string } };
}
