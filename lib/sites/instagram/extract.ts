import { commentKey, type OwnerReply, type PageComment } from '../../comments/comment';
import { capText, nonEmpty, readText } from '../../comments/text';
import { absoluteUrl, isShown, queryFirst } from '../dom';
import { COMMENT_HREF, INSTAGRAM, MORE_LABEL, NOT_PROFILES, NOT_TEXT, PROFILE_HREF } from './selectors';

interface CommentAnchor {
  link: HTMLAnchorElement;
  time: Element;
  /** The thread's comment id: the comment's own id, or for a reply its parent's. */
  threadId: string;
  replyId: string | null;
}

function anchorOf(time: Element): CommentAnchor | null {
  const link = time.closest<HTMLAnchorElement>(INSTAGRAM.commentLink);
  const match = link?.getAttribute('href')?.match(COMMENT_HREF);
  if (!link || !match?.[1]) return null;
  return { link, time, threadId: match[1], replyId: match[2] ?? null };
}

/** The post (dialog or page) around an element: comment threads never reach beyond it. */
export function postScope(node: ParentNode): ParentNode {
  if (!(node instanceof Element)) return node;
  for (const selector of INSTAGRAM.postScope) {
    const scope = node.closest(selector);
    if (scope) return scope;
  }
  return node.ownerDocument;
}

/**
 * One card per comment thread (the comment and its replies). Classes rotate, so a thread is the
 * highest element around a comment's timestamp link that holds no other timestamp than its own
 * thread's: not the caption's, not the post's, not another comment's, not a hidden copy's.
 */
export function findInstagramCards(root: ParentNode): Element[] {
  const scope = root instanceof Element ? postScope(root) : root;
  const owner = new Map<Element, string | null>();
  const tops: CommentAnchor[] = [];
  const seen = new Set<string>();
  for (const time of scope.querySelectorAll(INSTAGRAM.time)) {
    const anchor = anchorOf(time);
    let thread = anchor?.threadId ?? null;
    if (anchor && !anchor.replyId) {
      // Instagram keeps hidden copies of comments: the first shown copy is the comment.
      if (seen.has(anchor.threadId) || !isShown(anchor.link)) thread = null;
      else {
        seen.add(anchor.threadId);
        tops.push(anchor);
      }
    }
    for (let el = time.parentElement; el && el !== scope; el = el.parentElement) {
      const current = owner.get(el);
      if (current === null) break; // everything above is mixed already
      owner.set(el, current === undefined || current === thread ? thread : null);
    }
  }
  const cards: Element[] = [];
  for (const top of tops) {
    let card: Element = top.link;
    while (card.parentElement && card.parentElement !== scope && owner.get(card.parentElement) === top.threadId) card = card.parentElement;
    if (root === scope || (root instanceof Node && (root.contains(card) || card.contains(root)))) cards.push(card);
  }
  return cards;
}

export function extractInstagramThread(card: Element, pageUrl: URL): PageComment | null {
  const top = [...card.querySelectorAll(INSTAGRAM.time)].map(anchorOf).find((anchor) => anchor && !anchor.replyId);
  if (!top) return null;
  const row = commentRow(top, card);
  const author = readAuthor(row);
  const postAuthor = readPostAuthor(card, pageUrl);
  // The account's own comments under its own post are not comments to answer.
  if (author && postAuthor && author.toLowerCase() === postAuthor) return null;
  const rawText = readCommentText(row, top);
  if (!rawText) return null;
  const { text, cut } = capText(rawText);

  return {
    key: commentKey('instagram', top.threadId),
    site: 'instagram',
    id: top.threadId,
    idSource: 'site',
    text,
    title: null,
    truncated: cut || looksCutShort(row, text),
    rating: null,
    ratingRaw: null,
    author,
    dateText: readDate(top.time),
    permalink: absoluteUrl(top.link.getAttribute('href'), pageUrl),
    ownerReply: findOwnerReply(card, postAuthor),
  };
}

/** The smallest block around a timestamp that also holds its author's profile link and its text. */
function commentRow(anchor: CommentAnchor, card: Element): Element {
  let row: Element = anchor.link;
  while (row !== card && row.parentElement && !(profileLink(row) && readCommentText(row, anchor))) row = row.parentElement;
  return row;
}

function profileLink(row: Element): HTMLAnchorElement | null {
  for (const link of row.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')) {
    const name = link.getAttribute('href')?.match(PROFILE_HREF)?.[1];
    if (name && !NOT_PROFILES.has(name) && readText(link)) return link;
  }
  return null;
}

function readAuthor(row: Element): string | null {
  const link = profileLink(row);
  return nonEmpty(readText(link)) ?? nonEmpty(link?.getAttribute('href')?.match(PROFILE_HREF)?.[1]);
}

/** The post's author: the post header's profile link, else the username in the URL. */
export function readPostAuthor(card: Element, pageUrl: URL): string | null {
  const scope = postScope(card);
  const header = queryFirst(scope, INSTAGRAM.postAuthor);
  const name = header?.getAttribute('href')?.match(PROFILE_HREF)?.[1] ?? pageUrl.pathname.match(/^\/([A-Za-z0-9._]{1,30})\/(?:p|reel|tv)\//)?.[1];
  return name ? name.toLowerCase() : null;
}

/** The first text block of the row that is not the author, a timestamp, or a control ("Reply", "3 likes"). */
function readCommentText(row: Element, anchor: CommentAnchor): string {
  for (const block of row.querySelectorAll(INSTAGRAM.text)) {
    if (block.closest('a, button, [role="button"], h2, h3') || anchor.link.contains(block)) continue;
    if (block.parentElement?.closest(INSTAGRAM.text) && row.contains(block.parentElement.closest(INSTAGRAM.text))) continue;
    const text = readText(block);
    if (text && !NOT_TEXT.test(text)) return text;
  }
  return '';
}

function readDate(time: Element): string | null {
  return nonEmpty(time.getAttribute('title')) ?? nonEmpty(readText(time)) ?? nonEmpty(time.getAttribute('datetime'));
}

/** The first reply in the thread written by the post's author. */
function findOwnerReply(card: Element, postAuthor: string | null): OwnerReply | null {
  if (!postAuthor) return null;
  for (const time of card.querySelectorAll(INSTAGRAM.time)) {
    const anchor = anchorOf(time);
    if (!anchor?.replyId) continue;
    const row = commentRow(anchor, card);
    const author = readAuthor(row);
    if (author?.toLowerCase() !== postAuthor) continue;
    return { text: capText(readCommentText(row, anchor)).text, author, dateText: readDate(time) };
  }
  return null;
}

/** A text that ends in an ellipsis next to a "more" control is only its beginning. */
function looksCutShort(row: Element, text: string): boolean {
  if (!/(…|\.\.\.)$/.test(text)) return false;
  return [...row.querySelectorAll('button, [role="button"], span')].some((el) => MORE_LABEL.test(readText(el)));
}
