/**
 * Yelp business-page selectors, most robust first (ids, ARIA roles and labels, then the hashed
 * `__09f24__` / `y-css-*` classes, matched by prefix because their suffixes rotate). Source:
 * shared/docs/site-dom-reference.md §3. Reviews carry no review id in the DOM.
 */
export const YELP = {
  list: ['#reviews ul[class*="list__"]', 'section[aria-label="Recommended Reviews"] ul[class*="list__"]', '#reviews ul'],
  /** Only list items holding the reviewer's passport block are reviews (the list also holds ads). */
  card: 'li',
  reviewer: '[role="region"][aria-label]',
  profileLink: 'a[href*="/user_details?userid="]',
  rating: ['div[role="img"][aria-label$="star rating"]', 'div[role="img"][aria-label*="star" i]', 'div[role="img"][aria-label*="estrella" i]', 'div[role="img"][aria-label]'],
  /** The review body, then the owner's comment: the second raw span in a card is the reply. */
  raw: 'span[class*="raw__"]',
  commentArea: ['#reviews', 'section[aria-label="Recommended Reviews"]', 'section[aria-label="Reseñas recomendadas"]'],
} as const;

/** Review dates in the layouts seen: "Mar 3, 2025", "3/3/2025", and the Spanish "3 mar 2025". */
export const REVIEW_DATE = [/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/, /^\d{1,2}\/\d{1,2}\/\d{4}$/, /^\d{1,2} [a-zé]{3,5}\.? \d{4}$/i];
/** "Comment from Luis G. of Example Taqueria" and its Spanish form. */
export const OWNER_COMMENT_HEADER = /^(?:Comment from|Comentario de)\s+(.+?)\s+(?:of|de)\s+.+$/i;
/** A text the page cut short ends with an ellipsis next to one of these. */
export const READ_MORE = /^(Read more|more|Leer más|más)$/i;
