import type { SiteAdapter } from '../adapter';
import { queryFirst } from '../dom';
import { extractTripadvisorCard, findTripadvisorCards } from './extract';
import { findTripadvisorReplyEditor } from './reply-editor';
import { TRIPADVISOR } from './selectors';
import { isTripadvisorReviewUrl, TRIPADVISOR_MATCHES, TRIPADVISOR_URL_EXAMPLES } from './urls';

export const tripadvisor: SiteAdapter = {
  id: 'tripadvisor',
  name: 'Tripadvisor',
  matches: TRIPADVISOR_MATCHES,
  matchesUrl: isTripadvisorReviewUrl,
  urlExamples: TRIPADVISOR_URL_EXAMPLES,
  findCards: findTripadvisorCards,
  extract: extractTripadvisorCard,
  hasCommentArea: (doc) => queryFirst(doc, TRIPADVISOR.commentArea) !== null,
  findReplyEditor: findTripadvisorReplyEditor,
};
