/**
 * Instagram selectors. Source: shared/docs/site-dom-reference.md §10. Instagram's classes
 * (`_a9zj`, `_a9zr`, `_ap3a`, …) rotate, so comments are found by their one stable anchor: the
 * timestamp link `/p/<code>/c/<commentId>/` (replies: `/c/<parentId>/r/<replyId>/`).
 */
export const INSTAGRAM = {
  /** Every timestamp; only those inside a /c/ link are comments (the caption and the post have none). */
  time: 'time[datetime]',
  commentLink: 'a[href*="/c/"]',
  /** The post: opened in a dialog over the grid, or alone on a /p/ page. */
  postScope: ['[role="dialog"] article', 'main article', 'article', '[role="dialog"]', 'main'],
  /** The post author's name in the post header. */
  postAuthor: ['header a[href^="/"][role="link"]', 'header a[href^="/"]'],
  text: 'span[dir="auto"], div[dir="auto"], h1[dir="auto"]',
  /** The comment composer: a React-controlled textarea. Labels are localised, so the form comes first. */
  editor: [
    'form textarea',
    'textarea[aria-label="Add a comment…"]',
    'textarea[aria-label*="comment" i]',
    'textarea[placeholder*="comment" i]',
  ],
  commentArea: ['[role="dialog"] article ul', 'main article ul', 'article form textarea', 'main article'],
} as const;

/** `/c/<id>/` or `/c/<parent>/r/<reply>/`. */
export const COMMENT_HREF = /\/c\/(\d+)\/(?:r\/(\d+)\/?)?/;
/** Profile links look like `/username/`. */
export const PROFILE_HREF = /^\/([A-Za-z0-9._]{1,30})\/$/;
/** Paths that look like profiles but are not. */
export const NOT_PROFILES = new Set(['explore', 'reels', 'direct', 'accounts', 'stories', 'p', 'reel']);

/** The per-comment "Reply" button in the UI languages we support, and a few more. */
export const REPLY_LABEL = /^(Reply|Responder|Balas|Répondre|Antworten|Rispondi)$/i;
/** Controls next to a comment's text that are not its text. */
export const NOT_TEXT = /^(Reply|Responder|Balas|See translation|Ver traducción|Lihat terjemahan|\d[\d.,]*\s*(likes?|Me gusta|suka))$/i;
/** "more" that shows the rest of a long text. */
export const MORE_LABEL = /^(more|… more|más|… más|lainnya|selengkapnya|plus|mehr)$/i;
