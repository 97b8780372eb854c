/**
 * `npm run bench`: builds the extension into bench-output/build, measures speed, size and memory
 * against the budgets in budgets.ts, prints a table, writes bench-output/bench.json and exits
 * non-zero when any budget is missed. No network: pages are served from generated fixtures.
 *
 *   npm run bench                      every area
 *   npm run bench -- --only=size,tone  some areas (size, analysis, tone, log-io, content, panel)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { BENCH_OUTPUT, buildExtension, type BenchBuild } from './build';
import { measureContentScripts } from './content-scripts';
import { measureLogIo } from './log-io';
import type { BenchResult } from './result';
import { measurePanel } from './sidepanel';
import { measureSizes } from './size';
import { formatTable } from './table';

type Log = (line: string) => void;

/** A heap far above what the engines need on these texts, and a time far above a normal run. */
function engineArea(area: 'analysis' | 'tone'): BenchResult[] {
  const out = execFileSync(process.execPath, ['--max-old-space-size=1024', '--import', 'tsx', join('scripts', 'bench', 'engine-child.ts'), area], {
    encoding: 'utf8',
    timeout: 180_000,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').pop()!) as BenchResult[];
}

const AREAS: Record<string, (build: BenchBuild, log: Log) => Promise<BenchResult[]> | BenchResult[]> = {
  size: (build) => measureSizes(build),
  analysis: () => engineArea('analysis'),
  tone: () => engineArea('tone'),
  'log-io': (_build, log) => measureLogIo(log),
  content: (build, log) => measureContentScripts(build, log),
  panel: (_build, log) => measurePanel(log),
};

function selectedAreas(argv: string[]): string[] {
  const only = argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  if (!only) return Object.keys(AREAS);
  const wanted = only.split(',').map((s) => s.trim());
  const unknown = wanted.filter((area) => !(area in AREAS));
  if (unknown.length > 0) throw new Error(`Unknown area(s): ${unknown.join(', ')}. Known: ${Object.keys(AREAS).join(', ')}`);
  return wanted;
}

async function main(): Promise<void> {
  const areas = selectedAreas(process.argv.slice(2));
  const started = Date.now();
  const loadAtStart = loadavg()[0]!;
  const log: Log = (line) => console.error(`  ${line}`);
  mkdirSync(BENCH_OUTPUT, { recursive: true });
  console.error('bench: building the extension into bench-output/build');
  const build = buildExtension();
  const results: BenchResult[] = [];
  for (const area of areas) {
    const areaStart = Date.now();
    console.error(`bench: ${area}`);
    try {
      results.push(...(await AREAS[area]!(build, log)));
    } catch (error) {
      // One broken area must not hide the others' figures; it still fails the run.
      console.error(error);
      results.push({ name: `${area}: could not run (${String(error).split('\n')[0]})`, value: null, min: null, max: null, unit: '', budget: 'runs', pass: false });
    }
    log(`${area} took ${((Date.now() - areaStart) / 1000).toFixed(1)} s`);
  }
  console.log(formatTable(results));
  writeFileSync(join(BENCH_OUTPUT, 'bench.json'), JSON.stringify({ results }, null, 2) + '\n');
  const missed = results.filter((r) => r.pass === false);
  const skippedCount = results.filter((r) => r.skipped).length;
  console.log(
    `\n${results.length} figures, ${missed.length} budget(s) missed, ${skippedCount} skipped, in ${((Date.now() - started) / 1000).toFixed(0)} s. ` +
      `JSON: bench-output/bench.json`,
  );
  // Other processes on the machine show up as noise, above all in p99 and max: say how busy it was.
  console.log(`Load average (1 min): ${loadAtStart.toFixed(1)} at start, ${loadavg()[0]!.toFixed(1)} at end, on ${availableParallelism()} cores.`);
  if (missed.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});
