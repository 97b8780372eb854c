/**
 * Trustpilot selectors, most robust first: the `data-service-review-*` / `data-consumer-*` attributes
 * Trustpilot sets on purpose, then plain structure. CSS-module classes (`styles_x__hash`) change with
 * every deploy, so no selector here depends on them. Source: shared/docs/site-dom-reference.md §4.
 */
export const TRUSTPILOT = {
  cards: ['article[data-service-review-card-paper]', 'div[data-service-review-card-paper]'],
  rating: '[data-service-review-rating]',
  /** "Rated 4 out of 5 stars", "Calificado con 1 de 5 estrellas"; the src ends in stars-4.svg. */
  ratingImage: 'img[alt], img[src*="stars-"]',
  date: ['time[data-service-review-date-time-ago]', 'time[datetime]'],
  reviewLink: ['a[data-review-title-typography][href*="/reviews/"]', 'a[href*="/reviews/"]'],
  title: ['[data-service-review-title-typography]', 'a[href*="/reviews/"] h2'],
  author: ['[data-consumer-name-typography]', 'a[data-consumer-profile-link] span', 'a[href^="/users/"] span'],
  /** Full-text layout. */
  fullText: '[data-service-review-text-typography]',
  /** Newer layout used for a few "featured" reviews: preview + hidden rest + "See more". */
  relevantText: '[data-relevant-review-text-typography]',
  replyTitle: '[data-service-review-business-reply-title-typography]',
  replyText: '[data-service-review-business-reply-text-typography]',
  replyDate: 'time[data-service-review-business-reply-date-time-ago]',
  nextData: 'script#__NEXT_DATA__',
} as const;

/** The 24-hex review id in "/reviews/<id>". */
export const REVIEW_ID = /\/reviews\/([0-9a-f]{24})(?:[/?#]|$)/i;

/** "Reply from <Company>" in the UI languages we have seen. */
export const REPLY_FROM = /^(?:Reply from|Respuesta de|Balasan dari|Réponse de|Antwort von|Risposta da|Resposta de|Reactie van)\s+(.+)$/i;

/** Labels of the "See more" control of the truncated layout. */
export const SEE_MORE = /^(See more|Ver más|Lihat selengkapnya|Voir plus|Mehr anzeigen|Mostra di più|Ver mais|Meer weergeven)$/i;

/** Labels of a "Reply" button that opens the business's reply box. */
export const REPLY_BUTTON = /^(Reply|Respond|Responder|Balas|Répondre|Antworten|Rispondi|Reageren)$/i;
