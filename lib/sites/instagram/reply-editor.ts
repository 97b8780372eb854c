import { findByText, isShown, queryFirst, waitFor } from '../dom';
import { postScope } from './extract';
import { INSTAGRAM, REPLY_LABEL } from './selectors';

/**
 * Instagram has one composer per post. A comment's own "Reply" button aims it at that comment
 * (Instagram prefills "@username "), so we press it first when we can tell it by its label, then
 * hand back the post's composer textarea. Never the "Post" button.
 */
export async function findInstagramReplyEditor(card: Element): Promise<HTMLElement | null> {
  const scope = postScope(card);
  const composer = () => {
    const found = queryFirst<HTMLTextAreaElement>(scope, INSTAGRAM.editor);
    return found && isShown(found) ? found : null;
  };
  const reply = findByText(card, REPLY_LABEL, 'button, [role="button"]');
  // The thread's first Reply button belongs to the comment itself; replies come after it.
  if (reply) {
    reply.click();
    return waitFor(scope instanceof Node ? scope : card, composer);
  }
  return composer();
}
