/**
 * schema.org Review markup (shared/docs/site-dom-reference.md §14). JSON-LD is read first; microdata
 * cards are the elements that carry the Review item scope. No site-specific classes: this adapter runs
 * on any page the user enabled it on.
 */
export const SCHEMA = {
  jsonLd: 'script[type="application/ld+json"]',
  /** Review, UserReview, CriticReview, EmployerReview… (http and https vocab URLs). */
  microdataCards: ['[itemscope][itemtype*="schema.org/"][itemtype$="Review"]', '[itemscope][itemprop~="review"]'],
  /** Signs that the page carries review markup, even with no review in it yet. */
  commentArea: ['[itemprop~="aggregateRating"]', '[itemtype$="schema.org/AggregateRating"]', '[itemprop~="review"]'],
} as const;

/** JSON-LD @type values that are reviews. */
export const REVIEW_TYPES = ['Review', 'UserReview', 'CriticReview', 'EmployerReview'] as const;

/** Organisation-like @types: a comment by one of these on a review is the business's reply. */
export const BUSINESS_TYPES = ['Organization', 'LocalBusiness', 'Corporation', 'Store', 'Restaurant', 'Hotel', 'LodgingBusiness'] as const;

/** A "Read more" control next to a cut text, in the languages we ship. */
export const READ_MORE = /^(Read more|More|Show more|Leer más|Ver más|Mostrar más|Baca selengkapnya|Selengkapnya|Lihat selengkapnya)$/i;

/** A "Reply" control that opens a reply box (e.g. a shop's own review admin or a blog's comment form). */
export const REPLY_BUTTON = /^(Reply|Respond|Write a reply|Responder|Contestar|Balas|Tanggapi)$/i;
