/** Everything the side panel loads lazily (see engines.ts). */
export { bodyOffset, triageComment } from '../triage';
export { checkDraft, fillWithAction, suggestReplies } from './reply-context';
export { builtinTemplates, effectiveTemplates } from '../templates';
