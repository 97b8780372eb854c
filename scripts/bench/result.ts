/** One row of the benchmark table and of bench-output/bench.json. */
export interface BenchResult {
  name: string;
  /** Median of the measured runs; null when the measurement was skipped. */
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string;
  /** Human-readable limit, e.g. "≤ 25 KB"; null for figures shown for comparison only. */
  budget: string | null;
  /** null when there is no budget or nothing was measured. */
  pass: boolean | null;
  /** Why nothing was measured, e.g. "skipped: no log list in the side panel yet". */
  skipped?: string;
}

export interface Budget {
  /** 'atMost': the figure must not exceed the limit; 'atLeast': it must reach it. */
  kind: 'atMost' | 'atLeast';
  limit: number;
  unit: string;
  /** Why this limit: shown next to the budget in budgets.ts. */
  reason: string;
}

export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest-rank percentile (p in 0..100) of raw samples. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

function describeBudget(budget: Budget): string {
  return `${budget.kind === 'atMost' ? '≤' : '≥'} ${budget.limit} ${budget.unit}`;
}

function meets(value: number, budget: Budget): boolean {
  return budget.kind === 'atMost' ? value <= budget.limit : value >= budget.limit;
}

/** A figure from several runs: the median is judged against the budget, min and max show the noise. */
export function measured(name: string, samples: number[], unit: string, budget?: Budget): BenchResult {
  if (samples.length === 0) throw new Error(`${name}: no samples`);
  if (budget && budget.unit !== unit) throw new Error(`${name}: budget in ${budget.unit}, figure in ${unit}`);
  const value = median(samples);
  return {
    name,
    value,
    min: Math.min(...samples),
    max: Math.max(...samples),
    unit,
    budget: budget ? describeBudget(budget) : null,
    pass: budget ? meets(value, budget) : null,
  };
}

/** A measurement that could not be taken: reported as such, never as a made-up figure. */
export function skipped(name: string, unit: string, reason: string, budget?: Budget): BenchResult {
  return { name, value: null, min: null, max: null, unit, budget: budget ? describeBudget(budget) : null, pass: null, skipped: `skipped: ${reason}` };
}

/** Runs fn `warmup` times unmeasured, then `runs` times, returning what each measured run returned. */
export async function sampleRuns<T>(runs: number, warmup: number, fn: (run: number) => Promise<T> | T): Promise<T[]> {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const samples: T[] = [];
  for (let i = 0; i < runs; i++) samples.push(await fn(i));
  return samples;
}
