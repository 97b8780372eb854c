import { findByText, isShown, waitFor } from '../dom';
import { RESPOND_BUTTON } from './selectors';

const EDITOR = 'textarea, [contenteditable="true"][role="textbox"]';

/**
 * The owner's response box. The public page has none; the owner view (Management Center) shows a
 * "Write a response" button per review that opens a textarea inside the card. We click the site's
 * own button to open it, as a person would, and never the submit button.
 */
export async function findTripadvisorReplyEditor(card: Element): Promise<HTMLElement | null> {
  const visibleEditor = () => [...card.querySelectorAll<HTMLElement>(EDITOR)].find(isShown) ?? null;
  const open = visibleEditor();
  if (open) return open;
  const respond = findByText(card, RESPOND_BUTTON, 'button, a, [role="button"]');
  if (!respond) return null;
  respond.click();
  return waitFor(card, visibleEditor);
}
