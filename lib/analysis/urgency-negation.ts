/**
 * Whether an urgency match is denied by a negation before it in its clause: "nobody got sick",
 * "no one was hurt", "no bed bugs", "nadie se enfermó", "tidak ada yang keracunan" report no
 * incident, while "my son got sick" does. Read on the tokens, backwards from the match, only when
 * a negatable signal matched (rare), so plain string comparisons are cheap enough.
 */
import type { UrgencyNegation } from './data/urgency-types';
import { PUNCT, WORD, type Tokens } from './tokenize';

/** Words a subject negation reaches across ("nobody in our group got sick"), and a plain one ("not really dangerous"). */
const SUBJECT_REACH = 3;
const WORD_REACH = 1;

interface Cue {
  /** Folded words, last first (they are compared walking backwards). */
  wordsBackwards: readonly string[];
  reach: number;
}

export interface CompiledNegation {
  /** Cues by their last word. */
  cues: ReadonlyMap<string, readonly Cue[]>;
  clauseBreaks: ReadonlySet<string>;
}

export function compileNegation(negation: UrgencyNegation): CompiledNegation {
  const cues = new Map<string, Cue[]>();
  const add = (phrase: string, reach: number): void => {
    const wordsBackwards = phrase.split(' ').reverse();
    const list = cues.get(wordsBackwards[0]!) ?? [];
    list.push({ wordsBackwards, reach });
    // Longest first: "tidak ada yang" before a shorter cue ending the same way.
    cues.set(wordsBackwards[0]!, list.sort((a, b) => b.wordsBackwards.length - a.wordsBackwards.length));
  };
  for (const phrase of negation.subjects) add(phrase, SUBJECT_REACH);
  for (const phrase of negation.words) add(phrase, WORD_REACH);
  return { cues, clauseBreaks: new Set(negation.clauseBreaks) };
}

/** The reach of a negation cue whose last word is token `last`, or -1. */
function cueReachEndingAt(tokens: Tokens, last: number, negation: CompiledNegation): number {
  const candidates = negation.cues.get(tokens.folded(last));
  if (!candidates) return -1;
  outer: for (const cue of candidates) {
    for (let k = 1; k < cue.wordsBackwards.length; k++) {
      const j = last - k;
      if (j < 0 || tokens.kind[j] !== WORD || tokens.folded(j) !== cue.wordsBackwards[k]) continue outer;
    }
    return cue.reach;
  }
  return -1;
}

/** Whether a bracket stands between token j and the next one: "no deseado (cucaracha)" is an aside, not one clause. */
function bracketAfter(tokens: Tokens, j: number): boolean {
  for (let k = tokens.end[j]!; k < tokens.start[j + 1]!; k++) {
    const c = tokens.text.charCodeAt(k);
    if (c === 40 || c === 41 || c === 91 || c === 93) return true; // ( ) [ ]
  }
  return false;
}

/** Whether the match starting in token `at` is denied by a negation earlier in its clause. */
export function isNegatedAt(tokens: Tokens, at: number, negation: CompiledNegation): boolean {
  let between = 0;
  for (let j = at - 1; j >= 0 && between <= SUBJECT_REACH; j--) {
    const kind = tokens.kind[j];
    if (kind === PUNCT || bracketAfter(tokens, j)) return false;
    if (kind !== WORD) continue;
    if (negation.clauseBreaks.has(tokens.folded(j))) return false;
    if (cueReachEndingAt(tokens, j, negation) >= between) return true;
    between++;
  }
  return false;
}
