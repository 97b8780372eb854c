import type { SiteAdapter } from '../adapter';
import { extractGooglePlayCard, findGooglePlayCards, hasGooglePlayCommentArea } from './extract';
import { findGooglePlayReplyEditor } from './reply-editor';
import { GOOGLE_PLAY_MATCHES, GOOGLE_PLAY_URL_EXAMPLES, isGooglePlayReviewUrl } from './urls';

export const googleplay: SiteAdapter = {
  id: 'googleplay',
  name: 'Google Play',
  matches: GOOGLE_PLAY_MATCHES,
  matchesUrl: isGooglePlayReviewUrl,
  urlExamples: GOOGLE_PLAY_URL_EXAMPLES,
  findCards: findGooglePlayCards,
  extract: extractGooglePlayCard,
  hasCommentArea: hasGooglePlayCommentArea,
  findReplyEditor: findGooglePlayReplyEditor,
  noReplyBox: 'Developers answer in the Play Console, whose reply editor no source documents; the public page has no reply box.',
};
