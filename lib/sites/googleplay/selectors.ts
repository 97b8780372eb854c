/**
 * Google Play review selectors, most robust first (data-review-id, role=img with "Rated …", then
 * Closure classes stable in scrapers from 2022 to 2025). Source: shared/docs/site-dom-reference.md §7.
 * Reviews appear in the "Ratings and reviews" modal (RHo1pe) and on the details page (EGFGHd).
 */
export const GOOGLE_PLAY = {
  cards: ['div.RHo1pe', 'div.EGFGHd'],
  reviewId: 'header[data-review-id], [data-review-id]',
  author: ['div.X5PpBb', 'header div.gSGphe'],
  rating: ['div.iXRFPc[role="img"][aria-label]', '[role="img"][aria-label^="Rated" i]', '[role="img"][aria-label]'],
  date: ['span.bp9Aid'],
  text: ['div.h3YV2d'],
  developerReply: 'div.ocpBU',
  developerName: 'div.I6j64d',
  developerDate: 'div.I9Jtec',
  developerText: 'div.ras4vb',
  modal: 'div[role="dialog"]',
  commentArea: ['div.odk6He', 'div[role="dialog"] div.fysCi', 'button[aria-label*="Ratings and reviews" i]'],
} as const;

/** A text the page cut short ends with an ellipsis next to one of these. */
export const FULL_REVIEW = /^(Full review|Reseña completa|Ulasan lengkap|Vollständige Rezension|More|Más)$/i;
