import type { SiteAdapter } from '../adapter';
import { queryFirst } from '../dom';
import { extractRedditCard, findRedditCards } from './extract';
import { findRedditReplyEditor } from './reply-editor';
import { REDDIT } from './selectors';
import { isRedditCommentsUrl, REDDIT_MATCHES, REDDIT_URL_EXAMPLES } from './urls';

export const reddit: SiteAdapter = {
  id: 'reddit',
  name: 'Reddit',
  matches: REDDIT_MATCHES,
  matchesUrl: isRedditCommentsUrl,
  urlExamples: REDDIT_URL_EXAMPLES,
  findCards: findRedditCards,
  extract: extractRedditCard,
  hasCommentArea: (doc) => queryFirst(doc, REDDIT.commentArea) !== null,
  findReplyEditor: findRedditReplyEditor,
  markerSlot: REDDIT.markerSlot,
};
