/**
 * A small logistic-regression model for Indonesian sentiment, trained by `scripts/train-analysis.ts`
 * on the SmSA `train` split (IndoNLU, Apache-2.0). It covers the informal, topic-varied vocabulary a
 * hand-written lexicon misses; the engine blends it with the lexicon score (see index.ts).
 */
import type { WordInfo } from './resources';
import { PUNCT, WORD, type Tokens } from './tokenize';
import model from './data/id-model.json';

export interface LinearModel {
  bias: number;
  weights: Record<string, number>;
}

const NEGATED_PREFIX = '!';

/**
 * Words as the model sees them: normalised unigrams (emoji and emoticons as written), a word
 * after a negator marked as negated. `infos` are the Indonesian readings of the tokens.
 */
export function modelFeatures(tokens: Tokens, infos: readonly (WordInfo | undefined)[]): string[] {
  const features: string[] = [];
  let negated = false;
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.kind[i] === PUNCT) {
      negated = false;
      continue;
    }
    const info = infos[i];
    const word = info ? info.norm : tokens.folded(i);
    if (info?.role === 'negator') {
      features.push(word);
      negated = true;
      continue;
    }
    features.push(negated ? NEGATED_PREFIX + word : word);
    negated = false;
  }
  return features;
}

/** Log-odds that the text is positive rather than negative (each feature counted once). */
export function logit(features: readonly string[], m: LinearModel = model as LinearModel): number {
  let z = m.bias;
  const seen = new Set<string>();
  for (const f of features) {
    if (seen.has(f)) continue;
    seen.add(f);
    z += m.weights[f] ?? 0;
  }
  return z;
}

/** The bundled model's features numbered from 1; 0 stands for every feature it has no weight for. */
const FEATURE_NUMBERS = new Map<string, number>();
const WEIGHTS = new Float64Array(Object.keys(model.weights).length + 1);
for (const [name, weight] of Object.entries(model.weights as Record<string, number>)) {
  FEATURE_NUMBERS.set(name, FEATURE_NUMBERS.size + 1);
  WEIGHTS[FEATURE_NUMBERS.size] = weight;
}
/** Per feature, the number of the last text that counted it: each feature counts once per text, without a set. */
const countedIn = new Int32Array(WEIGHTS.length);
let textNumber = 0;

function featureNumber(name: string): number {
  return FEATURE_NUMBERS.get(name) ?? 0;
}

/** `logit(modelFeatures(tokens, infos))` with the bundled model, by numbers remembered on each word's info. */
export function textLogit(tokens: Tokens, infos: readonly (WordInfo | undefined)[]): number {
  let z = model.bias;
  if (++textNumber === 0x7fffffff) {
    countedIn.fill(0);
    textNumber = 1;
  }
  let negated = false;
  for (let i = 0; i < tokens.count; i++) {
    const kind = tokens.kind[i]!;
    if (kind === PUNCT) {
      negated = false;
      continue;
    }
    let feature: number;
    if (kind === WORD) {
      const info = infos[i]!;
      if (info.modelFeature < 0) {
        info.modelFeature = featureNumber(info.norm);
        info.negatedModelFeature = featureNumber(NEGATED_PREFIX + info.norm);
      }
      const isNegator = info.role === 'negator';
      feature = negated && !isNegator ? info.negatedModelFeature : info.modelFeature;
      negated = isNegator;
    } else {
      feature = featureNumber(negated ? NEGATED_PREFIX + tokens.folded(i) : tokens.folded(i));
      negated = false;
    }
    if (feature !== 0 && countedIn[feature] !== textNumber) {
      countedIn[feature] = textNumber;
      z += WEIGHTS[feature]!;
    }
  }
  return z;
}
