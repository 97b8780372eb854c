import { MAX_COMMENT_TEXT } from './comment';

/** Icon fonts render their ligature name as text ("open_in_new"); strip them before reading. */
const ICON_SELECTOR = 'i.google-symbols, .material-symbols-outlined, .material-icons, svg, style, script, composure-marker';

/** Visible-ish text of an element: icons and our own markers left out, whitespace collapsed. */
export function readText(element: Element | null | undefined): string {
  if (!element) return '';
  // Most text sits in leaf elements: nothing inside them to skip, and no selector to run.
  if (element.childElementCount === 0 || !element.querySelector(ICON_SELECTOR)) return collapse(element.textContent ?? '');
  return walkText(element, false);
}

/** readText, with each image's alt text in its place: the emoji X draws as <img alt="☀️">. */
export function readTextWithImageAlt(element: Element | null | undefined): string {
  if (!element) return '';
  return element.querySelector('img[alt]') ? walkText(element, true) : readText(element);
}

/** Walks the text nodes, skipping icon subtrees, rather than cloning the element to strip them. */
function walkText(element: Element, imageAlt: boolean): string {
  const skipped = new Set(element.querySelectorAll(ICON_SELECTOR));
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (skipped.has(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) text += node.nodeValue ?? '';
    else if (imageAlt && (node as Element).localName === 'img') text += (node as Element).getAttribute('alt') ?? '';
  }
  return collapse(text);
}

/** Runs of whitespace, or whitespace other than a plain space: what collapsing changes. */
const UNCOLLAPSED = /\s\s|[^\S ]/;

function collapse(text: string): string {
  // Most page text is already single-spaced: testing first spares a copy of every string.
  return (UNCOLLAPSED.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}

/** Caps text at what we carry across contexts, reporting whether it was cut. */
export function capText(text: string): { text: string; cut: boolean } {
  if (text.length <= MAX_COMMENT_TEXT) return { text, cut: false };
  return { text: text.slice(0, MAX_COMMENT_TEXT), cut: true };
}

export function nonEmpty(text: string | null | undefined): string | null {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}
