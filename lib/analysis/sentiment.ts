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
import type { LanguageResources, Phrase, WordInfo } from './resources';
import { EMOJI_VALENCE, wordInfo } from './resources';
import type { Token } from './tokenize';

const NEGATION_WINDOW = 3;
const NEGATED_POSITIVE = -0.8;
const NEGATED_NEGATIVE = -0.5;
const UNRESOLVED_NEGATION = -0.6;
const BEFORE_CONTRAST = 0.5;
const AFTER_CONTRAST = 1.5;
const CONCESSIVE = 0.5;
const SHOUTED = 1.5;
const SHOUTED_WHOLE_TEXT = 1.2;
const ELONGATED = 1.3;
const PER_EXCLAMATION = 0.15;
const MAX_EXCLAMATIONS = 3;
const POST_INTENSIFIER_REACH = 2;
const NEGATIVE_WEIGHT = 1.6;
const DAMPING = 2;

export interface SentimentResult {
  /** [-1, 1] */
  score: number;
  /** Summed strength of the positive and the negative evidence (before weighting). */
  positive: number;
  negative: number;
}

interface Item {
  value: number;
  /** Word position (index among word tokens) for post-intensifier reach. */
  position: number;
}

/** The running state of one scoring pass (a class rather than closures: no per-call function objects). */
class Scorer {
  positive = 0;
  negative = 0;
  clause: Item[] = [];
  previousClause: Item[] = [];
  sentence: Item[] = [];
  negationLeft = 0;
  pendingFactor = 1;
  pendingLeft = 0;
  afterContrast = false;
  inConcessive = false;
  wordPosition = 0;

  constructor(private readonly shoutedText: boolean) {}

  closeNegation(): void {
    if (this.negationLeft > 0) this.pushItem(UNRESOLVED_NEGATION);
    this.negationLeft = 0;
  }

  pushItem(value: number): void {
    let v = value;
    if (this.afterContrast) v *= AFTER_CONTRAST;
    if (this.inConcessive) v *= CONCESSIVE;
    const item = { value: v, position: this.wordPosition };
    this.clause.push(item);
    this.sentence.push(item);
  }

  endClause(): void {
    this.closeNegation();
    if (this.clause.length > 0) {
      this.previousClause = this.clause;
      this.clause = [];
    }
    this.pendingFactor = 1;
    this.pendingLeft = 0;
    this.afterContrast = false;
    this.inConcessive = false;
  }

  endSentence(exclamations: number): void {
    this.endClause();
    const boost = 1 + PER_EXCLAMATION * Math.min(MAX_EXCLAMATIONS, exclamations);
    for (const item of this.sentence) {
      const v = item.value * boost;
      if (v > 0) this.positive += v;
      else this.negative -= v;
    }
    if (this.sentence.length > 0) this.sentence = [];
    if (this.previousClause.length > 0) this.previousClause = [];
  }

  applyValence(base: number, token: Token): void {
    let v = base * this.pendingFactor;
    this.pendingFactor = 1;
    this.pendingLeft = 0;
    if (token.shouted) v *= this.shoutedText ? SHOUTED_WHOLE_TEXT : SHOUTED;
    if (token.elongated) v *= ELONGATED;
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
      const before = this.clause.length > 0 ? this.clause : this.previousClause;
      for (const item of before) item.value *= BEFORE_CONTRAST;
      this.closeNegation();
      this.afterContrast = true;
    } else if (kind === 'concessive') {
      this.inConcessive = true;
    }
  }
}

export function scoreSentiment(tokens: readonly Token[], infos: readonly (WordInfo | undefined)[]): SentimentResult {
  const scorer = new Scorer(isShoutedText(tokens));
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'punct') {
      const raw = token.raw;
      let exclamations = 0;
      let endsSentence = false;
      for (let k = 0; k < raw.length; k++) {
        const c = raw.charCodeAt(k);
        if (c === 33) exclamations++;
        if (c === 33 || c === 46 || c === 63 || c === 59 || c === 10) endsSentence = true; // ! . ? ; newline
      }
      if (endsSentence) scorer.endSentence(exclamations);
      else scorer.endClause();
      continue;
    }
    if (token.kind !== 'word') {
      const v = EMOJI_VALENCE.get(token.folded);
      if (v !== undefined) scorer.pushItem(v);
      continue;
    }
    scorer.wordPosition++;
    const info = infos[i]!;

    const phrase = info.phrases && matchPhrase(info.phrases, tokens, infos, i);
    if (phrase) {
      const last = tokens[i + phrase.words.length - 1]!;
      if (phrase.kind === 'valence') scorer.applyValence(phrase.value, last);
      else scorer.applyModifier(phrase.kind, phrase.value);
      i += phrase.words.length - 1;
      scorer.wordPosition += phrase.words.length - 1;
      continue;
    }
    if (info.role !== 'none') {
      scorer.applyModifier(info.role, info.factor);
      continue;
    }
    if (info.post !== undefined) {
      const previous = scorer.clause[scorer.clause.length - 1];
      if (previous && scorer.wordPosition - previous.position <= POST_INTENSIFIER_REACH) {
        previous.value *= info.post;
        continue;
      }
    }
    if (info.valence !== undefined) {
      scorer.applyValence(info.valence, token);
    } else {
      if (scorer.negationLeft > 0 && --scorer.negationLeft === 0) scorer.pushItem(UNRESOLVED_NEGATION);
      if (scorer.pendingLeft > 0 && --scorer.pendingLeft === 0) scorer.pendingFactor = 1;
    }
  }
  scorer.endSentence(0);

  const { positive, negative } = scorer;
  const weightedNegative = NEGATIVE_WEIGHT * negative;
  const score = (positive - weightedNegative) / (positive + weightedNegative + DAMPING);
  return { score: clamp(score), positive, negative };
}

/** The longest multi-word entry starting at token i, over consecutive word tokens. */
function matchPhrase(candidates: readonly Phrase[], tokens: readonly Token[], infos: readonly (WordInfo | undefined)[], i: number): Phrase | undefined {
  outer: for (const phrase of candidates) {
    for (let k = 1; k < phrase.words.length; k++) {
      const t = tokens[i + k];
      if (!t || t.kind !== 'word' || infos[i + k]!.norm !== phrase.words[k]) continue outer;
    }
    return phrase;
  }
  return undefined;
}

function isShoutedText(tokens: readonly Token[]): boolean {
  let words = 0;
  let shouted = 0;
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    words++;
    if (t.shouted) shouted++;
  }
  return words > 0 && shouted / words > 0.6;
}

function clamp(x: number): number {
  if (!Number.isFinite(x)) return 0;
  return Math.max(-1, Math.min(1, x));
}

/** Word information for each token (undefined for punctuation, emoji and emoticons). */
export function describeTokens(tokens: readonly Token[], res: LanguageResources): (WordInfo | undefined)[] {
  return tokens.map((t) => (t.kind === 'word' ? wordInfo(res, t.folded) : undefined));
}
