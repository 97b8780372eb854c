import type { SiteAdapter } from '../adapter';
import { extractTrustpilotCard, findTrustpilotCards } from './extract';
import { nextDataReviewCount } from './next-data';
import { findTrustpilotReplyEditor } from './reply-editor';
import { TRUSTPILOT } from './selectors';
import { isTrustpilotReviewUrl, TRUSTPILOT_MATCHES, TRUSTPILOT_URL_EXAMPLES } from './urls';

export const trustpilot: SiteAdapter = {
  id: 'trustpilot',
  name: 'Trustpilot',
  matches: TRUSTPILOT_MATCHES,
  matchesUrl: isTrustpilotReviewUrl,
  urlExamples: TRUSTPILOT_URL_EXAMPLES,
  findCards: findTrustpilotCards,
  extract: extractTrustpilotCard,
  // A page whose data lists no review is empty; one that lists reviews we could not find is not recognised.
  hasCommentArea: (doc) => nextDataReviewCount(doc.querySelector(TRUSTPILOT.nextData)) === 0,
  findReplyEditor: findTrustpilotReplyEditor,
};
