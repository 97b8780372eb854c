import type { SiteAdapter } from '../adapter';
import { queryFirst } from '../dom';
import { extractFacebookComment, findFacebookCards } from './extract';
import { findFacebookReplyEditor } from './reply-editor';
import { FACEBOOK } from './selectors';
import { isFacebookCommentUrl, FACEBOOK_MATCHES, FACEBOOK_URL_EXAMPLES } from './urls';

export const facebook: SiteAdapter = {
  id: 'facebook',
  name: 'Facebook',
  matches: FACEBOOK_MATCHES,
  matchesUrl: isFacebookCommentUrl,
  urlExamples: FACEBOOK_URL_EXAMPLES,
  findCards: findFacebookCards,
  extract: extractFacebookComment,
  // A post's comment box with no comment article next to it is an empty thread; comment articles
  // that we could not read mean the layout changed.
  hasCommentArea: (doc) => queryFirst(doc, FACEBOOK.commentArea) !== null && doc.querySelector(FACEBOOK.nestedArticle) === null,
  findReplyEditor: findFacebookReplyEditor,
};
