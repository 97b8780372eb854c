import { readText } from '../../comments/text';
import { isShown } from '../dom';
import { REDDIT, REPLY_LABEL } from './selectors';
import { deepQueryAll, pollFor, queryInComment } from './shadow';

/**
 * The composer for a reply to this comment. Reddit's Reply button sits in the action row's open
 * shadow root and the composer's editor in shreddit-composer's, so both are searched through open
 * shadow roots, and the editor is awaited by polling (a MutationObserver does not see into shadow
 * roots). We click Reddit's own Reply button, as a person would, and never the "Comment" submit.
 */
export async function findRedditReplyEditor(card: Element): Promise<HTMLElement | null> {
  const open = composerEditor(card);
  if (open) return open;
  const reply = findReplyButton(card);
  if (!reply) return null;
  const before = new Set(deepQueryAll(card.ownerDocument, REDDIT.composer));
  reply.click();
  // The composer opens inside the comment; should Reddit mount it elsewhere, it is the one that just appeared.
  return pollFor(() => composerEditor(card) ?? newComposerEditor(card.ownerDocument, before));
}

function newComposerEditor(doc: Document, before: Set<Element>): HTMLElement | null {
  const fresh = deepQueryAll(doc, REDDIT.composer).filter((composer) => !before.has(composer));
  return fresh.length === 1 ? editorIn(fresh[0]!) : null;
}

/** The editable field of this comment's composer. */
function composerEditor(card: Element): HTMLElement | null {
  for (const composer of queryInComment(card, REDDIT.composer)) {
    const editor = editorIn(composer);
    if (editor) return editor;
  }
  return null;
}

/** A composer's shown editable field, in its light DOM or its shadow root. */
function editorIn(composer: Element): HTMLElement | null {
  const roots: ParentNode[] = composer.shadowRoot ? [composer, composer.shadowRoot] : [composer];
  for (const root of roots) {
    const editor = deepQueryAll<HTMLElement>(root, REDDIT.editor).find(isShown);
    if (editor) return editor;
  }
  return null;
}

function findReplyButton(card: Element): HTMLElement | null {
  for (const selector of REDDIT.replyButton) {
    const button = queryInComment<HTMLElement>(card, selector)[0];
    if (button) return button;
  }
  // Localised UIs: the same button, found by its label.
  return queryInComment<HTMLElement>(card, 'button').find((button) => REPLY_LABEL.test(button.getAttribute('aria-label')?.trim() || readText(button))) ?? null;
}
