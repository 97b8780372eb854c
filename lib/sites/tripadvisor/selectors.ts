/**
 * TripAdvisor selectors, most robust first (site-set data attributes, then legacy attributes, then
 * hashed classes). Source: shared/docs/site-dom-reference.md §2. TripAdvisor changes its layout
 * every 3–6 months, so every field has fallbacks.
 */
export const TRIPADVISOR = {
  /** Hotel cards (2025-09+) share HR_CC_CARD with filter chips: keep only those with a review link. */
  hotelCard: 'div[data-test-target="HR_CC_CARD"]',
  cards: ['div[data-automation="reviewCard"]', 'div[data-reviewid]', '.review-container'],
  reviewLink: 'a[href*="/ShowUserReviews-"]',
  title: ['[data-test-target="review-title"]', 'a[href*="/ShowUserReviews-"]'],
  rating: ['svg[data-automation="bubbleRatingImage"]', 'span.ui_bubble_rating'],
  text: [
    'span[data-automation*="reviewText"]',
    '[data-test-target="review-text"]',
    'div.fIrGe span.JguWG',
    'q.QewHA > span',
  ],
  author: ['a[href^="/Profile/"]', '.info_text .username'],
  ownerReply: ['[data-test-target="management-response"]', '[data-automation="ownerResponse"]', '.mgrRspnInline'],
  commentArea: ['#tab-review-content', '[data-automation="reviewsTab"]', '[data-test-target="reviews-tab"]'],
  /** The page-level aggregate also uses the bubble svg: blocks holding this are not reviews. */
  aggregate: '[data-automation="bubbleReviewCount"]',
} as const;

/** "Response from …" in the UI languages we have seen; the owner reply has no stable attribute. */
const OWNER_REPLY_OPENINGS = 'Response from|Respuesta de|Respuesta del|Tanggapan dari|Réponse de|Antwort von|Risposta da|Resposta de';
export const OWNER_REPLY_HEADER = new RegExp(`^(${OWNER_REPLY_OPENINGS})\\s+(.+)$`, 'i');
/** The header's opening anywhere in a text node: finds it in one walk over the card's text. */
export const OWNER_REPLY_MENTION = new RegExp(`(${OWNER_REPLY_OPENINGS})\\s`, 'i');
/** "Responded Oct 12, 2025" and translations: the reply's date line. */
export const OWNER_REPLY_DATE = /^(Responded|Respondió el|Respondido el|Respondido|Ditanggapi|A répondu le|Beantwortet am)\s+(.+)$/i;
/** "<name> wrote a review Oct 2025", "Written October 3, 2025" and translations. */
export const REVIEW_DATE = [
  /wrote a review\s+(.+)$/i,
  /^Written\s+(.+)$/i,
  /escribió una opinión\s+(?:el\s+|en\s+)?(.+)$/i,
  /^Escrita el\s+(.+)$/i,
  /menulis ulasan\s+(?:pada\s+)?(.+)$/i,
  /^Ditulis\s+(?:pada\s+)?(.+)$/i,
];
/** The words of REVIEW_DATE before the date, to find its text cheaply. */
export const REVIEW_DATE_WORDS = /wrote a review|written|escribió una opinión|escrita el|menulis ulasan|ditulis/i;
/** Labels of the site's "Read more" control. */
export const READ_MORE = /^(Read more|Leer más|Baca selengkapnya|Lire la suite|Mehr lesen|Más)$/i;
/** Labels of the owner's "Write a response" button (owner view). */
export const RESPOND_BUTTON = /^(Write a (management )?response|Respond|Reply|Responder|Escribir una respuesta|Tulis tanggapan|Tanggapi|Balas)$/i;
