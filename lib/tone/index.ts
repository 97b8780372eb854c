/** Public API of the tone checker. */
export { checkTone } from './check';
export { applySuggestion } from './apply-suggestion';
export { ToneSettingsSchema, DEFAULT_TONE_SETTINGS } from './settings';
export { toneRules } from './rules/index';
export type {
  Severity,
  ToneCategory,
  Finding,
  Suggestion,
  ToneResult,
  ToneSettings,
  ToneContext,
  CheckToneOptions,
  ToneRule,
} from './types';
export { TONE_CATEGORIES } from './types';
/** The compensation kinds `settings.allowedCompensation` understands, for the options page. */
export { COMPENSATION_KINDS, type CompensationKind } from './data/compensation';
