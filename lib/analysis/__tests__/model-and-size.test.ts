import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import model from '../data/id-model.json';
import { logit, modelFeatures } from '../id-model';
import { resourcesFor } from '../resources';
import { describeTokens } from '../sentiment';
import { tokenize } from '../tokenize';

/** The budget for the whole analysis (code and data, three languages), gzipped. */
const BUDGET_BYTES = 150 * 1024;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '__tests__' ? [] : sourceFiles(path);
    return /\.(ts|json)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

function features(text: string): string[] {
  const res = resourcesFor('id');
  const tokens = tokenize(text);
  const infos = describeTokens(tokens, res);
  return modelFeatures(tokens, tokens.map((t, i) => infos[i]?.norm ?? t.folded), res);
}

describe('Indonesian model', () => {
  it('is a well-formed linear model', () => {
    expect(Number.isFinite(model.bias)).toBe(true);
    const weights = Object.entries(model.weights as Record<string, number>);
    expect(weights.length).toBeGreaterThan(1000);
    for (const [, w] of weights) expect(Number.isFinite(w)).toBe(true);
  });

  it('marks the word after a negator, so "tidak enak" is not read as "enak"', () => {
    expect(features('tidak enak')).toEqual(['tidak', '!enak']);
    expect(features('gak enak')).toEqual(['tidak', '!enak']);
    expect(logit(features('makanannya tidak enak'))).toBeLessThan(logit(features('makanannya enak')));
  });

  it('separates obvious praise from obvious complaints', () => {
    expect(logit(features('pelayanan ramah, makanan enak, harga terjangkau'))).toBeGreaterThan(0);
    expect(logit(features('pelayanan jelek, makanan basi, sangat kecewa'))).toBeLessThan(0);
  });
});

describe('size budget', () => {
  it('keeps the analysis and language code and data under 150 KB gzipped', () => {
    const root = resolve(__dirname, '..', '..');
    const files = [...sourceFiles(join(root, 'analysis')), ...sourceFiles(join(root, 'language'))];
    const gzipped = files.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
    expect(gzipped).toBeLessThan(BUDGET_BYTES);
  });
});
