import { findByText, isShown, waitFor } from '../dom';
import { REPLY_BUTTON } from './selectors';

const EDITOR = 'textarea, [contenteditable="true"], [contenteditable=""]';

/**
 * A reply box for this review on a page we know nothing else about: an editable field shown inside
 * the card, else the one the card's own "Reply" button opens (inside the card, or a form the page
 * shows elsewhere, like a blog moving its comment form under the comment). Never presses submit.
 */
export async function findGenericReplyEditor(card: Element): Promise<HTMLElement | null> {
  const shownIn = (root: ParentNode) => [...root.querySelectorAll<HTMLElement>(EDITOR)].filter(isShown);
  const open = shownIn(card)[0];
  if (open) return open;
  const reply = findByText(card, REPLY_BUTTON, 'button, a, [role="button"]');
  if (!reply) return null;
  const before = new Set(shownIn(card.ownerDocument));
  reply.click();
  return waitFor(card.ownerDocument.documentElement, () => shownIn(card)[0] ?? shownIn(card.ownerDocument).find((editor) => !before.has(editor)) ?? null);
}
