import type { SiteAdapter } from '../adapter';
import { extractGoogleCard, findGoogleCards, hasGoogleCommentArea } from './extract';
import { findGoogleReplyEditor } from './reply-editor';
import { GOOGLE_MATCHES, GOOGLE_URL_EXAMPLES, isGoogleReviewUrl } from './urls';

export const google: SiteAdapter = {
  id: 'google',
  name: 'Google Maps and Business Profile',
  matches: GOOGLE_MATCHES,
  matchesUrl: isGoogleReviewUrl,
  urlExamples: GOOGLE_URL_EXAMPLES,
  findCards: findGoogleCards,
  extract: extractGoogleCard,
  hasCommentArea: hasGoogleCommentArea,
  findReplyEditor: findGoogleReplyEditor,
};
