import { BUSINESS_TYPES, REVIEW_TYPES } from './selectors';
import { schemaRating, type SchemaReview } from './schema-review';

type Node = Record<string, unknown>;

/**
 * Every Review in a page's JSON-LD blocks: top-level objects, arrays, `@graph`, and reviews nested in
 * a Product/LocalBusiness `review` list, with `{ "@id": … }` references resolved across all blocks.
 * Blocks that do not parse are skipped. A review reachable twice (by reference and in @graph) counts once.
 */
export function collectJsonLdReviews(sources: readonly string[]): SchemaReview[] {
  const roots = sources.map(parseBlock).filter((root) => root !== null);
  const byId = new Map<string, Node>();
  for (const root of roots) walk(root, (node) => {
    if (typeof node['@id'] === 'string' && Object.keys(node).length > 1) byId.set(node['@id'], node);
  });
  const resolve = (value: unknown): unknown => (isNode(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1 ? byId.get(value['@id']) ?? value : value);

  const seen = new Set<Node>();
  const reviews: SchemaReview[] = [];
  for (const root of roots) {
    walk(root, (raw) => {
      const node = resolve(raw) as Node;
      if (seen.has(node) || !hasType(node, REVIEW_TYPES)) return;
      seen.add(node);
      const review = readReview(node, resolve);
      if (review.text) reviews.push(review);
    }, resolve);
  }
  return reviews;
}

function readReview(node: Node, resolve: (value: unknown) => unknown): SchemaReview {
  const rating = resolve(node.reviewRating);
  const reviewed = resolve(node.itemReviewed);
  return {
    id: str(node['@id']),
    url: str(node.url),
    text: str(node.reviewBody) ?? str(node.description),
    title: str(node.name) ?? str(node.headline),
    rating: isNode(rating) ? schemaRating(rating.ratingValue, rating.bestRating, rating.worstRating) : null,
    author: nameOf(node.author, resolve),
    datePublished: str(node.datePublished),
    reply: readBusinessReply(node.comment, isNode(reviewed) ? str(reviewed.name) : null, resolve),
  };
}

/** A comment on the review written by an organisation, or by the reviewed business itself. */
function readBusinessReply(comments: unknown, businessName: string | null, resolve: (value: unknown) => unknown): SchemaReview['reply'] {
  for (const raw of asList(comments)) {
    const comment = resolve(raw);
    if (!isNode(comment)) continue;
    const author = resolve(Array.isArray(comment.author) ? comment.author[0] : comment.author);
    const authorName = nameOf(author, resolve);
    const byBusiness = (isNode(author) && hasType(author, BUSINESS_TYPES)) || (businessName !== null && authorName === businessName);
    const text = str(comment.text) ?? str(comment.reviewBody) ?? str(comment.description);
    if (byBusiness && text) return { text, author: authorName, dateText: str(comment.datePublished) ?? str(comment.dateCreated) };
  }
  return null;
}

function nameOf(value: unknown, resolve: (value: unknown) => unknown): string | null {
  const first = resolve(Array.isArray(value) ? value[0] : value);
  if (typeof first === 'string') return str(first);
  return isNode(first) ? str(first.name) : null;
}

/** Visits every object under value (arrays, @graph, nested properties), following references once. */
function walk(value: unknown, visit: (node: Node) => void, resolve: (value: unknown) => unknown = (v) => v, seen = new Set<unknown>()): void {
  const target = resolve(value);
  if (seen.has(target)) return;
  if (Array.isArray(target)) {
    seen.add(target);
    for (const item of target) walk(item, visit, resolve, seen);
  } else if (isNode(target)) {
    seen.add(target);
    visit(target);
    for (const [key, child] of Object.entries(target)) if (key !== '@context') walk(child, visit, resolve, seen);
  }
}

function parseBlock(source: string): unknown {
  try {
    // Some CMSs wrap the block in an HTML comment or leave raw line breaks inside strings.
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    return JSON.parse(source.replace(/^\s*<!--/, '').replace(/-->\s*$/, '').replace(/[\u0000-\u001f]+/g, ' '));
  } catch {
    return null;
  }
}

function hasType(node: Node, types: readonly string[]): boolean {
  return asList(node['@type']).some((type) => typeof type === 'string' && types.includes(type.replace(/^(?:https?:\/\/)?schema\.org\//, '')));
}

function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() ? value.replace(/\s+/g, ' ').trim() : null;
}
