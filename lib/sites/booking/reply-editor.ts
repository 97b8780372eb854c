import { findByText, isShown, waitFor } from '../dom';
import { BOOKING, REPLY_BUTTON } from './selectors';

/**
 * The partner's reply box on the extranet: a React-controlled `textarea.bui-input-textarea` that the
 * card's "Reply" button opens. The guest-facing pages have none. We click the site's own button as a
 * person would, and never the submit button.
 */
export async function findBookingReplyEditor(card: Element): Promise<HTMLElement | null> {
  const shownIn = (root: ParentNode) => [...root.querySelectorAll<HTMLElement>(BOOKING.replyTextarea)].filter(isShown);
  const open = shownIn(card)[0];
  if (open) return open;
  const reply = findByText(card, REPLY_BUTTON, 'button, [role="button"]');
  if (!reply) return null;
  const before = new Set(shownIn(card.ownerDocument));
  reply.click();
  // The form opens inside the card, or in a panel of its own: then it is the one that just appeared.
  return waitFor(card.ownerDocument.documentElement, () => shownIn(card)[0] ?? shownIn(card.ownerDocument).find((area) => !before.has(area)) ?? null);
}
