/**
 * Lexicon sentiment with the rules reviews need:
 * - negation flips the next sentiment word within NEGATION_WINDOW words ("not bad", "no estuvo
 *   mal", "tidak buruk"); flipping a negative gives a weaker positive than the original negative;
 *   a negator that finds nothing to flip ("did not reply", "no hot water") counts as mildly negative;
 * - intensifiers and diminishers scale the next sentiment word ("very", "slightly", "sangat");
 *   Indonesian post-modifiers scale the previous one ("enak banget");
 * - contrast: in the clause around "but / pero / tapi", what comes after weighs 1.5×, what came
 *   before 0.5×; a concessive clause ("although...") weighs 0.5×;
 * - shouting (CAPITALS), elongation ("sooo") and exclamation marks amplify;
 * - emoji and emoticons score like words.
 * The score is (P − w·N) / (P + w·N + DAMPING), where P and N are the summed positive and negative
 * strengths and w > 1 because in reviews a complaint weighs more than a compliment: unhappy
 * reviewers still mention the nice location, happy ones rarely invent a problem.
 */
import type { Phrase, WordInfo } from './resources';
import { EMOJI_VALENCE } from './resources';
import { PUNCT, SENTENCE_END, SHOUTED as SHOUTED_WORD, WORD, type Tokens } from './tokenize';

const NEGATION_WINDOW = 3;
const NEGATED_POSITIVE = -0.8;
const NEGATED_NEGATIVE = -0.5;
const UNRESOLVED_NEGATION = -0.6;
const BEFORE_CONTRAST = 0.5;
const AFTER_CONTRAST = 1.5;
const CONCESSIVE = 0.5;
const SHOUTED = 1.5;
const SHOUTED_WHOLE_TEXT = 1.2;
const ELONGATION = 1.3;
const PER_EXCLAMATION = 0.15;
const MAX_EXCLAMATIONS = 3;
const POST_INTENSIFIER_REACH = 2;
const NEGATIVE_WEIGHT = 1.6;
/** More than this share of the words in capitals: the whole text is shouted, and one shouted word stands out less. */
const SHOUTED_TEXT_SHARE = 0.6;
const DAMPING = 2;

export interface SentimentResult {
  /** [-1, 1] */
  score: number;
  /** Summed strength of the positive and the negative evidence (before weighting). */
  positive: number;
  negative: number;
}

/**
 * The running state of one scoring pass, reused from text to text (no objects per word). The
 * sentiment items of the current sentence are kept in flat arrays: the current clause is
 * [clauseStart, count), the previous clause (what a contrast word looks back at when the current
 * one is empty) [previousStart, previousEnd); a sentence adds them up and starts again at 0.
 */
class Scorer {
  positive = 0;
  negative = 0;
  /** Item values, and the word position each was found at (for the post-intensifier reach). */
  values = new Float64Array(64);
  positions = new Int32Array(64);
  count = 0;
  clauseStart = 0;
  previousStart = 0;
  previousEnd = 0;
  negationLeft = 0;
  pendingFactor = 1;
  pendingLeft = 0;
  afterContrast = false;
  inConcessive = false;
  wordPosition = 0;
  shoutedText = false;

  reset(shoutedText: boolean): void {
    this.positive = this.negative = 0;
    this.count = this.clauseStart = this.previousStart = this.previousEnd = 0;
    this.negationLeft = this.pendingLeft = this.wordPosition = 0;
    this.pendingFactor = 1;
    this.afterContrast = this.inConcessive = false;
    this.shoutedText = shoutedText;
  }

  closeNegation(): void {
    if (this.negationLeft > 0) this.pushItem(UNRESOLVED_NEGATION);
    this.negationLeft = 0;
  }

  pushItem(value: number): void {
    let v = value;
    if (this.afterContrast) v *= AFTER_CONTRAST;
    if (this.inConcessive) v *= CONCESSIVE;
    if (this.count === this.values.length) {
      const values = new Float64Array(this.count * 2);
      const positions = new Int32Array(this.count * 2);
      values.set(this.values);
      positions.set(this.positions);
      this.values = values;
      this.positions = positions;
    }
    this.values[this.count] = v;
    this.positions[this.count] = this.wordPosition;
    this.count++;
  }

  /** The index of the last item of the current clause, or -1 when it has none. */
  lastInClause(): number {
    return this.count > this.clauseStart ? this.count - 1 : -1;
  }

  endClause(): void {
    this.closeNegation();
    if (this.count > this.clauseStart) {
      this.previousStart = this.clauseStart;
      this.previousEnd = this.count;
      this.clauseStart = this.count;
    }
    this.pendingFactor = 1;
    this.pendingLeft = 0;
    this.afterContrast = false;
    this.inConcessive = false;
  }

