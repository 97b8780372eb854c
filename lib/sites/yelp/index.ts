import type { SiteAdapter } from '../adapter';
import { extractYelpCard, findYelpCards, hasYelpCommentArea } from './extract';
import { findYelpReplyEditor } from './reply-editor';
import { isYelpReviewUrl, YELP_MATCHES, YELP_URL_EXAMPLES } from './urls';

export const yelp: SiteAdapter = {
  id: 'yelp',
  name: 'Yelp',
  matches: YELP_MATCHES,
  matchesUrl: isYelpReviewUrl,
  urlExamples: YELP_URL_EXAMPLES,
  findCards: findYelpCards,
  extract: extractYelpCard,
  hasCommentArea: hasYelpCommentArea,
  findReplyEditor: findYelpReplyEditor,
  noReplyBox: 'Owners answer in Yelp for Business (biz.yelp.com), whose editor no source documents; the public page has no reply box.',
};
