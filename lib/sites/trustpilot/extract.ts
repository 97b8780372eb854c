import { commentKey, type OwnerReply, type PageComment } from '../../comments/comment';
import { contentHash } from '../../comments/content-hash';
import { normaliseRating, parseRatingText } from '../../comments/rating';
import { capText, nonEmpty, readText } from '../../comments/text';
import { absoluteUrl, queryFirst } from '../dom';
import { nextDataReview, type NextDataReview } from './next-data';
import { REPLY_FROM, REVIEW_ID, SEE_MORE, TRUSTPILOT } from './selectors';

const CARD = TRUSTPILOT.cards.join(', ');

/** Outermost cards in document order (closest() per card: linear, unlike a pairwise contains()). */
export function findTrustpilotCards(root: ParentNode): Element[] {
  const cards = [...root.querySelectorAll(CARD)];
  if ((root as Node).nodeType === Node.ELEMENT_NODE && (root as Element).matches(CARD)) cards.unshift(root as Element);
  // Carousels keep hidden copies of featured reviews: only the shown card counts.
  return cards.filter((card) => !card.parentElement?.closest(CARD) && !card.closest('[hidden], [aria-hidden="true"]'));
}

export function extractTrustpilotCard(card: Element, pageUrl: URL): PageComment | null {
  const replyBlock = findReplyBlock(card);
  const outsideReply = (el: Element | null) => (el && !replyBlock?.contains(el) ? el : null);
  const link = outsideReply(queryFirst<HTMLAnchorElement>(card, TRUSTPILOT.reviewLink));
  const href = link?.getAttribute('href') ?? null;
  const siteId = href?.match(REVIEW_ID)?.[1]?.toLowerCase() ?? null;
  const next = siteId ? nextDataReview(card.ownerDocument.querySelector(TRUSTPILOT.nextData), siteId) : null;

  const body = readBody(card, replyBlock, next);
  if (!body.text) return null;
  const author = nonEmpty(readText(outsideReply(queryFirst(card, TRUSTPILOT.author))));
  const id = siteId ?? contentHash(author, body.text);
  const { text, cut } = capText(body.text);
  const { rating, ratingRaw } = readRating(card);

  return {
    key: commentKey('trustpilot', id),
    site: 'trustpilot',
    id,
    idSource: siteId ? 'site' : 'hash',
    text,
    title: nonEmpty(readText(outsideReply(queryFirst(card, TRUSTPILOT.title)))) ?? next?.title ?? null,
    truncated: cut || body.truncated,
    rating,
    ratingRaw,
    author,
    dateText: readTime(outsideReply(queryFirst(card, TRUSTPILOT.date))),
    permalink: absoluteUrl(href, pageUrl),
    ownerReply: replyBlock ? readReply(replyBlock) : next?.reply ? { text: capText(next.reply.text).text, author: null, dateText: next.reply.dateText } : null,
  };
}

/** The company reply: the smallest block holding the reply text (its wrapper class is hashed). */
function findReplyBlock(card: Element): Element | null {
  const replyText = card.querySelector(TRUSTPILOT.replyText);
  if (!replyText) return null;
  let block: Element = replyText;
  while (block.parentElement && block.parentElement !== card && !block.querySelector(TRUSTPILOT.replyTitle)) block = block.parentElement;
  return block;
}

function readReply(block: Element): OwnerReply {
  const title = readText(block.querySelector(TRUSTPILOT.replyTitle));
  return {
    text: capText(readText(block.querySelector(TRUSTPILOT.replyText))).text,
    author: nonEmpty(title.match(REPLY_FROM)?.[1]) ?? nonEmpty(title),
    dateText: readTime(block.querySelector(TRUSTPILOT.replyDate)),
  };
}

interface Body {
  text: string;
  truncated: boolean;
}

function readBody(card: Element, replyBlock: Element | null, next: NextDataReview | null): Body {
  const full = readText(card.querySelector(TRUSTPILOT.fullText));
  if (full) return { text: full, truncated: false };
  const relevant = card.querySelector(TRUSTPILOT.relevantText);
  if (relevant) return readTruncatedLayout(relevant, next);
  if (next?.text) return { text: next.text, truncated: false };
  // Unknown layout: the longest paragraph that is not the company reply.
  const paragraphs = [...card.querySelectorAll('p')].filter((p) => !replyBlock?.contains(p)).map((p) => readText(p));
  return { text: paragraphs.reduce((best, p) => (p.length > best.length ? p : best), ''), truncated: false };
}

/**
 * "See more" layout: a preview part, the hidden rest (when the page sent it) and the control. The
 * parts are told apart by structure, not by their hashed classes. When the rest is missing, the
 * full text from __NEXT_DATA__ is used only if it starts like the preview (it may be stale).
 */
function readTruncatedLayout(paragraph: Element, next: NextDataReview | null): Body {
  const parts = [...paragraph.children].filter((child) => !isSeeMore(child));
  const hasControl = parts.length < paragraph.children.length;
  const visible = parts.length > 0 ? parts.map((part) => part.textContent ?? '').join('').replace(/\s+/g, ' ').trim() : readText(paragraph);
  if (next?.text && startsLike(next.text, visible)) return { text: next.text, truncated: false };
  return { text: visible.replace(/(…|\.\.\.)$/, '').trim(), truncated: hasControl && parts.length < 2 };
}

function isSeeMore(element: Element): boolean {
  return SEE_MORE.test(readText(element)) || element.matches('button, a, [role="button"]');
}

function startsLike(full: string, preview: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const head = norm(preview).replace(/(…|\.\.\.)$/, '').slice(0, 40);
  return head.length > 0 && norm(full).startsWith(head);
}

/** Attribute value first ("4"), then the star image's alt text (localised), then its file name. */
function readRating(card: Element): { rating: number | null; ratingRaw: string | null } {
  const holder = card.querySelector(TRUSTPILOT.rating);
  const image = (holder ?? card).querySelector<HTMLImageElement>(TRUSTPILOT.ratingImage);
  const alt = nonEmpty(image?.getAttribute('alt'));
  const attribute = nonEmpty(holder?.getAttribute('data-service-review-rating'));
  const fromAttribute = attribute ? normaliseRating(Number(attribute)) : null;
  const fromAlt = parseRatingText(alt);
  const fromSrc = normaliseRating(Number(image?.getAttribute('src')?.match(/stars-(\d)(?:\.\d)?\.svg/)?.[1]));
  return { rating: fromAttribute ?? fromAlt ?? fromSrc, ratingRaw: alt ?? attribute };
}

/** The ISO datetime when the page gives one ("2 days ago" is only relative), else the shown text. */
function readTime(time: Element | null): string | null {
  return nonEmpty(time?.getAttribute('datetime')) ?? nonEmpty(readText(time));
}
