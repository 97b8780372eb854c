/**
 * YouTube comment selectors, most robust first (custom elements and their ids, then ARIA). Source:
 * shared/docs/site-dom-reference.md §12. Polymer renders with shady DOM, so everything is light DOM;
 * ids such as #content-text repeat in every comment, so every query is scoped to one comment, and
 * ids are matched with `[id~="…"]`: Chromium answers "#id" (and `[id="…"]`) by visiting every element
 * of the document carrying that id, which made a scan of 1,000 comments quadratic (measured: 14 ms
 * for 1,000 scoped "#content-text" queries against 0.5 ms with `[id~=…]`). Ids hold no spaces, so
 * the match is the same.
 */
export const YOUTUBE = {
  /** One thread: the top-level comment plus its replies. It is the card we mark. */
  thread: ['ytd-comment-thread-renderer'],
  /** The comment element itself: the 2024+ view model, then the older renderer. */
  comment: ['ytd-comment-view-model', 'ytd-comment-renderer'],
  /** Where the replies of a thread live (expanded list and the short "teaser" list). */
  replies: ['[id~="replies"]', '[id~="teaser-replies"]'],
  author: ['[id~="header-author"] [id~="author-text"]', '[id~="author-text"]', 'a[href^="/@"]'],
  /** The timestamp link, whose `lc=` parameter is the comment id. */
  permalink: ['[id~="published-time-text"] a[href*="lc="]', 'a[href*="&lc="]', 'a[href*="?lc="]'],
  text: ['[id~="content-text"]', '[id~="content"]'],
  /** Present (and not hidden) only on comments written by the channel that owns the video. */
  creatorBadge: '[id~="author-comment-badge"] ytd-author-comment-badge-renderer, ytd-author-comment-badge-renderer',
  /** "Read more" of a clamped comment. */
  more: ['[id~="more"]', 'tp-yt-paper-button[id~="more"]'],
  commentArea: ['ytd-comments[id~="comments"]', '[id~="comments"] ytd-item-section-renderer'],
  /** The per-comment Reply button and the dialog it opens. */
  replyButton: ['[id~="reply-button-end"] button', '[id~="reply-button-end"] [role="button"]', '[id~="reply-button-end"]'],
  replyDialog: '[id~="reply-dialog"]',
  editor: '[id~="contenteditable-root"][contenteditable="true"]',
} as const;
