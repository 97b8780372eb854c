import { commentKey, type OwnerReply, type PageComment } from '../../comments/comment';
import { contentHash } from '../../comments/content-hash';
import { parseRatingText } from '../../comments/rating';
import { capText, nonEmpty, readText } from '../../comments/text';
import { absoluteUrl, queryFirst, queryFirstWhere, queryOutermost } from '../dom';
import { OWNER_REPLY_DATE, OWNER_REPLY_HEADER, OWNER_REPLY_MENTION, READ_MORE, REVIEW_DATE, REVIEW_DATE_WORDS, TRIPADVISOR } from './selectors';

/** Shorter text in an unknown layout is more likely a label than a review. */
const MIN_FALLBACK_TEXT = 12;
/** Elements whose own text can be the owner reply's header line. */
const TEXT_LEAVES = new Set(['span', 'div', 'p']);
/** Longer than any "Read more" label with the whitespace around it. */
const MAX_LABEL_LENGTH = 60;
/** How far above its "Written" words a date line may start ("Written <span>Oct 3, 2025</span>"). */
const DATE_LINE_LEVELS = 3;
/** Page labels that are not review text, in the UI languages we have seen. */
const CHROME_TEXT = /helpful|útil|bubbles|burbujas|gelembung|^(Date of stay|Trip type|Fecha de la estancia|Tipo de viaje|Tanggal menginap|Jenis perjalanan):?/i;

const ANY_CARD = [TRIPADVISOR.hotelCard, ...TRIPADVISOR.cards].join(', ');

/** A few queries over the whole root rather than several per card: pages hold hundreds of reviews. */
export function findTripadvisorCards(root: ParentNode): Element[] {
  const under = (card: Element) => card === root || root.contains(card);
  // Hotel cards are shared with filter chips: only those holding a review link are reviews.
  const hotelCards = new Set<Element>();
  for (const link of root.querySelectorAll(TRIPADVISOR.reviewLink)) {
    const card = link.closest(TRIPADVISOR.hotelCard);
    if (card && under(card)) hotelCards.add(card);
  }
  const otherCards = queryOutermost(root, TRIPADVISOR.cards);
  const cards = new Set([...hotelCards, ...otherCards]);
  // The page-level rating uses the same bubbles: no block around it is a review.
  const aroundAggregate = new Set<Element>();
  for (const aggregate of root.querySelectorAll(TRIPADVISOR.aggregate)) {
    for (let block = aggregate.closest(ANY_CARD); block; block = block.parentElement?.closest(ANY_CARD) ?? null) aroundAggregate.add(block);
  }
  // Nested matches (a legacy data-reviewid inside a new card) collapse to the outermost card.
  const outermost = [...cards].filter((card) => !aroundAggregate.has(card) && !hasAncestorIn(card, cards, ANY_CARD));
  return hotelCards.size > 0 && otherCards.length > 0 ? outermost.sort(documentOrder) : outermost;
}

function hasAncestorIn(card: Element, cards: Set<Element>, selector: string): boolean {
  for (let ancestor = card.parentElement?.closest(selector); ancestor; ancestor = ancestor.parentElement?.closest(selector)) {
    if (cards.has(ancestor)) return true;
  }
  return false;
}

