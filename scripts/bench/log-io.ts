/**
 * Log export (CSV, JSON) and import of 100,000 realistic entries in Node: time and peak memory, each
 * run in a fresh child process (log-io-child.ts) so that memory figures do not leak between runs.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { BUDGETS } from './budgets';
import { measured, type BenchResult, type Budget } from './result';

const ENTRIES = 100_000;
const CHILD = resolve('scripts', 'bench', 'log-io-child.ts');

interface ChildRun {
  ms: number;
  peakMb: number;
}

function runChild(operation: string): ChildRun {
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', CHILD, operation, String(ENTRIES)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').pop()!) as ChildRun;
}

interface Operation {
  id: string;
  label: string;
  runs: number;
  time?: Budget;
  memory?: Budget;
}

const OPERATIONS: Operation[] = [
  { id: 'export-csv', label: 'export 100,000 entries to CSV', runs: 3, time: BUDGETS.export100kTime, memory: BUDGETS.export100kMemory },
  { id: 'export-json', label: 'export 100,000 entries to JSON', runs: 3, time: BUDGETS.export100kTime, memory: BUDGETS.export100kMemory },
  { id: 'import-parse', label: 'import 100,000 entries: parse + validate', runs: 3, time: BUDGETS.import100kTime, memory: BUDGETS.import100kMemory },
  // fake-indexeddb is a slow in-memory model of IndexedDB: one run, shown for trends, not budgeted.
  { id: 'import-db', label: 'import 100,000 entries: parse + validate + merge (Dexie on fake-indexeddb, 1 run)', runs: 1 },
];

export function measureLogIo(log: (line: string) => void): BenchResult[] {
  log(`log export/import: ${ENTRIES.toLocaleString('en')} entries from tests/helpers/log-entries.ts, each run in a fresh Node process after a warm-up on 2,000 entries`);
  const results: BenchResult[] = [];
  for (const operation of OPERATIONS) {
    const runs = Array.from({ length: operation.runs }, () => runChild(operation.id));
    results.push(
      measured(`log: ${operation.label}, time`, runs.map((r) => Math.round(r.ms)), 'ms', operation.time),
      measured(`log: ${operation.label}, peak memory`, runs.map((r) => Math.round(r.peakMb)), 'MB', operation.memory),
    );
  }
  return results;
}
