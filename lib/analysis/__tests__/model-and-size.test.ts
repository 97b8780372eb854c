import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import model from '../data/id-model.json';
import { logit, modelFeatures, textLogit } from '../id-model';
import { describeTokens, resourcesFor } from '../resources';
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
  const tokens = tokenize(text);
  return modelFeatures(tokens, describeTokens(tokens, resourcesFor('id')));
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

  it('gives the engine the same log-odds as the features counted once each', () => {
    for (const text of ['tidak enak, tidak enak 😡 gak enak banget', 'pelayanan ramah :) makanan enak', 'jelek jelek jelek']) {
      const tokens = tokenize(text);
      const infos = describeTokens(tokens, resourcesFor('id'));
      expect(textLogit(tokens, infos)).toBeCloseTo(logit(modelFeatures(tokens, infos)), 12);
    }
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
