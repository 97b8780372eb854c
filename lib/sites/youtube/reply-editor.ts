import { isShown, queryFirst, waitFor } from '../dom';
import { mainComment } from './extract';
import { YOUTUBE } from './selectors';

/**
 * The reply box under a thread's top-level comment. YouTube builds it only after a click on that
 * comment's own "Reply" button (a ytd-commentbox inside #reply-dialog, whose editor is the
 * contenteditable #contenteditable-root). We click Reply as a person would; never "Reply"/submit
 * inside the box. The video-level "Add a comment…" box is not used: it would post a new comment.
 */
export async function findYoutubeReplyEditor(thread: Element): Promise<HTMLElement | null> {
  const comment = mainComment(thread);
  if (!comment) return null;
  const openEditor = () => {
    const dialog = comment.querySelector(YOUTUBE.replyDialog);
    return [...(dialog?.querySelectorAll<HTMLElement>(YOUTUBE.editor) ?? [])].find(isShown) ?? null;
  };
  const open = openEditor();
  if (open) return open;
  const reply = queryFirst<HTMLElement>(comment, YOUTUBE.replyButton);
  if (!reply) return null;
  reply.click();
  return waitFor(comment, openEditor);
}