  endSentence(exclamations: number): void {
    this.endClause();
    const boost = 1 + PER_EXCLAMATION * Math.min(MAX_EXCLAMATIONS, exclamations);
    for (let k = 0; k < this.count; k++) {
      const v = this.values[k]! * boost;
      if (v > 0) this.positive += v;
      else this.negative -= v;
    }
    this.count = this.clauseStart = this.previousStart = this.previousEnd = 0;
  }

  /** `word`: the (last) word token that carries the valence. */
  applyValence(base: number, tokens: Tokens, word: number): void {
    let v = base * this.pendingFactor;
    this.pendingFactor = 1;
    this.pendingLeft = 0;
    if (tokens.flags[word]! & SHOUTED_WORD) v *= this.shoutedText ? SHOUTED_WHOLE_TEXT : SHOUTED;
    if (tokens.elongated(word)) v *= ELONGATION;
    if (this.negationLeft > 0) {
      v = v > 0 ? v * NEGATED_POSITIVE : v * NEGATED_NEGATIVE;
      this.negationLeft = 0;
    }
    this.pushItem(v);
  }

  applyModifier(kind: Phrase['kind'], value: number): void {
    if (kind === 'negator') {
      this.closeNegation();
      this.negationLeft = NEGATION_WINDOW;
    } else if (kind === 'intensifier') {
      this.pendingFactor *= value;
      this.pendingLeft = 2;
    } else if (kind === 'contrast') {
      // "great location, but...": the comma closed the clause the contrast refers to.
      const [from, to] = this.count > this.clauseStart ? [this.clauseStart, this.count] : [this.previousStart, this.previousEnd];
      for (let k = from; k < to; k++) this.values[k]! *= BEFORE_CONTRAST;
      this.closeNegation();
      this.afterContrast = true;
    } else if (kind === 'concessive') {
      this.inConcessive = true;
    }
  }
}

const scorer = new Scorer();

/**
 * Sentiment of a tokenised text, written into `into` (a caller's object, reused from text to text);
 * `infos[i]`: what word token i is in the language the text is read in.
 */
export function scoreSentiment(tokens: Tokens, infos: readonly (WordInfo | undefined)[], into: SentimentResult): void {
  const { kind, flags } = tokens;
  scorer.reset(tokens.words > 0 && tokens.shoutedWords / tokens.words > SHOUTED_TEXT_SHARE);
  for (let i = 0; i < tokens.count; i++) {
    const k = kind[i]!;
    if (k === PUNCT) {
      if (flags[i]! & SENTENCE_END) scorer.endSentence(tokens.exclamations(i));
      else scorer.endClause();
      continue;
    }
    if (k !== WORD) {
      const v = EMOJI_VALENCE.get(tokens.folded(i));
      if (v !== undefined) scorer.pushItem(v);
      continue;
    }
    scorer.wordPosition++;
    const info = infos[i]!;

    const phrase = info.phrases && matchPhrase(info.phrases, tokens, infos, i);
    if (phrase) {
      const last = i + phrase.words.length - 1;
      if (phrase.kind === 'valence') scorer.applyValence(phrase.value, tokens, last);
      else scorer.applyModifier(phrase.kind, phrase.value);
      i = last;
      scorer.wordPosition += phrase.words.length - 1;
      continue;
    }
    if (info.role !== 'none') {
      scorer.applyModifier(info.role, info.factor);
      continue;
    }
    if (info.post !== undefined) {
      const previous = scorer.lastInClause();
      if (previous >= 0 && scorer.wordPosition - scorer.positions[previous]! <= POST_INTENSIFIER_REACH) {
        scorer.values[previous]! *= info.post;
        continue;
      }
    }
    if (info.valence !== undefined) {
      scorer.applyValence(info.valence, tokens, i);
    } else {
      if (scorer.negationLeft > 0 && --scorer.negationLeft === 0) scorer.pushItem(UNRESOLVED_NEGATION);
      if (scorer.pendingLeft > 0 && --scorer.pendingLeft === 0) scorer.pendingFactor = 1;
    }
  }
  scorer.endSentence(0);

  const { positive, negative } = scorer;
  const weightedNegative = NEGATIVE_WEIGHT * negative;
  const score = (positive - weightedNegative) / (positive + weightedNegative + DAMPING);
  into.score = clamp(score);
  into.positive = positive;
  into.negative = negative;
}

/** The longest multi-word entry starting at token i, over consecutive word tokens. */
function matchPhrase(candidates: readonly Phrase[], tokens: Tokens, infos: readonly (WordInfo | undefined)[], i: number): Phrase | undefined {
  outer: for (const phrase of candidates) {
    for (let k = 1; k < phrase.words.length; k++) {
      if (i + k >= tokens.count || tokens.kind[i + k] !== WORD || infos[i + k]!.norm !== phrase.words[k]) continue outer;
    }
    return phrase;
  }
  return undefined;
}

function clamp(x: number): number {
  if (!Number.isFinite(x)) return 0;
  return Math.max(-1, Math.min(1, x));
}
