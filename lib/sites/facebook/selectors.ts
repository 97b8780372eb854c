/**
 * Facebook selectors. Source: shared/docs/site-dom-reference.md §9. Atomic classes (x1lliihq …)
 * rotate and ARIA labels are translated ("Comment by" / "Comentario de" / "Bình luận của"), so a
 * comment is recognised by structure: an article whose own timestamp link carries `comment_id=`.
 */
export const FACEBOOK = {
  article: '[role="article"]',
  /** A comment's timestamp link: `?comment_id=<id>`, and `&reply_comment_id=<id>` for a reply. */
  commentLink: 'a[href*="comment_id="]',
  /** Where the comment text sits: `div[dir=auto]` blocks or `span[lang]`. */
  text: 'div[dir="auto"], span[dir="auto"], span[lang]',
  /** The post's author, set on purpose by Facebook for its feed, then plain headings. */
  postAuthor: ['[data-ad-rendering-role="profile_name"] a[href]', 'h2 a[href]', 'h3 a[href]', 'strong a[href]'],
  editor: '[contenteditable="true"][role="textbox"]',
  /** Where a post's comments live when the post itself is no article: the photo viewer, the main column. */
  postScope: ['[role="dialog"]', '[role="main"]'],
  /** The post-level comment box: the post has a comment area even before anyone comments. */
  commentArea: ['[role="article"] [contenteditable="true"][role="textbox"]', '[role="main"] [contenteditable="true"][role="textbox"]', '[role="dialog"] [contenteditable="true"][role="textbox"]'],
  nestedArticle: '[role="article"] [role="article"]',
} as const;

/** The per-comment "Reply" control in the languages users answer in, and a few more. */
export const REPLY_LABEL = /^(Reply|Responder|Balas|Répondre|Antworten|Rispondi|Trả lời|Odpovědět|Odpowiedz|Yanıtla|Beantwoorden)$/i;
/** Tracking parameters Facebook adds to links; not part of a permalink. */
export const TRACKING_PARAMS = /^(__cft__|__tn__|__xts__)/;
