import type { SiteAdapter } from '../adapter';
import { queryFirst } from '../dom';
import { extractYoutubeThread, findYoutubeCards } from './extract';
import { findYoutubeReplyEditor } from './reply-editor';
import { YOUTUBE } from './selectors';
import { isYoutubeCommentUrl, YOUTUBE_MATCHES, YOUTUBE_URL_EXAMPLES } from './urls';

export const youtube: SiteAdapter = {
  id: 'youtube',
  name: 'YouTube',
  matches: YOUTUBE_MATCHES,
  matchesUrl: isYoutubeCommentUrl,
  urlExamples: YOUTUBE_URL_EXAMPLES,
  findCards: findYoutubeCards,
  extract: extractYoutubeThread,
  // The section exists (empty) before it lazy-loads its comments: that is "empty", not "unrecognised".
  hasCommentArea: (doc) => queryFirst(doc, YOUTUBE.commentArea) !== null,
  findReplyEditor: findYoutubeReplyEditor,
};
