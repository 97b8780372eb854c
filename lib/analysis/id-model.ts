/**
 * A small logistic-regression model for Indonesian sentiment, trained by `scripts/train-analysis.ts`
 * on the SmSA `train` split (IndoNLU, Apache-2.0). It covers the informal, topic-varied vocabulary a
 * hand-written lexicon misses; the engine blends it with the lexicon score (see index.ts).
 */
import type { LanguageResources } from './resources';
import type { Token } from './tokenize';
import model from './data/id-model.json';

export interface LinearModel {
  bias: number;
  weights: Record<string, number>;
}

const NEGATED_PREFIX = '!';

/** Words as the model sees them: normalised unigrams, a word after a negator marked as negated. */
export function modelFeatures(tokens: readonly Token[], norms: readonly string[], res: LanguageResources): string[] {
  const features: string[] = [];
  let negated = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'punct') {
      negated = false;
      continue;
    }
    const word = norms[i]!;
    if (res.negators.has(word)) {
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
