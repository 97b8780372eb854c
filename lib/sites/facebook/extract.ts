import { commentKey, type OwnerReply, type PageComment } from '../../comments/comment';
import { capText, nonEmpty, readText } from '../../comments/text';
import { isShown, queryFirst } from '../dom';
import { FACEBOOK, TRACKING_PARAMS } from './selectors';

interface CommentLink {
  link: HTMLAnchorElement;
  commentId: string;
  replyId: string | null;
}

const COMMENT_ID = /[?&]comment_id=([^&#]*)/;
const REPLY_ID = /[?&]reply_comment_id=([^&#]*)/;

/** Parsed with two regular expressions, not URL(): this runs for every link of every comment. */
function parseCommentLink(link: HTMLAnchorElement): CommentLink | null {
  const href = link.getAttribute('href') ?? '';
  const commentId = href.match(COMMENT_ID)?.[1];
  const replyId = href.match(REPLY_ID)?.[1] ?? null;
  // Profile links in a comment may carry an opaque comment_id too; the timestamp's is numeric.
  if (!commentId || !/^\d+$/.test(commentId) || (replyId !== null && !/^\d+$/.test(replyId))) return null;
  return { link, commentId, replyId };
}

/** The article's own timestamp link: one with comment_id that is not inside a nested article. */
export function ownCommentLink(article: Element): CommentLink | null {
  for (const link of article.querySelectorAll<HTMLAnchorElement>(FACEBOOK.commentLink)) {
    if (link.closest(FACEBOOK.article) !== article) continue;
    const parsed = parseCommentLink(link);
    if (parsed) return parsed;
  }
  return null;
}

/** A top-level comment: an article whose own timestamp link has a comment_id and no reply id. */
function isTopComment(article: Element): boolean {
  if (article.matches('[contenteditable], [contenteditable] *')) return false;
  const own = ownCommentLink(article);
  return own !== null && own.replyId === null;
}

/**
 * Top-level comment articles under root. Permalink pages render some comments twice: the first
 * shown copy of each comment id is the comment (a copy added later is dropped by its key).
 */
export function findFacebookCards(root: ParentNode): Element[] {
  const articles = [...root.querySelectorAll(FACEBOOK.article)];
  if (root instanceof Element && root.matches(FACEBOOK.article)) articles.unshift(root);
  const seen = new Set<string>();
  const cards: Element[] = [];
  for (const article of articles) {
    if (!isTopComment(article) || !isShown(article)) continue;
    const id = ownCommentLink(article)!.commentId;
    if (seen.has(id)) continue;
    seen.add(id);
    cards.push(article);
  }
  return cards;
}

export function extractFacebookComment(card: Element, pageUrl: URL): PageComment | null {
  const own = ownCommentLink(card);
  if (!own || own.replyId) return null;
  const author = readAuthor(card);
  const page = readPageIdentity(card, pageUrl);
  // The Page's own comments under its post are not comments to answer.
  if (page && author && isPage(card, page)) return null;
  const { text: rawText, cut: seeMore } = readCommentText(card);
  if (!rawText) return null;
  const { text, cut } = capText(rawText);

  return {
    key: commentKey('facebook', own.commentId),
    site: 'facebook',
    id: own.commentId,
    idSource: 'site',
    text,
    title: null,
    truncated: cut || seeMore,
    rating: null,
    ratingRaw: null,
    author,
    dateText: nonEmpty(readText(own.link)) ?? nonEmpty(own.link.getAttribute('aria-label')),
    permalink: cleanPermalink(own.link, pageUrl),
    ownerReply: findPageReply(card, page),
  };
}

/** The commenter's profile link: the first link with a name (avatars have none), not the timestamp, not in a reply. */
function authorLink(article: Element): HTMLAnchorElement | null {
  for (const link of article.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (link.closest(FACEBOOK.article) !== article || parseCommentLink(link)) continue;
    if (readText(link)) return link;
  }
  return null;
}

function readAuthor(article: Element): string | null {
  return nonEmpty(readText(authorLink(article)));
}

/**
 * The comment's text: the outermost dir=auto / lang block of the article that is not a link, not a
 * control and not in a reply. A control inside it is Facebook's "See more" (in any language): the
 * rest of the text is not in the page yet.
 */
function readCommentText(article: Element): { text: string; cut: boolean } {
  for (const block of article.querySelectorAll(FACEBOOK.text)) {
    if (block.closest(FACEBOOK.article) !== article || block.closest('a, [role="button"], h2, h3, h4, [contenteditable]')) continue;
    const outer = block.parentElement?.closest(FACEBOOK.text);
    if (outer && article.contains(outer) && outer.closest(FACEBOOK.article) === article) continue;
    const more = block.querySelector('[role="button"]');
    let source: Element = block;
    if (more) {
      source = block.cloneNode(true) as Element;
      source.querySelectorAll('[role="button"]').forEach((control) => control.remove());
    }
    const text = readText(source);
    if (text) return { text, cut: more !== null };
  }
  return { text: '', cut: false };
}

interface PageIdentity {
  name: string | null;
  path: string | null;
}

/** Found once per post: looking it up for each of a thousand comments would scan the post a thousand times. */
const pageIdentities = new WeakMap<ParentNode, PageIdentity>();

/** The Page that wrote the post: its profile link in the post header. */
export function readPageIdentity(card: Element, pageUrl: URL): PageIdentity | null {
  const scope = postScope(card);
  const known = pageIdentities.get(scope);
  if (known) return known;
  for (const selector of FACEBOOK.postAuthor) {
    for (const link of scope.querySelectorAll<HTMLAnchorElement>(selector)) {
      if (isInsideComment(link, scope)) continue;
      const identity = { name: nonEmpty(readText(link)), path: profilePath(link.getAttribute('href'), pageUrl) };
      pageIdentities.set(scope, identity);
      return identity;
    }
  }
  return null;
}

/** The post around a top-level comment: comments do not nest in comments, so the nearest outer article is the post. */
function postScope(card: Element): ParentNode {
  return card.parentElement?.closest(FACEBOOK.article) ?? queryFirst(card.ownerDocument, FACEBOOK.postScope) ?? card.ownerDocument;
}

function isInsideComment(element: Element, scope: ParentNode): boolean {
  for (let article = element.closest(FACEBOOK.article); article && article !== scope; article = article.parentElement?.closest(FACEBOOK.article) ?? null) {
    if (ownCommentLink(article)) return true;
  }
  return false;
}

/** `/examplebakery` or `/profile.php?id=…`: how a profile link names its owner whatever the UI language. */
function profilePath(href: string | null, pageUrl: URL): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, pageUrl);
    if (url.pathname === '/profile.php') return `id:${url.searchParams.get('id')}`;
    return url.pathname.replace(/\/+$/, '').toLowerCase() || null;
  } catch {
    return null;
  }
}

function isPage(article: Element, page: PageIdentity): boolean {
  const link = authorLink(article);
  const path = profilePath(link?.getAttribute('href') ?? null, new URL('https://www.facebook.com/'));
  if (page.path && path) return page.path === path;
  return page.name !== null && readText(link) === page.name;
}

/**
 * Replies sit inside the comment's article (older layout) or in the block right after it. The
 * first reply written by the Page is its answer.
 */
function findPageReply(card: Element, page: PageIdentity | null): OwnerReply | null {
  if (!page) return null;
  for (const block of threadBlocks(card)) {
    for (const reply of block.querySelectorAll(FACEBOOK.article)) {
      const own = ownCommentLink(reply);
      if (!own?.replyId || !isPage(reply, page)) continue;
      return { text: capText(readCommentText(reply).text).text, author: readAuthor(reply), dateText: nonEmpty(readText(own.link)) };
    }
  }
  return null;
}

/** The comment itself and the sibling blocks after it that hold its replies (never another comment). */
export function threadBlocks(card: Element): Element[] {
  const blocks = [card];
  for (const next of [card.nextElementSibling, card.parentElement?.nextElementSibling]) {
    if (!next || next.contains(card)) continue;
    const holdsOtherComment = [...next.querySelectorAll(FACEBOOK.article)].some(isTopComment) || (next.matches(FACEBOOK.article) && isTopComment(next));
    if (!holdsOtherComment) blocks.push(next);
  }
  return blocks;
}

function cleanPermalink(link: HTMLAnchorElement, pageUrl: URL): string | null {
  try {
    const url = new URL(link.getAttribute('href') ?? '', pageUrl);
    for (const key of [...url.searchParams.keys()]) if (TRACKING_PARAMS.test(key)) url.searchParams.delete(key);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
