import { commentKey, type OwnerReply, type PageComment } from '../../comments/comment';
import { contentHash } from '../../comments/content-hash';
import { capText, nonEmpty, readText } from '../../comments/text';
import { absoluteUrl, queryFirst } from '../dom';
import { YOUTUBE } from './selectors';

const REPLIES = YOUTUBE.replies.join(', ');
const COMMENT = YOUTUBE.comment.join(', ');

const THREAD = YOUTUBE.thread.join(', ');

/** Comment threads under root, in page order. Threads never nest, so no outermost filtering is needed. */
export function findYoutubeCards(root: ParentNode): Element[] {
  const threads = [...root.querySelectorAll(THREAD)];
  if (root instanceof Element && root.matches(THREAD)) threads.unshift(root);
  return threads;
}

/** The thread's own (top-level) comment: the first comment element that is not one of its replies. */
export function mainComment(thread: Element): Element | null {
  for (const comment of thread.querySelectorAll(COMMENT)) {
    const repliesBlock = comment.closest(REPLIES);
    if (!repliesBlock || !thread.contains(repliesBlock)) return comment;
  }
  return null;
}

export function extractYoutubeThread(thread: Element, pageUrl: URL): PageComment | null {
  const comment = mainComment(thread);
  if (!comment) return null;
  // The channel's own top-level comment (often pinned) is not something the channel answers.
  if (isByCreator(comment)) return null;
  const rawText = readCommentText(comment);
  if (!rawText) return null;

  const author = readAuthor(comment);
  const link = queryFirst<HTMLAnchorElement>(comment, YOUTUBE.permalink);
  const href = link?.getAttribute('href');
  const siteId = commentIdFrom(href, pageUrl);
  const id = siteId ?? contentHash(author, rawText);
  const { text, cut } = capText(rawText);

  return {
    key: commentKey('youtube', id),
    site: 'youtube',
    id,
    idSource: siteId ? 'site' : 'hash',
    text,
    title: null,
    truncated: cut || looksCutShort(comment, text),
    rating: null,
    ratingRaw: null,
    author,
    dateText: nonEmpty(readText(link)),
    permalink: absoluteUrl(href, pageUrl),
    ownerReply: findCreatorReply(thread),
  };
}

/** The `lc` parameter of the timestamp link: "Ugx…AaABAg" for comments, "Ugx….<replyId>" for replies. */
function commentIdFrom(href: string | null | undefined, pageUrl: URL): string | null {
  if (!href) return null;
  try {
    return nonEmpty(new URL(href, pageUrl).searchParams.get('lc'));
  } catch {
    return null;
  }
}

function isByCreator(comment: Element): boolean {
  const badge = comment.querySelector(YOUTUBE.creatorBadge);
  return badge !== null && !badge.closest('[hidden]');
}

function readAuthor(comment: Element): string | null {
  return nonEmpty(readText(queryFirst(comment, YOUTUBE.author)));
}

function readCommentText(comment: Element): string {
  // Line breaks inside a comment are kept by YouTube as "\n" in a pre-wrap span; readText folds them.
  return readText(queryFirst(comment, YOUTUBE.text));
}

/** The first reply written by the channel itself (it carries the creator badge). */
function findCreatorReply(thread: Element): OwnerReply | null {
  for (const block of thread.querySelectorAll(REPLIES)) {
    for (const reply of block.querySelectorAll(COMMENT)) {
      if (!isByCreator(reply)) continue;
      const text = readCommentText(reply);
      if (!text) continue;
      return { text: capText(text).text, author: readAuthor(reply), dateText: nonEmpty(readText(queryFirst(reply, YOUTUBE.permalink))) };
    }
  }
  return null;
}

/**
 * YouTube clamps long comments with CSS and keeps the whole text in the page, so the text is usually
 * complete. Only text that itself ends in an ellipsis next to a shown "Read more" is cut short.
 */
function looksCutShort(comment: Element, text: string): boolean {
  if (!/(…|\.\.\.)$/.test(text)) return false;
  const more = queryFirst(comment, YOUTUBE.more);
  return more !== null && !more.hasAttribute('hidden');
}