function documentOrder(a: Element, b: Element): number {
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

export function extractTripadvisorCard(card: Element, pageUrl: URL): PageComment | null {
  const mentionsReply = OWNER_REPLY_MENTION.test(card.textContent ?? '');
  const replyHeader = mentionsReply ? findReplyHeader(card) : null;
  const ownerBlock = queryFirst(card, TRIPADVISOR.ownerReply) ?? (replyHeader && replyBlockAround(replyHeader, card));
  const titleElement = queryFirst(card, TRIPADVISOR.title);
  const reviewLink = card.querySelector<HTMLAnchorElement>(TRIPADVISOR.reviewLink);
  const rawText = readReviewText(card, ownerBlock, titleElement);
  if (!rawText) return null;

  const authorLink = findAuthorLink(card, ownerBlock);
  const author = authorLink ? readText(authorLink) : null;
  const siteId = reviewLink?.getAttribute('href')?.match(/-r(\d+)-/)?.[1] ?? card.getAttribute('data-reviewid');
  const id = siteId ?? contentHash(author, rawText);
  const { text, cut } = capText(rawText);
  const ratingRaw = readRatingRaw(card, ownerBlock);

  return {
    key: commentKey('tripadvisor', id),
    site: 'tripadvisor',
    id,
    idSource: siteId ? 'site' : 'hash',
    text,
    title: nonEmpty(readText(titleElement)),
    truncated: cut || looksCutShort(card, text),
    rating: parseRatingText(ratingRaw),
    ratingRaw,
    author,
    dateText: dateOnLineOf(authorLink) ?? readDate(card),
    permalink: absoluteUrl(reviewLink?.getAttribute('href'), pageUrl),
    ownerReply: ownerBlock ? readOwnerReply(ownerBlock) : null,
  };
}

/**
 * The leaf that says "Response from …" (the owner reply has no stable attribute). The reply closes
 * the card, so its text nodes are walked from the end: a few nodes, not the whole review (and a
 * review that quotes such a line is not taken for the reply).
 */
function findReplyHeader(card: Element): Element | null {
  const walker = card.ownerDocument.createTreeWalker(card, NodeFilter.SHOW_TEXT);
  for (let node = lastTextIn(walker); node; node = walker.previousNode() as Text | null) {
    if (!OWNER_REPLY_MENTION.test(node.nodeValue ?? '')) continue;
    const leaf = node.parentElement;
    if (leaf && leaf.childElementCount === 0 && TEXT_LEAVES.has(leaf.localName) && OWNER_REPLY_HEADER.test(readText(leaf))) return leaf;
  }
  return null;
}

function lastTextIn(walker: TreeWalker): Text | null {
  let last: Node | null = walker.root;
  while (last.lastChild) last = last.lastChild;
  walker.currentNode = last;
  return (last.nodeType === Node.TEXT_NODE ? last : walker.previousNode()) as Text | null;
}

/** From the "Response from …" line, the block that also holds the reply's date and body, short of the card. */
function replyBlockAround(header: Element, card: Element): Element {
  let block = header;
  const headerLength = readText(header).length;
  while (block.parentElement && block.parentElement !== card && readText(block).length < headerLength + 20) {
    block = block.parentElement;
  }
  return block;
}

function readOwnerReply(block: Element): OwnerReply {
  let author: string | null = null;
  let dateText: string | null = null;
  const bodyParts: string[] = [];
  for (const leaf of block.querySelectorAll('span, p, div')) {
    if (leaf.querySelector('span, p, div')) continue;
    const line = readText(leaf);
    if (!line) continue;
    const header = line.match(OWNER_REPLY_HEADER);
    const date = line.match(OWNER_REPLY_DATE);
    if (header) author = header[2] ?? null;
    else if (date) dateText = date[2] ?? null;
    else bodyParts.push(line);
  }
  return { text: capText(bodyParts.join('\n')).text, author, dateText };
}

function readReviewText(card: Element, ownerBlock: Element | null, titleElement: Element | null): string {
  const tagged = readText(queryFirstWhere(card, TRIPADVISOR.text, (el) => !ownerBlock?.contains(el) && readText(el) !== ''));
  if (tagged) return tagged;
  // Hashed classes change yearly: fall back to the longest plain text that is not the page's own
  // chrome (author, title, dates, labels, buttons). Short reviews count too.
  let best = '';
  for (const span of card.querySelectorAll('span, q, p')) {
    if (ownerBlock?.contains(span) || titleElement?.contains(span) || span.querySelector('span, q, p')) continue;
    if (span.closest('a[href^="/Profile/"], button, [role="button"], svg')) continue;
    const text = readText(span);
    if (text.length <= best.length || text.length < MIN_FALLBACK_TEXT || READ_MORE.test(text) || CHROME_TEXT.test(text)) continue;
    if (REVIEW_DATE.some((pattern) => pattern.test(text))) continue;
    best = text;
  }
  return best;
}

/** The reviewer's profile link with their name (two per card: the avatar has no text). */
function findAuthorLink(card: Element, ownerBlock: Element | null): Element | null {
  for (const selector of TRIPADVISOR.author) {
    for (const link of card.querySelectorAll(selector)) {
      if (!ownerBlock?.contains(link) && readText(link)) return link;
    }
  }
  return null;
}

/** "<name> wrote a review Oct 2025": the usual date line is the author link's own line. */
function dateOnLineOf(authorLink: Element | null): string | null {
  const line = authorLink?.parentElement;
  if (!line || (line.textContent?.length ?? 0) > 240) return null;
  const text = readText(line);
  return text.length <= 120 ? dateIn(text) : null;
}

function readRatingRaw(card: Element, ownerBlock: Element | null): string | null {
  const svg = [...card.querySelectorAll('svg[data-automation="bubbleRatingImage"]')].find((el) => !ownerBlock?.contains(el));
  if (svg) {
    // The svg's own <title> first: ids repeat when the page clones cards, so a document-wide
    // lookup of aria-labelledby can land on another review's rating.
    const labelId = svg.getAttribute('aria-labelledby');
    const title = svg.querySelector('title') ?? (labelId ? card.ownerDocument.getElementById(labelId) : null);
    return nonEmpty(readTextKeepingSvg(title)) ?? nonEmpty(svg.getAttribute('aria-label'));
  }
  const legacy = card.querySelector('span.ui_bubble_rating[class*="bubble_"]');
  const bubbles = legacy?.className.match(/bubble_(\d)(\d)/);
  return bubbles ? `${bubbles[1]}.${bubbles[2]} of 5 bubbles` : null;
}

/** readText strips svg; the rating lives in an svg <title>, so read it directly. */
function readTextKeepingSvg(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Dates kept off the author's line ("Written October 3, 2025"): the innermost line around the words wins. */
function readDate(card: Element): string | null {
  let best: { line: string; date: string } | null = null;
  const walker = card.ownerDocument.createTreeWalker(card, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (!REVIEW_DATE_WORDS.test(text.nodeValue ?? '')) continue;
    for (let block = text.parentElement, level = 0; block && level < DATE_LINE_LEVELS; block = block === card ? null : block.parentElement, level++) {
      const line = readText(block);
      if (line.length > 120 || (best && line.length >= best.line.length)) break;
      const date = dateIn(line);
      if (date) {
        best = { line, date };
        break;
      }
    }
  }
  return best?.date ?? null;
}

function dateIn(line: string): string | null {
  let found: string | null = null;
  for (const pattern of REVIEW_DATE) found = line.match(pattern)?.[1]?.trim() || found;
  return found;
}

/** Text that ends in an ellipsis next to a "Read more" control is only the start of the review. */
function looksCutShort(card: Element, text: string): boolean {
  if (!text.endsWith('…') && !text.endsWith('...')) return false;
  // A label is short: the raw length rules out the review text and its blocks without reading them.
  return [...card.querySelectorAll('button, span, a')].some((el) => (el.textContent?.length ?? 0) <= MAX_LABEL_LENGTH && READ_MORE.test(readText(el)));
}
