import { commentKey, type OwnerReply, type PageComment } from '../../comments/comment';
import { contentHash } from '../../comments/content-hash';
import { parseRatingText } from '../../comments/rating';
import { capText, nonEmpty, readText } from '../../comments/text';
import { queryFirst, queryFirstWhere } from '../dom';
import { GOOGLE, ORIGINAL_LABEL, OWNER_REPLY_HEADER, OWNER_REPLY_WORDS, TRANSLATED_LABEL } from './selectors';

/** How far a Reply control may sit above its review's id on business.google.com. */
const MAX_BLOCK_DEPTH = 5;
/** Set on a "More" button we pressed, so a re-read never presses it twice. */
const EXPANDED_BY_US = 'data-composure-expanded';

/**
 * One element per review: the Search panel's <article>, else the outermost [data-review-id], widened
 * to the block that also holds its Reply control on business.google.com (the id sits on a child).
 * Linear in the page size: a Maps pane holds hundreds of cards.
 */
export function findGoogleCards(root: ParentNode): Element[] {
  const ids = [...root.querySelectorAll(GOOGLE.reviewId)];
  if (root instanceof Element && root.matches(GOOGLE.reviewId)) ids.unshift(root);
  const blocks = replyBlocks(root);
  const cards = new Set<Element>(root.querySelectorAll(GOOGLE.searchCard));
  if (root instanceof Element && root.matches(GOOGLE.searchCard)) cards.add(root);
  for (const element of ids) {
    if (element.closest(GOOGLE.searchCard)) continue;
    const article = element.closest(GOOGLE.panelCard);
    if (article) cards.add(article);
    // Inner copies of a card's id are not cards.
    else if (!element.parentElement?.closest(GOOGLE.reviewId)) cards.add(enclosingBlock(element, blocks) ?? element);
  }
  return [...cards];
}

/** From each Reply control or editor, the nearest ancestor holding a review id, when it holds only one review. */
function replyBlocks(root: ParentNode): Set<Element> {
  const blocks = new Set<Element>();
  for (const control of root.querySelectorAll(`${GOOGLE.replyButton}, ${GOOGLE.replyEditor}`)) {
    let candidate = control.parentElement;
    for (let depth = 0; candidate && depth < MAX_BLOCK_DEPTH; depth++, candidate = candidate.parentElement) {
      const ids = new Set([...candidate.querySelectorAll(GOOGLE.reviewId)].map((el) => el.getAttribute('data-review-id')));
      if (ids.size === 0) continue;
      if (ids.size === 1) blocks.add(candidate);
      break;
    }
  }
  return blocks;
}

function enclosingBlock(element: Element, blocks: Set<Element>): Element | null {
  let candidate = element.parentElement;
  for (let depth = 0; candidate && depth < MAX_BLOCK_DEPTH; depth++, candidate = candidate.parentElement) {
    if (blocks.has(candidate)) return candidate;
  }
  return null;
}

export function extractGoogleCard(card: Element, _pageUrl: URL): PageComment | null {
  const siteId = nonEmpty(
    card.getAttribute('data-review-id') ?? card.querySelector(GOOGLE.reviewId)?.getAttribute('data-review-id') ?? card.getAttribute('data-id'),
  );
  const ownerBlock = findOwnerReplyBlock(card);
  const outsideReply = (el: Element) => !ownerBlock?.contains(el);
  const ratingRaw = readRatingRaw(card, outsideReply);
  const body = readBody(card, outsideReply);
  // A review may be stars only; something with neither text nor stars is not a review.
  if (!body.text && !ratingRaw) return null;

  const author = readAuthor(card, outsideReply);
  const id = siteId ?? contentHash(author, body.text);
  const { text, cut } = capText(body.text);
  return {
    key: commentKey('google', id),
    site: 'google',
    id,
    idSource: siteId ? 'site' : 'hash',
    text,
    title: null,
    truncated: cut || body.truncated,
    rating: parseRatingText(ratingRaw),
    ratingRaw,
    author,
    dateText: nonEmpty(readText(queryFirstWhere(card, GOOGLE.date, outsideReply))),
    // Maps shows no review link in the card; its share link needs data the DOM does not hold.
    permalink: null,
    ownerReply: ownerBlock ? readOwnerReply(ownerBlock) : null,
  };
}

function readAuthor(card: Element, keep: (el: Element) => boolean): string | null {
  const named = nonEmpty(readText(queryFirstWhere(card, GOOGLE.author, keep)));
  // Maps cards also carry the author as their aria-label.
  return named ?? (card.matches(GOOGLE.reviewId) ? nonEmpty(card.getAttribute('aria-label')) : null);
}

