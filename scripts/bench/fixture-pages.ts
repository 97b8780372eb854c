/**
 * Large fixture pages for the content-script benchmark, generated at run time into bench-output
 * (never committed): the real cards of a committed fixture, repeated with fresh comment ids, until
 * the page holds 100, 1,000 or 5,000 comments. The site's own adapter finds the cards to repeat, so
 * the bench follows the adapters as they change.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import type { SiteAdapter } from '../../lib/sites/adapter';
import type { SiteId } from '../../lib/sites/site-ids';

/** A site measured in Chromium: which fixture's cards to repeat, and the real URL the page is served at. */
export interface BenchSite {
  site: SiteId;
  fixture: string;
  url: string;
}

export const BENCH_SITES: BenchSite[] = [
  { site: 'tripadvisor', fixture: 'hotel-owner-view.en.html', url: 'https://www.tripadvisor.com/Hotel_Review-g186338-d192000-Reviews-Example_Harbour_Hotel-London_England.html' },
  { site: 'google', fixture: 'maps-hotel.en.html', url: 'https://www.google.com/maps/place/Example+Harbour+Hotel/@51.5072,-0.1276,15z' },
  { site: 'x', fixture: 'status-replies.en.html', url: 'https://x.com/exampleshop/status/1890000000000000001' },
];

/** Marks the element the cards are appended to, so the bench can add 50 more later. */
export const CONTAINER_ATTRIBUTE = 'data-bench-cards';
const PLACEHOLDER = '<!--composure-bench-cards-->';

export interface CardTemplate {
  html: string;
  /** The comment id as it appears in the card's HTML (a link, an attribute), replaced in each copy. */
  id: string;
}

export interface PageTemplate {
  /** The fixture with its cards replaced by PLACEHOLDER inside the marked container. */
  shell: string;
  cards: CardTemplate[];
  adapter: SiteAdapter;
  url: string;
}

/** The adapter module of a site, or null when the site has none yet (others are still writing it). */
export async function loadAdapter(site: SiteId): Promise<SiteAdapter | null> {
  const path = resolve('lib', 'sites', site, 'index.ts');
  if (!existsSync(path)) return null;
  const module = (await import(path)) as Record<string, unknown>;
  const adapter = module[site];
  return adapter && typeof adapter === 'object' ? (adapter as SiteAdapter) : null;
}

/** A happy-dom window with its DOM classes global, as the adapters use them (`instanceof Element`, NodeFilter) as on a page. */
function parse(html: string, url: string): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true } });
  const globals = globalThis as Record<string, unknown>;
  for (const name of ['Element', 'Node', 'NodeFilter', 'HTMLElement', 'HTMLAnchorElement', 'HTMLTimeElement', 'Document']) globals[name] = (window as unknown as Record<string, unknown>)[name];
  const document = window.document as unknown as Document;
  document.write(html);
  return document;
}

export function pageTemplate(adapter: SiteAdapter, bench: BenchSite): PageTemplate {
  const pageUrl = new URL(bench.url);
  if (!adapter.matchesUrl(pageUrl)) throw new Error(`${bench.site}: the ${adapter.name} adapter does not accept ${bench.url}`);
  const fixture = resolve('lib', 'sites', bench.site, 'fixtures', bench.fixture);
  const document = parse(readFileSync(fixture, 'utf8'), bench.url);
  const found = adapter.findCards(document);
  const cards: CardTemplate[] = [];
  for (const card of found) {
    const comment = adapter.extract(card, pageUrl);
    // Only cards whose id the site writes in the page can be copied with a fresh id.
    if (comment?.idSource === 'site' && card.outerHTML.includes(comment.id)) cards.push({ html: card.outerHTML, id: comment.id });
  }
  if (cards.length === 0) throw new Error(`${bench.site}: no card with a site id in ${bench.fixture}`);
  const container = found[0]!.parentElement!;
  container.setAttribute(CONTAINER_ATTRIBUTE, '');
  found[0]!.before(document.createComment(PLACEHOLDER.slice(4, -3)));
  for (const card of found) card.remove();
  return { shell: `<!doctype html>\n${document.documentElement.outerHTML}`, cards, adapter, url: bench.url };
}

/** A fresh id of the same shape: the original's start, then a serial number unique within the page. */
function freshId(original: string, serial: number): string {
  const digits = String(serial).padStart(7, '0');
  return original.length > digits.length + 2 ? original.slice(0, -digits.length) + digits : original + digits;
}

/**
 * `count` cards, serials from `firstSerial`, cycling through the fixture's cards. No whitespace
 * between cards: appended, they arrive as element nodes only, as a site's infinite scroll (React,
 * Lit) inserts them.
 */
export function cardsHtml(template: PageTemplate, count: number, firstSerial: number): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const serial = firstSerial + i;
    const card = template.cards[serial % template.cards.length]!;
    parts.push(card.html.replaceAll(card.id, freshId(card.id, serial)));
  }
  return parts.join('');
}

export function pageHtml(template: PageTemplate, count: number): string {
  return template.shell.replace(PLACEHOLDER, cardsHtml(template, count, 0));
}

/** Checks a generated page the way the content script will read it: `count` cards, `count` distinct keys. */
export function verifyPage(template: PageTemplate, html: string, count: number): void {
  const document = parse(html, template.url);
  const cards = template.adapter.findCards(document);
  const keys = new Set(cards.map((card) => template.adapter.extract(card, new URL(template.url))?.key));
  if (cards.length !== count || keys.size !== count) {
    throw new Error(`${template.adapter.id}: generated page has ${cards.length} cards and ${keys.size} distinct comments, expected ${count}`);
  }
}

/** Writes the page of `count` comments under dir and returns its path. */
export function writePage(template: PageTemplate, count: number, dir: string): string {
  mkdirSync(dir, { recursive: true });
  const html = pageHtml(template, count);
  // One size is enough to prove the copies read as distinct comments; parsing 5,000 cards in happy-dom is slow.
  if (count <= 100) verifyPage(template, html, count);
  const file = join(dir, `${template.adapter.id}-${count}.html`);
  writeFileSync(file, html);
  return file;
}
