/**
 * Amazon review selectors, most robust first: Amazon's own data-hook attributes, then ids, then
 * classes. Source: shared/docs/site-dom-reference.md §6 (the product page changed in 2026-05:
 * #localTopReviewsList, reviewTitle, reviewRichContentContainer).
 */
export const AMAZON = {
  cards: ['[data-hook="review"]', '#localTopReviewsList > li', '#cm-cr-dp-review-list li.review'],
  title: ['[data-hook="review-title"]', '[data-hook="reviewTitle"]'],
  starIcon: ['i[data-hook="review-star-rating"]', 'i[data-hook="cmps-review-star-rating"]', 'i[class*="a-star-"]'],
  starText: 'span.a-icon-alt',
  author: ['span.a-profile-name'],
  date: ['span[data-hook="review-date"]'],
  text: ['span[data-hook="review-body"]', '[data-hook="reviewRichContentContainer"]', '[data-hook="review-collapsed"]'],
  commentArea: ['#cm_cr-review_list', '#localTopReviewsList', '#cm-cr-dp-review-list', '[data-hook="show-more-button"]'],
  /** Review ids: "R1EXAMPLEAAA01"; inner elements repeat them as "customer_review-R…". */
  reviewId: /^R[0-9A-Z]{8,20}$/,
} as const;

/** The date inside "Reviewed in <country> on <date>" and its translations. */
export const REVIEW_DATE = [
  /\bon (.+)$/, // Reviewed in the United States on March 2, 2025
  /^(.+?)に.+でレビュー済み$/, // 2025年3月2日に日本でレビュー済み
  /\bel (\d.+)$/, // Revisado en España el 2 de marzo de 2025
  /\bvom (.+)$/, // Rezension aus Deutschland vom 2. März 2025
];
/** A text the page cut short ends with an ellipsis next to one of these. */
export const READ_MORE = /^(Read more|Leer más|Weiterlesen|続きを読む|Lire la suite)$/i;
