import { commentKey, type PageComment } from '../../comments/comment';
import { contentHash } from '../../comments/content-hash';
import { parseRatingText } from '../../comments/rating';
import { capText, nonEmpty, readText } from '../../comments/text';
import { absoluteUrl, queryFirst } from '../dom';
import { AMAZON, READ_MORE, REVIEW_DATE } from './selectors';

const CARD = AMAZON.cards.join(', ');

/** Outermost review cards holding a body; linear in the page size (the list grows by 10 per click). */
export function findAmazonCards(root: ParentNode): Element[] {
  const cards = [...root.querySelectorAll(CARD)];
  if (root instanceof Element && root.matches(CARD)) cards.unshift(root);
  return cards.filter((card) => !card.parentElement?.closest(CARD) && queryFirst(card, AMAZON.text) !== null);
}

export function extractAmazonCard(card: Element, pageUrl: URL): PageComment | null {
  const rawText = readText(queryFirst(card, AMAZON.text));
  if (!rawText) return null;
  const siteId = readReviewId(card);
  const author = nonEmpty(readText(queryFirst(card, AMAZON.author)));
  const id = siteId ?? contentHash(author, rawText);
  const { text, cut } = capText(rawText);
  const ratingRaw = readRatingRaw(card);
  const titleLink = queryFirst<HTMLAnchorElement>(card, AMAZON.title.map((selector) => `a${selector}`));

  return {
    key: commentKey('amazon', id),
    site: 'amazon',
    id,
    idSource: siteId ? 'site' : 'hash',
    text,
    title: readTitle(card),
    truncated: cut || looksCutShort(card, text),
    rating: readRating(card, ratingRaw),
    ratingRaw,
    author,
    dateText: readDate(card),
    permalink: absoluteUrl(titleLink?.getAttribute('href'), pageUrl) ?? (siteId ? new URL(`/gp/customer-reviews/${siteId}`, pageUrl).href : null),
    // Amazon has no public seller reply on reviews (site-dom-reference.md §6).
    ownerReply: null,
  };
}

/** The card's own id, else that of a review block inside it (a product-page <li>), else an inner "customer_review-R…" id. */
function readReviewId(card: Element): string | null {
  const candidates = [
    card.id,
    card.querySelector('[data-hook="review"][id]')?.id,
    card.querySelector('[id^="customer_review-"]')?.id.replace('customer_review-', ''),
  ];
  return candidates.find((id): id is string => Boolean(id && AMAZON.reviewId.test(id))) ?? null;
}

/** The title element also holds the star icon and its "4.0 out of 5 stars" text: take the last other span. */
function readTitle(card: Element): string | null {
  const title = queryFirst(card, AMAZON.title);
  if (!title) return null;
  const spans = [...title.querySelectorAll('span')].filter(
    (span) => !span.closest('i, .a-icon-alt, .a-letter-space') && !span.querySelector('span') && readText(span),
  );
  return nonEmpty(readText(spans.at(-1) ?? title));
}

function readRatingRaw(card: Element): string | null {
  const icon = queryFirst(card, AMAZON.starIcon);
  if (!icon) return null;
  return nonEmpty(readText(icon.querySelector(AMAZON.starText))) ?? starClass(icon);
}

/** The icon class first ("a-star-4", "a-star-4-5"): it does not depend on the UI language. */
function readRating(card: Element, ratingRaw: string | null): number | null {
  const icon = queryFirst(card, AMAZON.starIcon);
  const fromClass = icon ? starClass(icon)?.match(/a-star-(\d)(?:-(5))?$/) : null;
  if (fromClass) return parseRatingText(`${fromClass[1]}${fromClass[2] ? '.5' : ''}`);
  return parseRatingText(ratingRaw);
}

function starClass(icon: Element): string | null {
  return [...icon.classList].find((name) => /^a-star-\d(-5)?$/.test(name)) ?? null;
}

function readDate(card: Element): string | null {
  const line = readText(queryFirst(card, AMAZON.date));
  if (!line) return null;
  for (const pattern of REVIEW_DATE) {
    const date = line.match(pattern)?.[1]?.trim();
    if (date) return date;
  }
  return line;
}

/** Text that ends in an ellipsis next to a "Read more" control is only the start of the review. */
function looksCutShort(card: Element, text: string): boolean {
  if (!/(…|\.\.\.)$/.test(text)) return false;
  return [...card.querySelectorAll('a, button, span')].some((el) => READ_MORE.test(readText(el)));
}

export function hasAmazonCommentArea(doc: Document): boolean {
  return queryFirst(doc, AMAZON.commentArea) !== null;
}
