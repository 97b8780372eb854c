/**
 * Booking.com selectors, most robust first: `data-testid` on the hotel page's review sheet, then the
 * legacy /reviewlist page's BEM classes, then the partner extranet (admin.booking.com), whose only
 * anchors are `data-test-id` (with a hyphen) and BUI classes. Source: shared/docs/site-dom-reference.md §5.
 */
export const BOOKING = {
  /**
   * Review cards on the three surfaces. `featuredreview` carousel items are left out on purpose:
   * they are short teasers of reviews that the full list also holds.
   */
  cards: ['[data-testid="review-card"]', 'li.review_list_new_item_block', '.c-review-block', '.gr-review-card'],
  author: ['[data-testid="review-avatar"]', '.bui-avatar-block__title', '[data-test-id="review-guest-name"]'],
  date: ['[data-testid="review-date"]', '.c-review-block__date', '.gr-review-score__date'],
  score: ['[data-testid="review-score"]', '.bui-review-score__badge'],
  title: ['[data-testid="review-title"]', '.c-review-block__title'],
  positive: ['[data-testid="review-positive-text"]', '[data-test-id="positive-text"] .gr-review-card__comment-text'],
  negative: ['[data-testid="review-negative-text"]', '[data-test-id="negative-text"] .gr-review-card__comment-text'],
  /** Legacy list: each part is a `span.c-review__body` after its "Liked"/"Disliked" prefix. */
  legacyRow: '.c-review__row',
  legacyPrefix: '.c-review__prefix',
  legacyBody: '.c-review__body',
  partnerReply: '[data-testid="review-partner-reply"]',
  commentArea: ['[data-testid="review-list-container"]', '#reviewCardsSection', '[data-testid="PropertyReviewsRegionBlock"]', '.review_list', '#reviews-main-container'],
  /** Extranet reply form, opened by the card's "Reply" button. */
  replyTextarea: 'textarea.bui-input-textarea',
} as const;

/** "Hotel response:", "Property response:", "Respuesta del alojamiento:" … before the partner's reply. */
export const PARTNER_REPLY_PREFIX = /^(?:Hotel response|Property response|Respuesta del (?:alojamiento|hotel)|Tanggapan (?:hotel|akomodasi|properti)|Réponse de l'établissement|Antwort der Unterkunft)\s*[:：]\s*/i;

/** The control that expands a cut text: "Continue reading", "Read more" and translations. */
export const CONTINUE_READING = /(?:…|\.\.\.)?\s*(Continue reading|Read more|Seguir leyendo|Leer más|Lanjutkan membaca|Baca selengkapnya|Lire la suite|Weiterlesen)\s*$/i;

/** Labels of the extranet "Reply" button. */
export const REPLY_BUTTON = /^(Reply|Respond|Responder|Balas|Tanggapi|Répondre|Antworten)$/i;

/** The label before a review date, e.g. "Reviewed:" / "Comentado el:" / "Diulas:". */
export const DATE_LABEL = /^[^\d:：]{1,30}[:：]\s*/;
