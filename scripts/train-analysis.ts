/**
 * Trains the Indonesian sentiment model (lib/analysis/data/id-model.json) on the SmSA `train`
 * split (IndoNLU, Apache-2.0), read from ../shared/eval at training time and never copied into the
 * repo. Only the positive and negative rows are used. Evaluate on SmSA `valid` (npm run eval:analysis).
 *
 *   npx tsx scripts/train-analysis.ts
 *
 * L2-regularised logistic regression, full-batch gradient descent with AdaGrad; features that occur
 * in fewer than MIN_COUNT documents, or whose weight ends near zero, are dropped to keep it small.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { modelFeatures, logit, type LinearModel } from '../lib/analysis/id-model';
import { describeTokens, resourcesFor } from '../lib/analysis/resources';
import { tokenize } from '../lib/analysis/tokenize';

const MIN_COUNT = 3;
const EPOCHS = 300;
const LEARNING_RATE = 0.5;
const L2 = 3e-4;
const MIN_WEIGHT = 0.05;
const DECIMALS = 100;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const trainPath = resolve(root, '../shared/eval/reviews-id-smsa/train_preprocess.tsv');
const outPath = resolve(root, 'lib/analysis/data/id-model.json');

function load(path: string): { features: string[]; y: number }[] {
  const res = resourcesFor('id');
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((cols) => cols[1] === 'positive' || cols[1] === 'negative')
    .map(([text, label]) => {
      const tokens = tokenize(text!);
      return { features: [...new Set(modelFeatures(tokens, describeTokens(tokens, res)))], y: label === 'positive' ? 1 : 0 };
    });
}

function train(docs: { features: string[]; y: number }[]): LinearModel {
  const df = new Map<string, number>();
  for (const d of docs) for (const f of d.features) df.set(f, (df.get(f) ?? 0) + 1);
  const vocab = [...df.entries()].filter(([, n]) => n >= MIN_COUNT).map(([f]) => f);
  const index = new Map(vocab.map((f, i) => [f, i]));
  const rows = docs.map((d) => ({ idx: d.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined), y: d.y }));

  const w = new Float64Array(vocab.length);
  const g2 = new Float64Array(vocab.length).fill(1e-8);
  let bias = 0;
  let biasG2 = 1e-8;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const grad = new Float64Array(vocab.length);
    let biasGrad = 0;
    for (const row of rows) {
      let z = bias;
      for (const i of row.idx) z += w[i]!;
      const err = 1 / (1 + Math.exp(-z)) - row.y;
      biasGrad += err;
      for (const i of row.idx) grad[i]! += err;
    }
    for (let i = 0; i < w.length; i++) {
      const g = grad[i]! / rows.length + L2 * w[i]!;
      g2[i]! += g * g;
      w[i]! -= (LEARNING_RATE * g) / Math.sqrt(g2[i]!);
    }
    const bg = biasGrad / rows.length;
    biasG2 += bg * bg;
    bias -= (LEARNING_RATE * bg) / Math.sqrt(biasG2);
  }
  const weights: Record<string, number> = {};
  vocab.forEach((f, i) => {
    if (Math.abs(w[i]!) >= MIN_WEIGHT) weights[f] = Math.round(w[i]! * DECIMALS) / DECIMALS;
  });
  return { bias: Math.round(bias * DECIMALS) / DECIMALS, weights };
}

if (!existsSync(trainPath)) {
  console.log(`SmSA train split not found at ${trainPath}: nothing to train.`);
  process.exit(0);
}
const docs = load(trainPath);
const model = train(docs);
const accuracy = docs.filter((d) => (logit(d.features, model) > 0 ? 1 : 0) === d.y).length / docs.length;
writeFileSync(outPath, JSON.stringify(model) + '\n');
console.log(`trained on ${docs.length} SmSA train rows: ${Object.keys(model.weights).length} weights, train accuracy ${accuracy.toFixed(3)} → ${outPath}`);
