import type { SiteAdapter } from '../adapter';
import { queryFirst } from '../dom';
import { extractInstagramThread, findInstagramCards } from './extract';
import { findInstagramReplyEditor } from './reply-editor';
import { INSTAGRAM } from './selectors';
import { isInstagramPostUrl, INSTAGRAM_MATCHES, INSTAGRAM_URL_EXAMPLES } from './urls';

export const instagram: SiteAdapter = {
  id: 'instagram',
  name: 'Instagram',
  matches: INSTAGRAM_MATCHES,
  matchesUrl: isInstagramPostUrl,
  urlExamples: INSTAGRAM_URL_EXAMPLES,
  findCards: findInstagramCards,
  extract: extractInstagramThread,
  hasCommentArea: (doc) => queryFirst(doc, INSTAGRAM.commentArea) !== null,
  findReplyEditor: findInstagramReplyEditor,
};
