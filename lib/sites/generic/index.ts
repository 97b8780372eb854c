import type { SiteAdapter } from '../adapter';
import { extractGenericCard, findGenericCards, hasReviewMarkup } from './extract';
import { findGenericReplyEditor } from './reply-editor';
import { GENERIC_MATCHES, GENERIC_URL_EXAMPLES, isGenericReviewUrl } from './urls';

/**
 * Any page with schema.org Review markup. Runs only where the user enabled it (its content script is
 * registered at run time), so it claims no host permission and its URL test accepts any web page.
 */
export const generic: SiteAdapter = {
  id: 'generic',
  name: 'Reviews on this site',
  matches: GENERIC_MATCHES,
  registration: 'runtime',
  matchesUrl: isGenericReviewUrl,
  urlExamples: GENERIC_URL_EXAMPLES,
  findCards: findGenericCards,
  extract: extractGenericCard,
  hasCommentArea: hasReviewMarkup,
  findReplyEditor: findGenericReplyEditor,
};
