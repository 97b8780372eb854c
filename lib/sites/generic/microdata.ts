import { readText } from '../../comments/text';
import { schemaRating, type SchemaReview } from './schema-review';

/**
 * Reads one microdata Review scope. Only properties of this scope count: a property inside a
 * nested item (the author's name, the rating's value, a comment) belongs to that item.
 */
export function readMicrodataReview(scope: Element): SchemaReview {
  const own = properties(scope);
  const rating = own.get('reviewRating') ?? null;
  const author = own.get('author') ?? null;
  const comment = own.get('comment') ?? null;
  return {
    id: scope.getAttribute('itemid'),
    url: value(own.get('url') ?? null),
    text: value(own.get('reviewBody') ?? null) ?? value(own.get('description') ?? null),
    title: value(own.get('name') ?? null) ?? value(own.get('headline') ?? null),
    rating: rating ? ratingOf(rating) : null,
    author: author?.hasAttribute('itemscope') ? value(property(author, 'name')) : value(author),
    datePublished: value(own.get('datePublished') ?? null),
    reply: comment ? replyOf(comment) : null,
  };
}

/** The scope's own properties by name (first of each), in one pass over its itemprop elements. */
function properties(scope: Element): Map<string, Element> {
  const own = new Map<string, Element>();
  for (const element of scope.querySelectorAll('[itemprop]')) {
    if (element.parentElement?.closest('[itemscope]') !== scope) continue;
    for (const name of (element.getAttribute('itemprop') ?? '').split(/\s+/)) if (name && !own.has(name)) own.set(name, element);
  }
  return own;
}

function ratingOf(element: Element): SchemaReview['rating'] {
  if (!element.hasAttribute('itemscope')) return schemaRating(value(element), null, null);
  return schemaRating(value(property(element, 'ratingValue')), value(property(element, 'bestRating')), value(property(element, 'worstRating')));
}

/** A nested comment is taken as the business's reply (microdata has no standard for it). */
function replyOf(comment: Element): SchemaReview['reply'] {
  const author = property(comment, 'author');
  const text = comment.hasAttribute('itemscope') ? value(property(comment, 'text')) ?? value(comment) : value(comment);
  if (!text) return null;
  return {
    text,
    author: author?.hasAttribute('itemscope') ? value(property(author, 'name')) : value(author),
    dateText: comment.hasAttribute('itemscope') ? value(property(comment, 'datePublished')) : null,
  };
}

/** The first element carrying `itemprop="name"` that belongs to this scope, not to a nested item. */
function property(scope: Element, name: string): Element | null {
  for (const element of scope.querySelectorAll(`[itemprop~="${name}"]`)) {
    const owner = element.parentElement?.closest('[itemscope]');
    if (owner === scope) return element;
  }
  return null;
}

/** A microdata value: content attribute, datetime, link target, else the element's text. */
function value(element: Element | null): string | null {
  if (!element) return null;
  const raw =
    element.getAttribute('content') ??
    (element.localName === 'time' ? element.getAttribute('datetime') : null) ??
    (element.localName === 'a' || element.localName === 'link' ? element.getAttribute('href') : null) ??
    (element.localName === 'meta' ? null : readText(element));
  const trimmed = raw?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : null;
}
