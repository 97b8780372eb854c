import { commentKey, type OwnerReply, type PageComment } from '../../comments/comment';
import { contentHash } from '../../comments/content-hash';
import { normaliseRating } from '../../comments/rating';
import { capText, nonEmpty, readText } from '../../comments/text';
import { queryFirst } from '../dom';
import { BOOKING, CONTINUE_READING, DATE_LABEL, PARTNER_REPLY_PREFIX } from './selectors';

/** Booking scores reviews from 1 to 10. */
const BOOKING_SCALE = 10;

const CARD = BOOKING.cards.join(', ');

/** Outermost cards in document order (closest() per card: linear, unlike a pairwise contains()). */
export function findBookingCards(root: ParentNode): Element[] {
  const cards = [...root.querySelectorAll(CARD)];
  if ((root as Node).nodeType === Node.ELEMENT_NODE && (root as Element).matches(CARD)) cards.unshift(root as Element);
  return cards.filter((card) => !card.parentElement?.closest(CARD));
}

/** Booking cards carry no review id: the id is a hash of author, date and text. No permalink either. */
export function extractBookingCard(card: Element): PageComment | null {
  const replyElement = card.querySelector(BOOKING.partnerReply);
  const body = readBody(card, replyElement);
  if (!body.text) return null;
  const author = readAuthor(card);
  const dateText = nonEmpty(readText(queryFirst(card, BOOKING.date)).replace(DATE_LABEL, ''));
  const id = contentHash(author, dateText, body.text);
  const { text, cut } = capText(body.text);
  const { rating, ratingRaw } = readScore(card);

  return {
    key: commentKey('booking', id),
    site: 'booking',
    id,
    idSource: 'hash',
    text,
    title: nonEmpty(readText(queryFirst(card, BOOKING.title))),
    truncated: cut || body.truncated,
    rating,
    ratingRaw,
    author,
    dateText,
    permalink: null,
    ownerReply: replyElement ? readPartnerReply(replyElement) : null,
  };
}

/**
 * The guest writes what they liked and disliked in two fields; both are kept, marked "+" and "−"
 * (the page's own labels are icons). The legacy list writes its localised "Liked ·" prefix in the
 * text, which is kept as the page shows it.
 */
function readBody(card: Element, replyElement: Element | null): { text: string; truncated: boolean } {
  const parts: string[] = [];
  let truncated = false;
  const add = (element: Element | null, mark: string) => {
    if (!element || replyElement?.contains(element)) return;
    const raw = readLegacyRow(element) ?? readText(element);
    const text = raw.replace(CONTINUE_READING, '').trim();
    if (!text) return;
    if (text !== raw) truncated = true;
    parts.push(mark + text);
  };
  add(queryFirst(card, BOOKING.positive), '+ ');
  add(queryFirst(card, BOOKING.negative), '− ');
  if (parts.length === 0) card.querySelectorAll(BOOKING.legacyRow).forEach((row) => add(row, ''));
  return { text: parts.join('\n'), truncated };
}

/** "Liked · text": the prefix and body are adjacent spans with no space between them. */
function readLegacyRow(row: Element): string | null {
  const body = readText(row.querySelector(BOOKING.legacyBody));
  if (!row.matches(BOOKING.legacyRow) || !body) return null;
  return [readText(row.querySelector(BOOKING.legacyPrefix)), body].filter(Boolean).join(' ');
}

/** The avatar block holds the name, then the country next to its flag image. */
function readAuthor(card: Element): string | null {
  const block = queryFirst(card, BOOKING.author);
  if (!block) return null;
  for (const leaf of block.querySelectorAll('div, span')) {
    if (leaf.querySelector('div, span') || leaf.querySelector('img[alt]:not([alt=""])')) continue;
    const name = readText(leaf);
    if (name) return name;
  }
  return nonEmpty(readText(block));
}

/** "Scored 9.0" with the number repeated in an aria-hidden element; 1–10, normalised to 1–5. */
function readScore(card: Element): { rating: number | null; ratingRaw: string | null } {
  const score = queryFirst(card, BOOKING.score);
  if (!score) return { rating: null, ratingRaw: null };
  const label = [...score.children].find((child) => child.getAttribute('aria-hidden') !== 'true' && readText(child));
  const ratingRaw = nonEmpty(score.getAttribute('aria-label')) ?? nonEmpty(readText(label)) ?? nonEmpty(readText(score));
  const numberText = readText(score.querySelector('[aria-hidden="true"]')) || (ratingRaw ?? '');
  const value = numberText.match(/\d+(?:[.,]\d+)?/)?.[0];
  return { rating: value ? normaliseRating(Number(value.replace(',', '.')), BOOKING_SCALE) : null, ratingRaw };
}

function readPartnerReply(element: Element): OwnerReply {
  // The page holds only the start of a long reply: the ellipsis says so to whoever reads it.
  const text = readText(element).replace(PARTNER_REPLY_PREFIX, '').replace(CONTINUE_READING, '…').trim();
  return { text: capText(text).text, author: null, dateText: null };
}
