/**
 * Chromium with the bench's own build of the extension. scripts/browser.ts reads COMPOSURE_OUT_DIR
 * when it is first imported, so it is imported here, after the variable points at the bench build.
 */
import { resolve } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import { BENCH_BUILD_DIR } from './build';

export async function browserModule(): Promise<typeof import('../browser')> {
  process.env.COMPOSURE_OUT_DIR = BENCH_BUILD_DIR;
  const module = await import('../browser');
  if (module.EXTENSION_DIR !== resolve(BENCH_BUILD_DIR, 'chrome-mv3')) {
    throw new Error(`scripts/browser.ts was loaded before the bench set COMPOSURE_OUT_DIR: it would load ${module.EXTENSION_DIR}`);
  }
  return module;
}

/** Chrome's own counters for a page (Performance.getMetrics): JSHeapUsedSize in bytes, ScriptDuration in seconds, … */
export async function pageMetrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/** The page's JS heap after a full garbage collection, in MB. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await pageMetrics(cdp)).JSHeapUsedSize! / (1024 * 1024);
}

export async function openWithMetrics(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return cdp;
}
