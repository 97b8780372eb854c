/**
 * Queries that also enter open shadow roots, limited to one comment: nested replies are comments of
 * their own, so their buttons and editors do not belong to the card that holds them.
 */
export function queryInComment<E extends Element = Element>(card: Element, selector: string): E[] {
  const found: E[] = [];
  const ownedByCard = (element: Element) => element.closest('shreddit-comment') === card;
  const visit = (root: ParentNode, inShadow: boolean) => {
    for (const element of root.querySelectorAll<E>(selector)) if (inShadow || ownedByCard(element)) found.push(element);
    for (const host of root.querySelectorAll('*')) {
      if (!host.shadowRoot || (!inShadow && host !== card && !ownedByCard(host)) || host.localName === 'shreddit-comment') continue;
      visit(host.shadowRoot, true);
    }
  };
  if (card.shadowRoot) visit(card.shadowRoot, true);
  visit(card, false);
  return found;
}

/** Polls until find() answers (shadow roots are invisible to a MutationObserver on the document). */
export function pollFor<T>(find: () => T | null, timeoutMs = 2000, everyMs = 50): Promise<T | null> {
  const started = Date.now();
  return new Promise((resolve) => {
    const tick = () => {
      const found = find();
      if (found !== null || Date.now() - started >= timeoutMs) resolve(found);
      else setTimeout(tick, everyMs);
    };
    tick();
  });
}

/** Every element matching selector under root, entering every open shadow root on the way. */
export function deepQueryAll<E extends Element = Element>(root: ParentNode, selector: string): E[] {
  const found: E[] = [...root.querySelectorAll<E>(selector)];
  for (const host of root.querySelectorAll('*')) if (host.shadowRoot) found.push(...deepQueryAll<E>(host.shadowRoot, selector));
  return found;
}
