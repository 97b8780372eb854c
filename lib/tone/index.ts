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
