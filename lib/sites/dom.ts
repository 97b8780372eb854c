/** Small DOM helpers every adapter uses: selector fallbacks, de-duplication, waiting. */

/** Selector lists as one selector, joined once per list (the lists are constants). */
const joinedLists = new WeakMap<readonly string[], string>();
function anyOf(selectors: readonly string[]): string {
  if (selectors.length === 1) return selectors[0]!;
  let joined = joinedLists.get(selectors);
  if (joined === undefined) joinedLists.set(selectors, (joined = selectors.join(', ')));
  return joined;
}

/** First element matching the first selector that matches anything, in order of robustness. */
export function queryFirst<E extends Element = Element>(root: ParentNode, selectors: readonly string[]): E | null {
  if (selectors.length === 1) return root.querySelector<E>(selectors[0]!);
  // One pass settles the common cases, on pages of hundreds of cards: nothing matches, or the most
  // robust selector matches first.
  const first = root.querySelector<E>(anyOf(selectors));
  if (!first || first.matches(selectors[0]!)) return first;
  for (const selector of selectors) {
    const found = root.querySelector<E>(selector);
    if (found) return found;
  }
  return null;
}

/** Like queryFirst, among the elements that pass keep (say, outside the owner's reply): one query for all selectors. */
export function queryFirstWhere(root: ParentNode, selectors: readonly string[], keep: (element: Element) => boolean): Element | null {
  const candidates = root.querySelectorAll(anyOf(selectors));
  if (candidates.length === 0) return null;
  if (selectors.length === 1) return [...candidates].find(keep) ?? null;
  for (const selector of selectors) {
    for (const element of candidates) if (element.matches(selector) && keep(element)) return element;
  }
  return null;
}

/** Every element matching any selector, in document order, without nested duplicates. */
export function queryOutermost(root: ParentNode, selectors: readonly string[]): Element[] {
  if (selectors.length === 0) return [];
  const combined = selectors.join(', ');
  const matches = [...root.querySelectorAll(combined)];
  // A root that is itself a card (a freshly added node) counts too.
  if (root instanceof Element && root.matches(combined)) matches.unshift(root);
  // One ancestor lookup per element keeps this linear on pages with thousands of cards.
  return matches.filter((element) => !element.parentElement?.closest(combined) || element === root);
}

/** The first element under root whose own trimmed text matches, looking at buttons and links first. */
export function findByText(root: ParentNode, pattern: RegExp, selector = 'button, a, [role="button"], span, div'): HTMLElement | null {
  for (const el of root.querySelectorAll<HTMLElement>(selector)) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const label = el.getAttribute('aria-label')?.trim() ?? '';
    if (pattern.test(text) || (label && pattern.test(label))) return el;
  }
  return null;
}

/** Resolves with find()'s first non-null answer, re-asking whenever root changes, for up to timeoutMs. */
export function waitFor<T>(root: Node, find: () => T | null, timeoutMs = 2000): Promise<T | null> {
  const existing = find();
  if (existing !== null) return Promise.resolve(existing);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const found = find();
      if (found !== null) finish(found);
    });
    const timer = setTimeout(() => finish(null), timeoutMs);
    function finish(result: T | null) {
      observer.disconnect();
      clearTimeout(timer);
      resolve(result);
    }
    observer.observe(root, { childList: true, subtree: true, attributes: true });
  });
}

/** A root-relative link of plain URL characters (no dot segments), which the URL parser would return unchanged. */
const PLAIN_ROOT_RELATIVE = /^\/(?![/\\])[\w\-.~!$&()*+,;=:@%/?#]*$/;
const DOT_SEGMENT = /\/(?:\.|%2e){1,2}(?:[/?#]|$)/i;

export function absoluteUrl(href: string | null | undefined, base: URL): string | null {
  if (!href) return null;
  // Most permalinks are plain root-relative paths: joining them to the origin is what the parser
  // would do, at a fraction of its cost on a page of a thousand comments.
  if ((base.protocol === 'https:' || base.protocol === 'http:') && PLAIN_ROOT_RELATIVE.test(href) && !DOT_SEGMENT.test(href)) return base.origin + href;
  try {
    const url = new URL(href, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Whether the element is shown: not inside a hidden ancestor and, where the browser can tell, rendered. */
export function isShown(element: Element): boolean {
  if (element.closest('[hidden], [aria-hidden="true"]')) return false;
  return typeof element.checkVisibility === 'function' ? element.checkVisibility() : true;
}

/** A frame's document when it is same-origin; a cross-origin frame throws or answers null. */
export function sameOriginDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}
