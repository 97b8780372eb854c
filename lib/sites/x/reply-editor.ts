import { isShown, queryFirst, waitFor } from '../dom';
import { findXCards, readHeader } from './extract';
import { X } from './selectors';

const EDITOR = X.editor.join(', ');

/**
 * The box to answer a tweet in. On a status page the inline composer under the status answers that
 * status; any other tweet is answered in the modal X opens on that tweet's own Reply button (on
 * mobile web a full-screen layer with a textarea). We click Reply as a person would; never Post.
 */
export async function findXReplyEditor(card: Element): Promise<HTMLElement | null> {
  const doc = card.ownerDocument;
  const inline = inlineComposerFor(card);
  if (inline) return inline;
  const statusId = readHeader(card).statusId;
  const dialogEditor = (mustMention: boolean) => {
    for (const dialog of doc.querySelectorAll(X.dialog)) {
      if (mustMention && !(statusId && dialog.querySelector(`a[href*="/status/${statusId}"]`))) continue;
      const editor = [...dialog.querySelectorAll<HTMLElement>(EDITOR)].find(isShown);
      if (editor) return editor;
    }
    return null;
  };
  // A modal already open for this very tweet (it quotes the tweet it answers).
  const open = dialogEditor(true);
  if (open) return open;
  const reply = queryFirst<HTMLElement>(card, [X.replyButton]);
  if (!reply) return null;
  reply.click();
  return waitFor(doc.body, () => dialogEditor(false));
}

/** The inline composer answers the tweet right above it: the status the page is about. */
function inlineComposerFor(card: Element): HTMLElement | null {
  const doc = card.ownerDocument;
  const inline = [...doc.querySelectorAll<HTMLElement>(EDITOR)].find((editor) => !editor.closest(X.dialog) && isShown(editor));
  if (!inline) return null;
  const above = findXCards(doc).filter((tweet) => tweet.compareDocumentPosition(inline) & Node.DOCUMENT_POSITION_FOLLOWING);
  return above.at(-1) === card ? inline : null;
}
