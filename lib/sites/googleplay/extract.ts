import { commentKey, type OwnerReply, type PageComment } from '../../comments/comment';
import { contentHash } from '../../comments/content-hash';
import { parseRatingText } from '../../comments/rating';
import { capText, nonEmpty, readText } from '../../comments/text';
import { queryFirst } from '../dom';
import { FULL_REVIEW, GOOGLE_PLAY } from './selectors';

const CARD = GOOGLE_PLAY.cards.join(', ');

/**
 * Review cards in the modal and on the details page. While the modal is open the details page
 * behind it holds copies of the same reviews: modal cards come first so they win the de-duplication
 * by id (the runtime keeps the first card read for a key).
 */
export function findGooglePlayCards(root: ParentNode): Element[] {
  // Linear in the page size: the modal appends cards as it scrolls.
  const all = [...root.querySelectorAll(CARD)];
  if (root instanceof Element && root.matches(CARD)) all.unshift(root);
  const cards = all.filter((card) => !card.parentElement?.closest(CARD) && queryFirst(card, GOOGLE_PLAY.text) !== null);
  const inModal = (card: Element) => card.closest(GOOGLE_PLAY.modal) !== null;
  return [...cards.filter(inModal), ...cards.filter((card) => !inModal(card))];
}

export function extractGooglePlayCard(card: Element, _pageUrl: URL): PageComment | null {
  const replyBlock = card.querySelector(GOOGLE_PLAY.developerReply);
  const outsideReply = (el: Element) => !replyBlock?.contains(el);
  const rawText = readText(firstOutside(card, GOOGLE_PLAY.text, outsideReply));
  if (!rawText) return null;

  const siteId = nonEmpty(card.querySelector(GOOGLE_PLAY.reviewId)?.getAttribute('data-review-id'));
  const author = nonEmpty(readText(firstOutside(card, GOOGLE_PLAY.author, outsideReply)));
  const id = siteId ?? contentHash(author, rawText);
  const { text, cut } = capText(rawText);
  const ratingElement = firstOutside(card, GOOGLE_PLAY.rating, (el) => outsideReply(el) && /\d/.test(el.getAttribute('aria-label') ?? ''));
  const ratingRaw = nonEmpty(ratingElement?.getAttribute('aria-label'));

  return {
    key: commentKey('googleplay', id),
    site: 'googleplay',
    id,
    idSource: siteId ? 'site' : 'hash',
    text,
    title: null,
    truncated: cut || looksCutShort(card, text, outsideReply),
    rating: parseRatingText(ratingRaw),
    ratingRaw,
    author,
    dateText: nonEmpty(readText(firstOutside(card, GOOGLE_PLAY.date, outsideReply))),
    // Play has no per-review link.
    permalink: null,
    ownerReply: replyBlock ? readDeveloperReply(replyBlock) : null,
  };
}

function firstOutside(card: Element, selectors: readonly string[], keep: (el: Element) => boolean): Element | null {
  for (const selector of selectors) {
    const match = [...card.querySelectorAll(selector)].find(keep);
    if (match) return match;
  }
  return null;
}

function readDeveloperReply(block: Element): OwnerReply {
  return {
    text: capText(readText(block.querySelector(GOOGLE_PLAY.developerText))).text,
    author: nonEmpty(readText(block.querySelector(GOOGLE_PLAY.developerName))),
    dateText: nonEmpty(readText(block.querySelector(GOOGLE_PLAY.developerDate))),
  };
}

function looksCutShort(card: Element, text: string, keep: (el: Element) => boolean): boolean {
  if (!/(…|\.\.\.)$/.test(text)) return false;
  return [...card.querySelectorAll('button, [role="button"]')].some((el) => keep(el) && FULL_REVIEW.test(readText(el)));
}

export function hasGooglePlayCommentArea(doc: Document): boolean {
  return queryFirst(doc, GOOGLE_PLAY.commentArea) !== null;
}
