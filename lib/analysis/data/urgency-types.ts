import type { UrgencySignalId } from '../types';

/**
 * One urgency signal in one language: regular-expression sources (matched case-insensitively on
 * the accent-folded text, whole words only), and examples that a test runs — sentences that must
 * raise the signal and sentences that must not.
 */
export interface UrgencyRule {
  id: UrgencySignalId;
  patterns: readonly string[];
  matches: readonly string[];
  ignores: readonly string[];
}
