import type { SchemaReview } from './schema-review';

/** Characters of a review's start used to find where the page shows it. */
const KEY_LENGTH = 24;
/** Shorter reviews ("Great!") are too common a text to tell where the page shows them. */
const MIN_KEY_LENGTH = 8;
/** How far up from the review text a card may reach to also hold its author. */
const MAX_CLIMB = 5;

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
const keyOf = (text: string) => normalise(text).replace(/[….]+$/, '').slice(0, KEY_LENGTH);

/**
 * Where each JSON-LD review is shown under root: the block that holds the start of its text (and its
 * author when that is near). One pass over the text nodes, then a map lookup per review, so a page
 * with a thousand reviews costs one walk. Reviews the page does not show are left out: there is no
 * card to mark or answer on.
 */
export function locateReviews(root: ParentNode, reviews: readonly SchemaReview[]): Map<Element, SchemaReview> {
  const textStarts = new Map<string, Element>();
  const doc = documentOf(root);
  const wanted = new Set(reviews.map((review) => keyOf(review.text ?? '')).filter((key) => key.length >= MIN_KEY_LENGTH));
  if (!doc || wanted.size === 0) return new Map();
  const walker = doc.createTreeWalker(root as Node, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Only the start of a text node matters: a long text is cut before it is normalised.
    const key = keyOf((node as Text).data.trimStart().slice(0, KEY_LENGTH * 4));
    if (!wanted.has(key) || textStarts.has(key)) continue;
    const parent = node.parentElement;
    if (parent && !parent.closest('script, style, template, noscript, [hidden], [aria-hidden="true"]')) textStarts.set(key, parent);
  }

  const located = new Map<Element, SchemaReview>();
  const claimed = new Map<Element, number>();
  const found: [Element, SchemaReview][] = [];
  for (const review of reviews) {
    const textElement = review.text ? textStarts.get(keyOf(review.text)) : undefined;
    if (!textElement) continue;
    const card = climbToAuthor(textElement, review.author);
    found.push([card, review]);
    claimed.set(card, (claimed.get(card) ?? 0) + 1);
  }
  for (const [card, review] of found) {
    // A block shared by two reviews is the list, not a card: fall back to each text's own element.
    const own = claimed.get(card)! > 1 ? textStarts.get(keyOf(review.text!))! : card;
    located.set(own, review);
  }
  return located;
}

function climbToAuthor(textElement: Element, author: string | null): Element {
  const block = textElement.closest('p, blockquote, q, li, article, section, div') ?? textElement;
  if (!author) return block;
  const name = normalise(author);
  let card = block;
  for (let i = 0; i < MAX_CLIMB && card.parentElement && card.parentElement !== card.ownerDocument.body; i++) {
    if (normalise(card.textContent ?? '').includes(name)) return card;
    card = card.parentElement;
  }
  return normalise(card.textContent ?? '').includes(name) ? card : block;
}

/** The document of a scan root: the root itself or its owner (instanceof fails across windows). */
export function documentOf(root: ParentNode): Document | null {
  const node = root as Node;
  return node.nodeType === Node.DOCUMENT_NODE ? (node as Document) : node.ownerDocument;
}
