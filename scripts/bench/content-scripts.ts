/**
 * The built content scripts in real Chromium, on generated pages of 100, 1,000 and 5,000 comments
 * per site: time from DOMContentLoaded (the earliest moment of document_idle) to every card read,
 * main-thread script time and latency to read 50 appended comments, long tasks over 50 ms caused by
 * the extension, and the page's JS heap growth against the same page without the extension.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { BUDGETS, FIRST_SCAN_BUDGETS, HEAP_GROWTH_BUDGETS } from './budgets';
import { BENCH_OUTPUT, type BenchBuild } from './build';
import { browserModule, heapAfterGc, openWithMetrics, pageMetrics } from './browser-session';
import { BENCH_SITES, cardsHtml, CONTAINER_ATTRIBUTE, loadAdapter, pageTemplate, writePage, type BenchSite, type PageTemplate } from './fixture-pages';
import { MAX_REPORTED_COMMENTS } from '../../lib/messaging/messages';
import { appendScript, DCL_END, SCRIPT_START, MARKER_COUNT, markersSettled, probeScript, quietFor, READ_PROBE, SCAN_DONE, type ProbeState } from './page-probe';
import { measured, median, skipped, type BenchResult } from './result';

export const PAGE_SIZES = [100, 1000, 5000];
const RUNS = 3;
const WARMUP = 1;
const BASELINE_RUNS = 2;
const APPENDED = 50;
/** The extension is done with a page once it has changed nothing on it for this long. */
const SETTLE_MS = 300;
const PAGES_DIR = join(BENCH_OUTPUT, 'pages');

interface LoadRun {
  firstScanMs: number;
  /** From the content script's own start: what our code costs, without the browser's wait for document_idle. */
  scanFromScriptStartMs: number;
  heapMb: number;
  appendScriptMs: number;
  appendLatencyMs: number;
  longTasks: number;
  markers: number;
}

/** A page that no content script matches: the same HTML, for the heap without the extension. */
function baselineUrl(site: string, count: number): string {
  return `https://bench.invalid/${site}-${count}.html`;
}

function pageUrl(bench: BenchSite, count: number): string {
  const url = new URL(bench.url);
  url.searchParams.set('composure-bench', String(count));
  return url.href;
}

async function loadWithExtension(context: BrowserContext, url: string, template: PageTemplate, count: number): Promise<LoadRun> {
  const page = await context.newPage();
  try {
    await page.addInitScript({ content: probeScript(count) });
    const cdp = await openWithMetrics(page);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await page.waitForFunction(SCAN_DONE, null, { timeout: 120_000, polling: 20 });
    await page.waitForFunction(markersSettled(Math.min(count, MAX_REPORTED_COMMENTS), SETTLE_MS), null, { timeout: 120_000, polling: 50 });
    const dclEnd = (await page.evaluate(DCL_END)) as number;
    const scriptStart = (await page.evaluate(SCRIPT_START)) as number | null;
    const afterScan = (await page.evaluate(READ_PROBE)) as ProbeState;
    const heapMb = await heapAfterGc(cdp);
    const markers = (await page.evaluate(MARKER_COUNT)) as number;

    // 50 more comments, as infinite scroll adds them; serials after the page's own keep ids unique.
    const appendedAt = (await page.evaluate(appendScript(CONTAINER_ATTRIBUTE, cardsHtml(template, APPENDED, count), APPENDED))) as number;
    const beforeRead = await pageMetrics(cdp);
    await page.waitForFunction(quietFor(SETTLE_MS), null, { timeout: 60_000, polling: 50 });
    const afterRead = await pageMetrics(cdp);
    const probe = (await page.evaluate(READ_PROBE)) as ProbeState;
    const longTasks = probe.longTasks.filter(([start, duration]) => probe.stamps.some((stamp) => stamp >= start && stamp <= start + duration)).length;
    return {
      firstScanMs: afterScan.doneAt! - dclEnd,
      scanFromScriptStartMs: scriptStart === null ? Number.NaN : afterScan.doneAt! - scriptStart,
      heapMb,
      appendScriptMs: (afterRead.ScriptDuration! - beforeRead.ScriptDuration!) * 1000,
      appendLatencyMs: probe.doneAt! - appendedAt,
      longTasks,
      markers,
    };
  } finally {
    await page.close();
  }
}

async function baselineHeap(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    const cdp = await openWithMetrics(page);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    return await heapAfterGc(cdp);
  } finally {
    await page.close();
  }
}

interface PreparedSite {
  bench: BenchSite;
  template: PageTemplate;
  files: Map<number, string>;
}

