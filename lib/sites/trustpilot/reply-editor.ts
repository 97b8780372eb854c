import { findByText, isShown, waitFor } from '../dom';
import { REPLY_BUTTON } from './selectors';

const EDITOR = 'textarea, [contenteditable="true"][role="textbox"], [contenteditable="true"]';

/**
 * The company's reply box. The public company page has none (consumers cannot answer there); the
 * Business app shows a "Reply" button per review that opens a box inside the review. No public source
 * documents that box's attributes, so it is found by structure (an editable field inside the card),
 * after a click on the site's own "Reply" button when it is closed. Never presses submit.
 */
export async function findTrustpilotReplyEditor(card: Element): Promise<HTMLElement | null> {
  const visibleEditor = () => [...card.querySelectorAll<HTMLElement>(EDITOR)].find(isShown) ?? null;
  const open = visibleEditor();
  if (open) return open;
  const reply = findByText(card, REPLY_BUTTON, 'button, [role="button"]');
  if (!reply) return null;
  reply.click();
  return waitFor(card, visibleEditor);
}
