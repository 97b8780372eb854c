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
const SENTENCE_END_RE = /[.!?;\n]/;

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

export function scoreSentiment(tokens: readonly Token[], infos: readonly (WordInfo | undefined)[]): SentimentResult {
  const shoutedText = isShoutedText(tokens);
  let positive = 0;
  let negative = 0;

  let clause: Item[] = [];
  let sentence: Item[] = [];
  let negationLeft = 0;
  let pendingFactor = 1;
  let pendingLeft = 0;
  let afterContrast = false;
  let inConcessive = false;
  let wordPosition = 0;

  const closeNegation = (): void => {
    if (negationLeft > 0) pushItem(UNRESOLVED_NEGATION);
    negationLeft = 0;
  };
  const pushItem = (value: number): Item => {
    let v = value;
    if (afterContrast) v *= AFTER_CONTRAST;
    if (inConcessive) v *= CONCESSIVE;
    const item = { value: v, position: wordPosition };
    clause.push(item);
    sentence.push(item);
    return item;
  };
  const endClause = (): void => {
    closeNegation();
    clause = [];
    pendingFactor = 1;
    pendingLeft = 0;
    afterContrast = false;
    inConcessive = false;
  };
  const endSentence = (exclamations: number): void => {
    endClause();
    const boost = 1 + PER_EXCLAMATION * Math.min(MAX_EXCLAMATIONS, exclamations);
    for (const item of sentence) {
      const v = item.value * boost;
      if (v > 0) positive += v;
      else negative -= v;
    }
    sentence = [];
  };

  const applyValence = (base: number, token: Token): void => {
    let v = base * pendingFactor;
    pendingFactor = 1;
    pendingLeft = 0;
    if (token.shouted) v *= shoutedText ? SHOUTED_WHOLE_TEXT : SHOUTED;
    if (token.elongated) v *= ELONGATED;
    if (negationLeft > 0) {
      v = v > 0 ? v * NEGATED_POSITIVE : v * NEGATED_NEGATIVE;
      negationLeft = 0;
    }
    pushItem(v);
  };

  const applyModifier = (kind: Phrase['kind'], value: number): void => {
    if (kind === 'negator') {
      closeNegation();
      negationLeft = NEGATION_WINDOW;
    } else if (kind === 'intensifier') {
      pendingFactor *= value;
      pendingLeft = 2;
    } else if (kind === 'contrast') {
      const before = clause.length > 0 ? clause : sentence;
      for (const item of before) item.value *= BEFORE_CONTRAST;
      closeNegation();
      afterContrast = true;
    } else if (kind === 'concessive') {
      inConcessive = true;
    }
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'punct') {
      const exclamations = countChar(token.raw, '!');
      if (SENTENCE_END_RE.test(token.raw)) endSentence(exclamations);
      else endClause();
      continue;
    }
    if (token.kind !== 'word') {
      const v = EMOJI_VALENCE.get(token.folded);
      if (v !== undefined) pushItem(v);
      continue;
    }
    wordPosition++;
    const info = infos[i]!;

    const phrase = info.phrases && matchPhrase(info.phrases, tokens, infos, i);
    if (phrase) {
      const last = tokens[i + phrase.words.length - 1]!;
      if (phrase.kind === 'valence') applyValence(phrase.value, last);
      else applyModifier(phrase.kind, phrase.value);
      i += phrase.words.length - 1;
      wordPosition += phrase.words.length - 1;
      continue;
    }
    if (info.role !== 'none') {
      applyModifier(info.role, info.factor);
      continue;
    }
    const previous = clause[clause.length - 1];
    if (info.post !== undefined && previous && wordPosition - previous.position <= POST_INTENSIFIER_REACH) {
      previous.value *= info.post;
      continue;
    }
    if (info.valence !== undefined) {
      applyValence(info.valence, token);
    } else {
      if (negationLeft > 0 && --negationLeft === 0) pushItem(UNRESOLVED_NEGATION);
      if (pendingLeft > 0 && --pendingLeft === 0) pendingFactor = 1;
    }
  }
  endSentence(0);

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

function countChar(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n++;
  return n;
}

function clamp(x: number): number {
  if (!Number.isFinite(x)) return 0;
  return Math.max(-1, Math.min(1, x));
}

/** Word information for each token (undefined for punctuation, emoji and emoticons). */
export function describeTokens(tokens: readonly Token[], res: LanguageResources): (WordInfo | undefined)[] {
  return tokens.map((t) => (t.kind === 'word' ? wordInfo(res, t.folded) : undefined));
}
