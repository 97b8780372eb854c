import type { SiteAdapter } from '../adapter';
import { extractXTweet, findXCards } from './extract';
import { findXReplyEditor } from './reply-editor';
import { isXStatusUrl, X_MATCHES, X_URL_EXAMPLES } from './urls';

export const x: SiteAdapter = {
  id: 'x',
  name: 'X',
  matches: X_MATCHES,
  matchesUrl: isXStatusUrl,
  urlExamples: X_URL_EXAMPLES,
  findCards: findXCards,
  extract: extractXTweet,
  // A status page always shows its status: when not even that is found, the layout changed.
  hasCommentArea: (doc) => findXCards(doc).length > 0,
  findReplyEditor: findXReplyEditor,
};
