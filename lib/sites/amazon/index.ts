import type { SiteAdapter } from '../adapter';
import { extractAmazonCard, findAmazonCards, hasAmazonCommentArea } from './extract';
import { findAmazonReplyEditor } from './reply-editor';
import { AMAZON_MATCHES, AMAZON_URL_EXAMPLES, isAmazonReviewUrl } from './urls';

export const amazon: SiteAdapter = {
  id: 'amazon',
  name: 'Amazon',
  matches: AMAZON_MATCHES,
  matchesUrl: isAmazonReviewUrl,
  urlExamples: AMAZON_URL_EXAMPLES,
  findCards: findAmazonCards,
  extract: extractAmazonCard,
  hasCommentArea: hasAmazonCommentArea,
  findReplyEditor: findAmazonReplyEditor,
  noReplyBox: 'Amazon product reviews have no seller reply on the page.',
};
