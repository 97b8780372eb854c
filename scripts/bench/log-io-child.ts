/**
 * One run of a log export/import benchmark in a fresh process, so its peak memory is its own: the
 * operation is warmed up on a small log (JIT), then measured once on the full one. Prints JSON
 * { ms, peakMb }. Peak memory is the resident-set high-water mark above the level just before the
 * operation (Linux /proc/self/clear_refs resets the mark), after a forced GC. A second run in the
 * same process would reuse memory the first one left mapped and read near zero.
 *
 *   node --expose-gc --import tsx scripts/bench/log-io-child.ts <operation> <entries>
 *
 * Operations: export-csv, export-json, import-parse (parse and validate the JSON file), import-db
 * (the same, then merge into the database: Dexie over fake-indexeddb, far slower than a browser's
 * IndexedDB, so that figure is shown but not budgeted).
 */
import 'fake-indexeddb/auto';
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { ComposureDatabase } from '../../lib/db/database';
import { mergeLogEntries } from '../../lib/db/log-store';
import { logToCsv, logToJson } from '../../lib/log/export';
import { parseLogExport } from '../../lib/log/import';
import { makeLogEntries } from '../../tests/helpers/log-entries';

const gc = (globalThis as { gc?: () => void }).gc;
const EXPORTED_AT = Date.UTC(2026, 10, 25);

function statusKb(field: 'VmHWM' | 'VmRSS'): number {
  const match = readFileSync('/proc/self/status', 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
  if (!match) throw new Error(`/proc/self/status has no ${field}`);
  return Number(match[1]);
}

/** Times one operation and the memory it needed above what was resident when it started. */
async function measureOnce(op: () => Promise<unknown> | unknown): Promise<{ ms: number; peakMb: number }> {
  gc?.();
  writeFileSync('/proc/self/clear_refs', '5'); // reset VmHWM to the current resident size
  const before = statusKb('VmRSS');
  const start = performance.now();
  await op();
  const ms = performance.now() - start;
  return { ms, peakMb: (statusKb('VmHWM') - before) / 1024 };
}

const WARMUP_ENTRIES = 2_000;

/** The operation on a log of `count` entries, prepared (entries or file text in memory) but not run. */
function prepare(kind: string, count: number): () => Promise<unknown> | unknown {
  const entries = makeLogEntries(count);
  if (kind === 'export-csv') return () => logToCsv(entries);
  if (kind === 'export-json') return () => logToJson(entries, EXPORTED_AT);
  if (kind === 'import-parse' || kind === 'import-db') {
    // What the panel holds when an import starts: the file's text, not the entries.
    const text = logToJson(entries, EXPORTED_AT);
    entries.length = 0;
    return async () => {
      const parsed = parseLogExport(text);
      if (!parsed.ok) throw new Error(`the export did not parse: ${JSON.stringify(parsed.problems.slice(0, 2))}`);
      if (parsed.entries.length !== count) throw new Error(`parsed ${parsed.entries.length} of ${count} entries`);
      if (kind === 'import-parse') return;
      const db = new ComposureDatabase(`bench-import-${count}`);
      const merged = await mergeLogEntries(db, parsed.entries, 'bench.json', EXPORTED_AT);
      if (merged.added !== count) throw new Error(`imported ${merged.added} of ${count} entries`);
      db.close();
      await db.delete();
    };
  }
  throw new Error(`unknown operation ${kind}`);
}

async function main(): Promise<void> {
  const [kind = '', countArg] = process.argv.slice(2);
  await prepare(kind, WARMUP_ENTRIES)();
  const measured = await measureOnce(prepare(kind, Number(countArg)));
  process.stdout.write(JSON.stringify(measured) + '\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
