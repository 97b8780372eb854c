/**
 * A lexicon entry: a folded (lower-case, accent-free) word or phrase and its valence, from -4
 * (very negative) to +4 (very positive). A trailing `*` matches any word starting with the stem
 * (at least four letters before it). Phrases are words separated by single spaces.
 */
export type LexiconEntry = readonly [term: string, valence: number];

/** How a word changes the sentiment words near it. */
export interface ModifierSet {
  /** Flip the next sentiment word within a few words ("not", "no", "tidak"). */
  negators: readonly string[];
  /** Multiply the next sentiment word ("very" 1.3, "slightly" 0.6). */
  intensifiers: readonly (readonly [term: string, factor: number])[];
  /** Multiply the previous sentiment word in the same clause ("enak banget"). */
  postIntensifiers: readonly (readonly [term: string, factor: number])[];
  /** "but": what comes after weighs more than what came before. */
  contrasts: readonly string[];
  /** "although": the clause it opens weighs less. */
  concessives: readonly string[];
  /** Informal spellings mapped to the form the lexicon uses ("gak" → "tidak"). */
  spellings: readonly (readonly [informal: string, standard: string])[];
}
