/**
 * Runs one engine benchmark (analysis or tone) in its own Node process and prints its results as
 * JSON: a runaway engine (endless loop, memory blow-up) then fails that area alone, quickly, and
 * the peers are timed on a heap that no other area has filled.
 *
 *   node --max-old-space-size=1024 --import tsx scripts/bench/engine-child.ts <analysis|tone>
 */
import { measureAnalysis, measureTone } from './engines';

const AREAS = { analysis: measureAnalysis, tone: measureTone };

async function main(): Promise<void> {
  const area = process.argv[2] as keyof typeof AREAS;
  if (!(area in AREAS)) throw new Error(`unknown engine area ${area}`);
  const results = await AREAS[area]((line) => console.error(`  ${line}`));
  process.stdout.write(JSON.stringify(results) + '\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
