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
  /**
   * A denied incident is no incident: a match right after a negation ("nobody got sick", "no bed
   * bugs") does not raise the signal (see `UrgencyNegation`).
   */
  negatable?: boolean;
}

/**
 * The words that deny what follows them, in one language, folded; phrases are words separated by
 * single spaces. A negation covers the words after it up to the end of the clause: punctuation or
 * a word of `clauseBreaks` ends it ("the room was not clean and my son got sick").
 */
export interface UrgencyNegation {
  /** Deny the subject of the clause ("nobody", "nadie", "tidak ada yang"): reach the match across up to three words. */
  subjects: readonly string[];
  /** Deny the next word or two ("no", "not", "sin", "tidak"): reach the match across at most one word. */
  words: readonly string[];
  clauseBreaks: readonly string[];
}
