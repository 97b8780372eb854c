import { commentKey, type OwnerReply, type PageComment } from '../../comments/comment';
import { contentHash } from '../../comments/content-hash';
import { parseRatingText } from '../../comments/rating';
import { capText, nonEmpty, readText } from '../../comments/text';
import { absoluteUrl, queryFirst } from '../dom';
import { OWNER_COMMENT_HEADER, READ_MORE, REVIEW_DATE, YELP } from './selectors';

/** Review list items: those holding the reviewer's passport block (the list also holds ads and prompts). */
export function findYelpCards(root: ParentNode): Element[] {
  const items = new Set<Element>();
  if (root instanceof Element && root.matches(YELP.card) && isReview(root)) items.add(root);
  for (const list of listsUnder(root)) {
    for (const item of list.querySelectorAll(`:scope > ${YELP.card}`)) if (isReview(item)) items.add(item);
  }
  // A node added inside a list item: the item it belongs to.
  const enclosing = root instanceof Element ? root.closest(YELP.card) : null;
  if (enclosing && isReview(enclosing) && enclosing.parentElement?.closest(YELP.commentArea.join(', '))) items.add(enclosing);
  return [...items];
}

function listsUnder(root: ParentNode): Element[] {
  for (const selector of YELP.list) {
    const lists = [...root.querySelectorAll(selector)];
    if (root instanceof Element && root.matches(selector)) lists.push(root);
    if (lists.length > 0) return lists;
  }
  return [];
}

function isReview(item: Element): boolean {
  return item.querySelector(YELP.reviewer) !== null && item.querySelector(YELP.raw) !== null;
}

export function extractYelpCard(card: Element, pageUrl: URL): PageComment | null {
  const raws = [...card.querySelectorAll(YELP.raw)];
  const body = raws[0];
  const rawText = readText(body);
  if (!body || !rawText) return null;
  const replyBlock = raws[1] ? ownerBlockOf(raws[1], body) : null;

  const region = card.querySelector(YELP.reviewer);
  const profile = card.querySelector<HTMLAnchorElement>(YELP.profileLink);
  const author = nonEmpty(readText(profile)) ?? nonEmpty(region?.getAttribute('aria-label'));
  const dateText = readDate(card, replyBlock);
  const profileUrl = absoluteUrl(profile?.getAttribute('href'), pageUrl);
  const userId = profileUrl ? new URL(profileUrl).searchParams.get('userid') : null;
  // No review id in the DOM. The reviewer, date and opening words stay the same when the text is
  // expanded, so the hash does not change between a cut and a full reading.
  const id = contentHash(userId ?? author, dateText, rawText.slice(0, 100));
  const { text, cut } = capText(rawText);
  const ratingRaw = readRatingRaw(card, replyBlock);

  return {
    key: commentKey('yelp', id),
    site: 'yelp',
    id,
    idSource: 'hash',
    text,
    title: null,
    truncated: cut || looksCutShort(card, text, replyBlock),
    rating: parseRatingText(ratingRaw),
    ratingRaw,
    author,
    dateText,
    // A review's link (/biz/<alias>?hrid=<encid>) needs its encid, which only Yelp's GraphQL data holds.
    permalink: null,
    ownerReply: raws[1] ? readOwnerReply(raws[1], replyBlock) : null,
  };
}

/** The block around the owner's comment: climb from its text until the block also holds the header. */
function ownerBlockOf(replyText: Element, body: Element): Element {
  let block: Element = replyText;
  while (block.parentElement && !block.parentElement.contains(body)) {
    block = block.parentElement;
    if ([...block.querySelectorAll('p, span, div')].some((el) => OWNER_COMMENT_HEADER.test(readText(el)))) break;
  }
  return block;
}

function readOwnerReply(replyText: Element, block: Element | null): OwnerReply {
  let author: string | null = null;
  let dateText: string | null = null;
  for (const line of block?.querySelectorAll('p, span, div') ?? []) {
    if (line.contains(replyText)) continue;
    const text = readText(line);
    author ??= text.match(OWNER_COMMENT_HEADER)?.[1] ?? null;
    if (!dateText && REVIEW_DATE.some((pattern) => pattern.test(text))) dateText = text;
  }
  return { text: capText(readText(replyText)).text, author, dateText };
}

function readRatingRaw(card: Element, replyBlock: Element | null): string | null {
  for (const selector of YELP.rating) {
    const match = [...card.querySelectorAll(selector)].find((el) => !replyBlock?.contains(el) && /\d/.test(el.getAttribute('aria-label') ?? ''));
    if (match) return nonEmpty(match.getAttribute('aria-label'));
  }
  return null;
}

/** The date's class is hashed: the first leaf outside the owner's comment whose whole text is a date. */
function readDate(card: Element, replyBlock: Element | null): string | null {
  for (const el of card.querySelectorAll('span, p')) {
    if (replyBlock?.contains(el) || el.children.length > 0) continue;
    const text = readText(el);
    if (REVIEW_DATE.some((pattern) => pattern.test(text))) return text;
  }
  return null;
}

function looksCutShort(card: Element, text: string, replyBlock: Element | null): boolean {
  if (!/(…|\.\.\.)$/.test(text)) return false;
  return [...card.querySelectorAll('button, a, [role="button"]')].some((el) => !replyBlock?.contains(el) && READ_MORE.test(readText(el)));
}

export function hasYelpCommentArea(doc: Document): boolean {
  return queryFirst(doc, YELP.commentArea) !== null;
}
