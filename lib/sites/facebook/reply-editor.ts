import { findByText, isShown, waitFor } from '../dom';
import { threadBlocks } from './extract';
import { FACEBOOK, REPLY_LABEL } from './selectors';

/** The reply box opened for each comment, so a second insert reuses it instead of clicking again. */
const openedFor = new WeakMap<Element, HTMLElement>();

/**
 * A comment's own reply box (a Lexical contenteditable). Facebook builds it under the comment when
 * its "Reply" control is pressed; the post-level "Comment as …" box would post a new comment, so it
 * is never used. We press Reply as a person would and take the box that appears; never "Post".
 */
export async function findFacebookReplyEditor(card: Element): Promise<HTMLElement | null> {
  const known = openedFor.get(card);
  if (known?.isConnected) return known;
  const inThread = threadBlocks(card)
    .flatMap((block) => [...block.querySelectorAll<HTMLElement>(FACEBOOK.editor)])
    .find(isShown);
  if (inThread) return remember(card, inThread);

  const reply = findByText(card, REPLY_LABEL, '[role="button"], button');
  if (!reply || reply.closest(FACEBOOK.article) !== card) return null;
  const doc = card.ownerDocument;
  const before = new Set(doc.querySelectorAll(FACEBOOK.editor));
  reply.click();
  const editor = await waitFor(doc.body, () => [...doc.querySelectorAll<HTMLElement>(FACEBOOK.editor)].find((box) => !before.has(box) && isShown(box)) ?? null);
  return editor ? remember(card, editor) : null;
}

function remember(card: Element, editor: HTMLElement): HTMLElement {
  openedFor.set(card, editor);
  return editor;
}
