import { describe, expect, it } from 'vitest';
import { measured, median, percentile, sampleRuns, skipped, type Budget } from './result';

const atMostZero: Budget = { kind: 'atMost', limit: 0, unit: 'tasks', reason: 'none allowed' };
const atLeastOne: Budget = { kind: 'atLeast', limit: 1, unit: '×', reason: 'as fast' };

describe('bench statistics', () => {
  it('takes the middle sample, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('reads percentiles by nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
  });
});

describe('budgets', () => {
  it('judges the median, keeps min and max, and treats the limit as allowed', () => {
    const zero = measured('long tasks', [0, 3, 0], 'tasks', atMostZero);
    expect(zero).toMatchObject({ value: 0, min: 0, max: 3, pass: true, budget: '≤ 0 tasks' });
    expect(measured('long tasks', [1, 1, 0], 'tasks', atMostZero).pass).toBe(false);
  });

  it('fails a speed ratio below its minimum', () => {
    expect(measured('ratio', [0.5, 0.9, 0.8], '×', atLeastOne).pass).toBe(false);
    expect(measured('ratio', [1, 2, 3], '×', atLeastOne).pass).toBe(true);
  });

  it('has no verdict without a budget, and refuses a budget in another unit', () => {
    expect(measured('peer', [10], 'texts/s')).toMatchObject({ budget: null, pass: null });
    expect(() => measured('mixed', [1], 'ms', atMostZero)).toThrow(/budget in tasks/);
  });

  it('reports a skipped figure with its reason and no value, never as passed', () => {
    const result = skipped('scroll', 'ms', 'no log list yet');
    expect(result).toMatchObject({ value: null, pass: null, skipped: 'skipped: no log list yet' });
  });
});

describe('sampleRuns', () => {
  it('discards the warm-up runs', async () => {
    const seen: number[] = [];
    const samples = await sampleRuns(3, 2, (run) => {
      seen.push(run);
      return run;
    });
    expect(samples).toEqual([0, 1, 2]);
    expect(seen).toHaveLength(5);
  });
});
