/**
 * Sizes of the built extension: every JS entrypoint minified (production build) and gzipped, the
 * side panel's initial JS (what sidepanel.html loads before any dynamic import), and the zip.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUDGETS } from './budgets';
import type { BenchBuild } from './build';
import { measured, type BenchResult } from './result';

const KB = 1024;

function gzippedKb(file: string): number {
  return round2(gzipSync(readFileSync(file), { level: 9 }).length / KB);
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Static imports of an ES module chunk (`import … from "./x.js"`, `export … from`, bare `import "./x.js"`), not `import("./x.js")`. */
export function staticImports(code: string): string[] {
  const specifiers = new Set<string>();
  for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*)(["'])(\.{0,2}\/[^"']+\.js)\1/g)) specifiers.add(match[2]!);
  return [...specifiers];
}

/** Every JS file sidepanel.html loads up front: its module scripts, modulepreloads, and their static imports. */
export function initialPanelScripts(extensionDir: string): string[] {
  const html = readFileSync(join(extensionDir, 'sidepanel.html'), 'utf8');
  const entries = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const queue = entries.map((src) => resolveFrom(extensionDir, extensionDir, src));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of staticImports(readFileSync(file, 'utf8'))) queue.push(resolveFrom(extensionDir, dirname(file), specifier));
  }
  return [...seen].sort();
}

function resolveFrom(root: string, from: string, specifier: string): string {
  return specifier.startsWith('/') ? join(root, specifier) : resolve(from, specifier);
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.js'))
    .map((name) => join(dir, name));
}

/** chunks/engine-bundle-D3jVNlMC.js → chunks/engine-bundle.js: names that stay the same from build to build. */
export function withoutContentHash(path: string): string {
  // Only shared chunks carry a hash; entrypoints keep their own names.
  return path.startsWith('chunks/') ? path.replace(/-[A-Za-z0-9_-]{8}(\.js)$/, '$1') : path;
}

export function measureSizes(build: BenchBuild): BenchResult[] {
  const { extensionDir } = build;
  const results: BenchResult[] = [];
  for (const file of jsFiles(extensionDir).sort()) {
    const path = withoutContentHash(relative(extensionDir, file));
    const isContentScript = path.startsWith('content-scripts/');
    results.push(measured(`size: ${path} (gzip)`, [gzippedKb(file)], 'KB', isContentScript ? BUDGETS.contentScriptGzip : undefined));
  }
  const initial = initialPanelScripts(extensionDir);
  const initialKb = round2(initial.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0) / KB);
  results.push(measured(`size: side panel initial JS, ${initial.length} file(s) (gzip)`, [initialKb], 'KB', BUDGETS.sidepanelInitialJsGzip));
  results.push(measured(`size: ${basename(build.zipFile)}`, [round2(statSync(build.zipFile).size / KB)], 'KB', BUDGETS.zip));
  return results;
}
