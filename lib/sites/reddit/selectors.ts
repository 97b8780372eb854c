/**
 * New Reddit ("shreddit") selectors: custom elements and the attributes the server renders on them,
 * then ARIA. Source: shared/docs/site-dom-reference.md §13. Comments are light DOM (their text and
 * meta are slotted into the element's open shadow root); the action row's Reply button and the
 * composer's editor live inside open shadow roots, which document.querySelector does not enter.
 */
export const REDDIT = {
  comment: 'shreddit-comment[thingid^="t1_"]',
  post: 'shreddit-post[author]',
  /** Direct parts of one comment (nested replies hold their own). */
  text: 'div[slot="comment"]',
  meta: 'div[slot="commentMeta"]',
  /** A child of a comment shows only in one of its shadow root's slots: ours goes on the header line. */
  markerSlot: 'commentMeta',
  time: 'time[datetime]',
  replyButton: ['faceplate-tracker[slot="comment-reply"] button', 'faceplate-tracker[noun="reply"] button', 'button[aria-label="Reply"]'],
  composer: 'shreddit-composer',
  editor: '[contenteditable="true"][role="textbox"], [contenteditable="true"]',
  commentArea: ['shreddit-comment-tree', '#comment-tree', 'shreddit-post'],
} as const;

/** Authors Reddit shows for removed or deleted comments: nothing to answer there. */
export const GONE_AUTHORS = new Set(['[deleted]', '[removed]']);

/** The Reply control's label in Reddit's UI languages (aria-label or text). */
export const REPLY_LABEL = /^(Reply|Responder|Balas|Répondre|Antworten|Rispondi|Responder a)$/i;