async function prepareSite(bench: BenchSite, build: BenchBuild): Promise<PreparedSite | string> {
  if (!existsSync(join(build.extensionDir, 'content-scripts', `${bench.site}.js`))) return `the build has no ${bench.site} content script`;
  if (!existsSync(join('lib', 'sites', bench.site, 'fixtures', bench.fixture))) return `no fixture lib/sites/${bench.site}/fixtures/${bench.fixture}`;
  const adapter = await loadAdapter(bench.site);
  if (!adapter) return `no adapter in lib/sites/${bench.site}/index.ts`;
  const template = pageTemplate(adapter, bench);
  const files = new Map(PAGE_SIZES.map((count) => [count, writePage(template, count, PAGES_DIR)]));
  return { bench, template, files };
}

function siteResults(site: string, count: number, runs: LoadRun[], baseline: number[]): BenchResult[] {
  const at = `${site} ${count.toLocaleString('en')}`;
  const base = median(baseline);
  return [
    measured(`content ${at}: first complete scan after DOMContentLoaded`, runs.map((r) => round1(r.firstScanMs)), 'ms', FIRST_SCAN_BUDGETS[count]),
    measured(`content ${at}: first complete scan after the content script started`, runs.map((r) => round1(r.scanFromScriptStartMs)), 'ms', count === 1000 ? BUDGETS.scanFromStart1000 : undefined),
    measured(`content ${at}: read 50 appended, main-thread script`, runs.map((r) => round1(r.appendScriptMs)), 'ms', BUDGETS.appended50Script),
    measured(`content ${at}: read 50 appended, latency (incl. 60 ms batching)`, runs.map((r) => round1(r.appendLatencyMs)), 'ms'),
    measured(`content ${at}: long tasks > 50 ms caused by the extension`, runs.map((r) => r.longTasks), 'tasks', BUDGETS.longTasks),
    measured(`content ${at}: JS heap growth vs. no extension`, runs.map((r) => round1(r.heapMb - base)), 'MB', HEAP_GROWTH_BUDGETS[count]),
    measured(`content ${at}: comments marked on the page`, runs.map((r) => round1((100 * r.markers) / Math.min(count, MAX_REPORTED_COMMENTS))), '%', BUDGETS.commentsMarked),
  ];
}

function skippedSite(site: string, reason: string): BenchResult[] {
  return PAGE_SIZES.map((count) => skipped(`content ${site} ${count.toLocaleString('en')}: all figures`, 'ms', reason));
}

export async function measureContentScripts(build: BenchBuild, log: (line: string) => void): Promise<BenchResult[]> {
  const prepared: PreparedSite[] = [];
  const results: BenchResult[] = [];
  for (const bench of BENCH_SITES) {
    const outcome = await prepareSite(bench, build).catch((error: unknown) => `could not generate pages: ${String(error)}`);
    if (typeof outcome === 'string') results.push(...skippedSite(bench.site, outcome));
    else prepared.push(outcome);
  }
  if (prepared.length === 0) return results;
  log(`content scripts: pages of ${PAGE_SIZES.join('/')} comments in bench-output/pages (${prepared.map((p) => `${p.bench.site}: ${p.template.cards.length} fixture cards repeated`).join('; ')}); ${WARMUP} warm-up + ${RUNS} runs each`);

  const { launchWithExtension } = await browserModule();
  const { serveFixtures } = await import('../site-routes');
  const session = await launchWithExtension({ headless: true });
  try {
    const routes = prepared.flatMap(({ bench, files }) =>
      PAGE_SIZES.flatMap((count) => [
        { url: pageUrl(bench, count), file: files.get(count)! },
        { url: baselineUrl(bench.site, count), file: files.get(count)! },
      ]),
    );
    const network = await serveFixtures(session.context, routes);
    for (const { bench, template } of prepared) {
      for (const count of PAGE_SIZES) {
        const baseline: number[] = [];
        for (let i = 0; i < BASELINE_RUNS; i++) baseline.push(await baselineHeap(session.context, baselineUrl(bench.site, count)));
        const runs: LoadRun[] = [];
        for (let i = 0; i < WARMUP + RUNS; i++) {
          const run = await loadWithExtension(session.context, pageUrl(bench, count), template, count);
          if (i >= WARMUP) runs.push(run);
        }
        log(`${bench.site} ${count}: ${runs.map((r) => r.markers).join('/')} markers placed; baseline heap ${baseline.map(round1).join('/')} MB`);
        results.push(...siteResults(bench.site, count, runs, baseline));
      }
    }
    if (network.unexpected.length > 0) log(`refused ${network.unexpected.length} request(s) outside the fixtures: ${network.unexpected.slice(0, 3).join(', ')}`);
  } finally {
    await session.context.close();
  }
  return results;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
