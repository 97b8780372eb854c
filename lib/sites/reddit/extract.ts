import { commentKey, type OwnerReply, type PageComment } from '../../comments/comment';
import { contentHash } from '../../comments/content-hash';
import { capText, nonEmpty, readText } from '../../comments/text';
import { absoluteUrl } from '../dom';
import { GONE_AUTHORS, REDDIT } from './selectors';

/**
 * Every comment under root, nested replies included (each is a card of its own), except those by
 * the post's author: on a business's own thread those are the business's replies, read as the
 * owner reply of the comment they answer.
 */
export function findRedditCards(root: ParentNode): Element[] {
  const cards = [...root.querySelectorAll(REDDIT.comment)];
  if ((root as Node).nodeType === Node.ELEMENT_NODE && (root as Element).matches(REDDIT.comment)) cards.unshift(root as Element);
  const op = postAuthor(cardDocument(root));
  return cards.filter((card) => !op || card.getAttribute('author') !== op);
}

export function extractRedditCard(card: Element, pageUrl: URL): PageComment | null {
  const author = nonEmpty(card.getAttribute('author'));
  if (author && GONE_AUTHORS.has(author)) return null;
  const rawText = readText(ownPart(card, REDDIT.text));
  if (!rawText) return null;
  const siteId = nonEmpty(card.getAttribute('thingid'));
  const id = siteId ?? contentHash(author, rawText);
  const { text, cut } = capText(rawText);
  const op = postAuthor(card.ownerDocument);
  const ownerComment = op ? childComments(card).find((child) => child.getAttribute('author') === op) : undefined;

  return {
    key: commentKey('reddit', id),
    site: 'reddit',
    id,
    idSource: siteId ? 'site' : 'hash',
    text,
    title: null,
    truncated: cut,
    rating: null,
    ratingRaw: null,
    author,
    dateText: readDate(card),
    permalink: absoluteUrl(card.getAttribute('permalink'), pageUrl),
    ownerReply: ownerComment ? readOwnerReply(ownerComment) : null,
  };
}

function readOwnerReply(comment: Element): OwnerReply | null {
  const text = readText(ownPart(comment, REDDIT.text));
  return text ? { text: capText(text).text, author: comment.getAttribute('author'), dateText: readDate(comment) } : null;
}

/** The comment's own part (text, meta), not one of its nested replies'. */
function ownPart(card: Element, selector: string): Element | null {
  for (const part of card.querySelectorAll(selector)) if (part.closest('shreddit-comment') === card) return part;
  return null;
}

/** Replies one level down, wherever the page wraps them. */
function childComments(card: Element): Element[] {
  return [...card.querySelectorAll(REDDIT.comment)].filter((child) => child.parentElement?.closest('shreddit-comment') === card);
}

function readDate(card: Element): string | null {
  return nonEmpty(ownPart(card, REDDIT.meta)?.querySelector(REDDIT.time)?.getAttribute('datetime')) ?? nonEmpty(card.getAttribute('created'));
}

function postAuthor(doc: Document | null): string | null {
  return nonEmpty(doc?.querySelector(REDDIT.post)?.getAttribute('author'));
}

function cardDocument(root: ParentNode): Document | null {
  const node = root as Node;
  return node.nodeType === Node.DOCUMENT_NODE ? (node as Document) : node.ownerDocument;
}
