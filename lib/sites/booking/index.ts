import type { SiteAdapter } from '../adapter';
import { queryFirst } from '../dom';
import { extractBookingCard, findBookingCards } from './extract';
import { findBookingReplyEditor } from './reply-editor';
import { BOOKING } from './selectors';
import { BOOKING_MATCHES, BOOKING_URL_EXAMPLES, isBookingReviewUrl } from './urls';

export const booking: SiteAdapter = {
  id: 'booking',
  name: 'Booking.com',
  matches: BOOKING_MATCHES,
  matchesUrl: isBookingReviewUrl,
  urlExamples: BOOKING_URL_EXAMPLES,
  findCards: findBookingCards,
  extract: extractBookingCard,
  hasCommentArea: (doc) => queryFirst(doc, BOOKING.commentArea) !== null,
  findReplyEditor: findBookingReplyEditor,
};
