/** Public API of the template library engine. */
export { builtinTemplates } from './builtin';
export { ReplyTemplateSchema, SITUATIONS, KNOWN_URGENCY_SIGNALS, SENSITIVE_URGENCY, templateSites, type ReplyTemplate, type Situation } from './schema';
export { rankTemplates, templateVarsFor, type TemplateRankInput, type TemplateContext, type RankedTemplate } from './rank';
export { fillTemplate, type FilledTemplate } from './fill';
export {
  TEMPLATE_VARIABLES,
  GAP_LABELS,
  TOPIC_FALLBACKS,
  greetingName,
  type TemplateVariable,
  type TemplateVars,
} from './variables';
export { REPLY_LENGTH_LIMITS, fitsSite, replyLength, type LengthLimit } from './limits';
export {
  emptyUserLibrary,
  effectiveTemplates,
  createTemplate,
  editTemplate,
  duplicateTemplate,
  deleteTemplate,
  resetBuiltin,
  setBuiltinHidden,
  tagTemplate,
  searchTemplates,
  type UserTemplateLibrary,
  type LibraryResult,
  type LibraryError,
  type TemplateDraft,
  type TemplatePatch,
  type TemplateQuery,
} from './user-library';
export {
  TEMPLATE_LIBRARY_FORMAT,
  TEMPLATE_LIBRARY_VERSION,
  TemplateLibraryFileSchema,
  exportTemplateLibrary,
  serializeTemplateLibrary,
  migrateTemplateLibrary,
  importTemplateLibrary,
  type TemplateLibraryFile,
  type MigrationResult,
  type ImportMode,
  type ImportResult,
} from './transfer';
export { describeIssue, type FieldIssue } from './issues';
