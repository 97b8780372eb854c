import { commentKey, type PageComment } from '../../comments/comment';
import { contentHash } from '../../comments/content-hash';
import { capText } from '../../comments/text';
import { absoluteUrl, findByText } from '../dom';
import { collectJsonLdReviews } from './json-ld';
import { documentOf, locateReviews } from './locate';
import { readMicrodataReview } from './microdata';
import { normaliseSchemaRating, schemaRatingRaw, type SchemaReview } from './schema-review';
import { READ_MORE, SCHEMA } from './selectors';

/** Longest site id we keep as is; longer `@id`s are hashed (the comment schema caps ids at 200). */
const MAX_SITE_ID = 200;

const MICRODATA_CARD = SCHEMA.microdataCards.join(', ');

/** The JSON-LD review each located card shows; kept so that re-reading a card needs no new search. */
const jsonLdCards = new WeakMap<Element, SchemaReview>();
const parsedBlocks = new WeakMap<Document, { sources: string; reviews: SchemaReview[] }>();

/** Microdata Review scopes, then the blocks showing JSON-LD reviews that no microdata card already holds. */
export function findGenericCards(root: ParentNode): Element[] {
  const microdata = [...root.querySelectorAll(MICRODATA_CARD)];
  if ((root as Node).nodeType === Node.ELEMENT_NODE && (root as Element).matches(MICRODATA_CARD)) microdata.unshift(root as Element);
  // Outermost scopes only (closest() per card stays linear), and no hidden copies.
  const shown = microdata.filter((card) => !card.parentElement?.closest(MICRODATA_CARD) && !card.closest('[hidden], [aria-hidden="true"], template'));
  const doc = documentOf(root);
  const reviews = doc ? jsonLdReviews(doc) : [];
  const located: Element[] = [];
  if (reviews.length > 0) {
    for (const [card, review] of locateReviews(root, reviews)) {
      if (card.closest(MICRODATA_CARD) || card.querySelector(MICRODATA_CARD)) continue;
      jsonLdCards.set(card, review);
      located.push(card);
    }
  }
  return [...shown, ...located];
}

export function extractGenericCard(card: Element, pageUrl: URL): PageComment | null {
  const review = card.matches(MICRODATA_CARD) ? readMicrodataReview(card) : jsonLdCards.get(card);
  if (!review?.text) return null;
  const siteId = review.id ?? review.url;
  const id = siteId && siteId.length <= MAX_SITE_ID ? siteId : contentHash(review.author, review.text);
  const { text, cut } = capText(review.text);
  const permalink = absoluteUrl(review.url, pageUrl) ?? (review.id && /^https?:/.test(review.id) ? absoluteUrl(review.id, pageUrl) : null);
  return {
    key: commentKey('generic', id),
    site: 'generic',
    id,
    idSource: siteId && siteId.length <= MAX_SITE_ID ? 'site' : 'hash',
    text,
    title: review.title,
    truncated: cut || looksCutShort(card, text),
    rating: review.rating ? normaliseSchemaRating(review.rating) : null,
    ratingRaw: review.rating ? schemaRatingRaw(review.rating) : null,
    author: review.author,
    dateText: review.datePublished,
    permalink,
    ownerReply: review.reply ? { text: capText(review.reply.text).text, author: review.reply.author, dateText: review.reply.dateText } : null,
  };
}

/** Whether the page's JSON-LD or microdata describes reviews or a review rating. */
export function hasReviewMarkup(doc: Document): boolean {
  if (doc.querySelector(SCHEMA.commentArea.join(', '))) return true;
  return [...doc.querySelectorAll(SCHEMA.jsonLd)].some((script) => /"(?:Review|AggregateRating|UserReview)"/.test(script.textContent ?? ''));
}

/** JSON-LD reviews of the page, parsed again only when its blocks change (SPA navigation). */
function jsonLdReviews(doc: Document): SchemaReview[] {
  const blocks = [...doc.querySelectorAll(SCHEMA.jsonLd)].map((script) => script.textContent ?? '');
  const sources = blocks.join('\u0000');
  const cached = parsedBlocks.get(doc);
  if (cached?.sources === sources) return cached.reviews;
  const reviews = collectJsonLdReviews(blocks);
  parsedBlocks.set(doc, { sources, reviews });
  return reviews;
}

/** Text ending in an ellipsis beside a "Read more" control is only the start of the review. */
function looksCutShort(card: Element, text: string): boolean {
  if (!/(…|\.\.\.)$/.test(text)) return false;
  return findByText(card, READ_MORE, 'button, a, [role="button"]') !== null;
}
