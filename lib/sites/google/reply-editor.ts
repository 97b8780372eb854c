import { readText } from '../../comments/text';
import { isShown, sameOriginDocument } from '../dom';
import { CANCEL_LABEL, GOOGLE, REPLY_LABEL } from './selectors';

const EDITOR = `${GOOGLE.replyEditor}, textarea`;
const POLL_MS = 100;
const TIMEOUT_MS = 3000;

/**
 * The owner's reply textarea for a review, opening it with the site's own Reply button when needed.
 * business.google.com shows it inside the card; the Search merchant panel shows it inside a
 * same-origin iframe, which the page's MutationObserver cannot see, so we poll. Public Maps has
 * no reply box. Never presses the submit button (also labelled "Reply" on the panel).
 */
export async function findGoogleReplyEditor(card: Element): Promise<HTMLElement | null> {
  const open = findEditor(card);
  if (open) return open;
  const reply = findReplyButton(card);
  if (!reply) return null;
  reply.click();
  return poll(() => findEditor(card));
}

function findEditor(card: Element): HTMLTextAreaElement | null {
  const inCard = visibleEditorIn(card);
  if (inCard) return inCard;
  for (const frame of card.querySelectorAll('iframe')) {
    const doc = sameOriginDocument(frame);
    const inFrame = doc ? visibleEditorIn(doc) : null;
    if (inFrame) return inFrame;
  }
  return findEditorInReplyFrame(card);
}

/**
 * The single-review reply page can load in an iframe outside the card. It names the reviewer it
 * answers; we only use it when that is this card's reviewer, so a reply never lands on another review.
 */
function findEditorInReplyFrame(card: Element): HTMLTextAreaElement | null {
  const author = readText(card.querySelector(GOOGLE.author.join(', ')));
  if (!author) return null;
  for (const frame of card.ownerDocument.querySelectorAll('iframe')) {
    const doc = sameOriginDocument(frame);
    if (!doc || !isShown(frame) || readText(doc.querySelector(GOOGLE.replyFrameReviewer)) !== author) continue;
    const editor = visibleEditorIn(doc);
    if (editor) return editor;
  }
  return null;
}

function visibleEditorIn(root: ParentNode): HTMLTextAreaElement | null {
  // Prefer Google's own jsname; fall back to any shown textarea in the card's reply area.
  const editors = [...root.querySelectorAll<HTMLTextAreaElement>(EDITOR)];
  return editors.find((editor) => editor.matches(GOOGLE.replyEditor) && isShown(editor)) ?? editors.find(isShown) ?? null;
}


function findReplyButton(card: Element): HTMLElement | null {
  const tagged = card.querySelector<HTMLElement>(GOOGLE.replyButton);
  if (tagged && isShown(tagged)) return tagged;
  for (const button of card.querySelectorAll<HTMLElement>('button, [role="button"]')) {
    // readText drops the icon ligature: the button's textContent is "replyReply".
    const label = readText(button) || button.getAttribute('aria-label')?.trim() || '';
    if (!REPLY_LABEL.test(label) || !isShown(button)) continue;
    // Once the editor is open its submit is also "Reply", next to a "Cancel": never that one.
    if (hasCancelSibling(button)) continue;
    return button;
  }
  return null;
}

function hasCancelSibling(button: Element): boolean {
  const siblings = button.parentElement ? [...button.parentElement.querySelectorAll('button, [role="button"]')] : [];
  return siblings.some((sibling) => sibling !== button && CANCEL_LABEL.test(readText(sibling)));
}

function poll<T>(find: () => T | null): Promise<T | null> {
  return new Promise((resolve) => {
    const started = Date.now();
    const tick = () => {
      const found = find();
      if (found !== null || Date.now() - started >= TIMEOUT_MS) resolve(found);
      else setTimeout(tick, POLL_MS);
    };
    tick();
  });
}