function readRatingRaw(card: Element, keep: (el: Element) => boolean): string | null {
  const labelled = queryFirstWhere(card, GOOGLE.rating, keep);
  if (labelled) return nonEmpty(labelled.getAttribute('aria-label'));
  const hotel = queryFirstWhere(card, [GOOGLE.hotelRating], keep);
  if (hotel) return nonEmpty(readText(hotel));
  // Merchant panel: star ligatures with no label; count the filled ones.
  const stars = [...card.querySelectorAll(GOOGLE.starIcon)].filter((icon) => icon.textContent?.trim() === 'star' && keep(icon));
  const filled = stars.filter((icon) => icon.classList.contains(GOOGLE.filledStar)).length;
  return stars.length > 0 && filled > 0 ? `${filled}/${stars.length}` : null;
}

interface Body {
  text: string;
  truncated: boolean;
}

function readBody(card: Element, keep: (el: Element) => boolean): Body {
  const panel = readPanelText(card);
  if (panel) return panel;
  // Expand first: when the page swaps the full text in at once, we read that.
  const truncated = expandCollapsedText(card, keep);
  const text = stripTranslationLabels(readTextWithoutLinks(queryFirstWhere(card, GOOGLE.text, keep)));
  return { text, truncated };
}

/** The Search modal keeps its "More" link inside the text element. */
function readTextWithoutLinks(element: Element | null): string {
  if (!element?.querySelector('a')) return readText(element);
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('a').forEach((link) => link.remove());
  return readText(copy);
}

/** Merchant panel: the review is the element's own text nodes; its children are chrome ("View full review", "Food: 5/5"). */
function readPanelText(card: Element): Body | null {
  const expanded = card.querySelector(GOOGLE.panelText.expanded);
  const source = expanded ?? card.querySelector(GOOGLE.panelText.collapsed);
  if (!source) return null;
  const own = [...source.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent ?? '');
  return { text: own.join(' ').replace(/\s+/g, ' ').trim(), truncated: !expanded };
}

/** "(Translated by Google) … (Original) …": keep the translation the user reads. */
function stripTranslationLabels(text: string): string {
  if (!TRANSLATED_LABEL.test(text)) return text;
  return text.replace(TRANSLATED_LABEL, '').replace(ORIGINAL_LABEL, '').trim();
}

/**
 * Maps cuts long reviews behind "More" and keeps the rest out of the DOM until it is pressed. We
 * press it once (it only expands the text in place); the runtime re-reads the card when the full
 * text arrives. Until then the text is flagged as truncated.
 */
function expandCollapsedText(card: Element, keep: (el: Element) => boolean): boolean {
  const more = queryFirstWhere(card, GOOGLE.moreButton, keep) as HTMLElement | null;
  if (!more) return false;
  if (!more.hasAttribute(EXPANDED_BY_US)) {
    more.setAttribute(EXPANDED_BY_US, '');
    more.click();
  }
  // Pages that expand synchronously have already swapped the text in and dropped or hidden the control.
  return more.isConnected && !more.hidden && more.getAttribute('aria-expanded') !== 'true';
}

function findOwnerReplyBlock(card: Element): Element | null {
  const tagged = card.querySelector(GOOGLE.ownerReply);
  if (tagged) return tagged;
  // Walking every leaf is costly on long lists: only when the header's words are there at all.
  if (!OWNER_REPLY_WORDS.test(card.textContent ?? '')) return null;
  for (const leaf of card.querySelectorAll('span, div')) {
    if (leaf.children.length > 0 || !OWNER_REPLY_HEADER.test(readText(leaf))) continue;
    // Climb until the block holds more than the header line, without reaching the card.
    let block: Element = leaf;
    const headerLength = readText(leaf).length;
    while (block.parentElement && block.parentElement !== card && readText(block).length < headerLength + 20) block = block.parentElement;
    return block;
  }
  return null;
}

function readOwnerReply(block: Element): OwnerReply {
  const header = block.querySelector(GOOGLE.ownerReplyHeader);
  const date = block.querySelector(GOOGLE.ownerReplyDate);
  const tagged = block.querySelector(GOOGLE.ownerReplyText);
  // Maps says "the owner"; the Search modal names the business.
  const author = nonEmpty(readText(block.querySelector(GOOGLE.ownerReplyAuthor)));
  if (tagged) return { text: capText(readText(tagged)).text, author, dateText: nonEmpty(readText(date)) };
  // Untagged block: every leaf line that is not the header or the date is the reply.
  const lines: string[] = [];
  for (const leaf of block.querySelectorAll('span, div, p')) {
    if (leaf.querySelector('span, div, p') || leaf === header || leaf === date) continue;
    const line = readText(leaf);
    if (line && !OWNER_REPLY_HEADER.test(line)) lines.push(line);
  }
  return { text: capText(lines.join('\n')).text, author, dateText: nonEmpty(readText(date)) };
}

export function hasGoogleCommentArea(doc: Document): boolean {
  return queryFirst(doc, GOOGLE.commentArea) !== null;
}
