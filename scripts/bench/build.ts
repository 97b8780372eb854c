/**
 * Builds and zips the extension into the bench's own folder (never dist/, which others use):
 * wxt.config.ts and scripts/browser.ts both read COMPOSURE_OUT_DIR.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const BENCH_OUTPUT = resolve('bench-output');
export const BENCH_BUILD_DIR = join(BENCH_OUTPUT, 'build');

export interface BenchBuild {
  /** The unpacked Chrome extension (manifest.json inside). */
  extensionDir: string;
  /** The store package made by `wxt zip`. */
  zipFile: string;
}

/** `wxt zip` builds for production, then packs: one command gives both the folder and the zip. */
export function buildExtension(): BenchBuild {
  rmSync(BENCH_BUILD_DIR, { recursive: true, force: true });
  execFileSync('npx', ['wxt', 'zip'], {
    env: { ...process.env, COMPOSURE_OUT_DIR: BENCH_BUILD_DIR },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const zip = readdirSync(BENCH_BUILD_DIR).find((name) => name.endsWith('-chrome.zip'));
  if (!zip) throw new Error(`wxt zip made no Chrome zip in ${BENCH_BUILD_DIR}`);
  return { extensionDir: join(BENCH_BUILD_DIR, 'chrome-mv3'), zipFile: join(BENCH_BUILD_DIR, zip) };
}
