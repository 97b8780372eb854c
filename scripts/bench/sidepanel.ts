/**
 * The side panel in real Chromium with a log of 10,000 and 100,000 entries seeded into its
 * IndexedDB. The queue view (bound to a tab showing the TripAdvisor fixture): time to first render
 * (the status line) and to interactive (a queue row shown and the log counted). The log view
 * (?view=log): first render (its status line) and interactive (its first row). All from the
 * panel's navigation start. Then the frame time while scrolling the log list.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DATABASE_NAME } from '../../lib/db/database';
import { makeLogEntries } from '../../tests/helpers/log-entries';
import { BUDGETS } from './budgets';
import { browserModule } from './browser-session';
import { measured, percentile, sampleRuns, skipped, type BenchResult } from './result';

const LOG_SIZES = [10_000, 100_000];
const RUNS = 3;
const WARMUP = 1;
const HOTEL_URL = 'https://www.tripadvisor.com/Hotel_Review-g186338-d192000-Reviews-Example_Harbour_Hotel-London_England.html';
const HOTEL_FILE = join('lib', 'sites', 'tripadvisor', 'fixtures', 'hotel-owner-view.en.html');
const SCROLL_MS = 2000;

/**
 * Records, from the panel's navigation start, when each landmark first appears: the queue view's
 * status line, its first queue row and its filled log count; the log view's status line and first row.
 */
const PANEL_PROBE = `(() => {
  const seen = {};
  window.__composurePanel = seen;
  const landmarks = {
    status: () => document.querySelector('[data-testid="page-status"]'),
    queueRow: () => document.querySelector('[data-comment-key]'),
    logCounted: () => { const c = document.querySelector('[data-testid="log-count"]'); return c && c.textContent.trim() !== '—'; },
    logStatus: () => document.querySelector('[data-testid="log-shown"]'),
    logRow: () => document.querySelector('[data-log-key]'),
  };
  const check = () => {
    const now = performance.now();
    for (const [name, present] of Object.entries(landmarks)) if (seen[name] === undefined && present()) seen[name] = now;
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
})();`;

type Landmark = 'status' | 'queueRow' | 'logCounted' | 'logStatus' | 'logRow';
type Seen = Partial<Record<Landmark, number>>;

interface PanelWindow {
  __composurePanel?: Seen;
}

/** A view of the panel: its URL's query, and which landmarks mean "rendered" and "usable". */
interface PanelView {
  name: string;
  query: string;
  firstRender: Landmark;
  interactive: Landmark[];
}

/** Replaces the panel's log with `count` entries cloned from realistic templates, written straight to IndexedDB. */
function seedScript(count: number): string {
  const templates = makeLogEntries(60);
  return `(async () => {
  const templates = ${JSON.stringify(templates)};
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open(${JSON.stringify(DATABASE_NAME)});
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const run = (fill) => new Promise((resolve, reject) => {
    const tx = db.transaction('log', 'readwrite');
    fill(tx.objectStore('log'));
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  await run((store) => store.clear());
  for (let start = 0; start < ${count}; start += 10000) {
    await run((store) => {
      for (let i = start; i < Math.min(start + 10000, ${count}); i++) {
        const t = templates[i % templates.length];
        const id = String(2000000 + i);
        store.put({ ...t, key: t.site + ':' + id, commentId: id, detectedAt: t.detectedAt + i * 60000, handledAt: t.handledAt + i * 60000 });
      }
    });
  }
  const total = await new Promise((resolve) => { const r = db.transaction('log').objectStore('log').count(); r.onsuccess = () => resolve(r.result); });
  db.close();
  return total;
})()`;
}

async function openView(panel: Page, base: string, view: PanelView): Promise<{ firstRender: number; interactive: number }> {
  await panel.goto(`${base}?${view.query}`, { waitUntil: 'commit' });
  // A function, not source text: the extension page's CSP forbids eval, which a string predicate needs.
  await panel.waitForFunction((wanted) => wanted.every((name) => (window as unknown as PanelWindow).__composurePanel?.[name as Landmark] !== undefined), view.interactive, {
    timeout: 60_000,
    polling: 50,
  });
  const seen = (await panel.evaluate('window.__composurePanel')) as Seen;
  return { firstRender: seen[view.firstRender]!, interactive: Math.max(...view.interactive.map((name) => seen[name]!)) };
}

/** Every interval between animation frames while the log list scrolls a sixth of its height per frame. */
const SCROLL_SCRIPT = `new Promise((resolve) => {
  const list = document.querySelector('[data-testid="log-list"]');
  const intervals = [];
  let last = performance.now();
  const end = last + ${SCROLL_MS};
  const step = (now) => {
    intervals.push(now - last);
    last = now;
    list.scrollTop += list.clientHeight / 6;
    if (list.scrollTop + list.clientHeight >= list.scrollHeight) list.scrollTop = 0;
    if (now < end) requestAnimationFrame(step); else resolve(intervals);
  };
  requestAnimationFrame(step);
})`;

export async function measurePanel(log: (line: string) => void): Promise<BenchResult[]> {
  const { launchWithExtension, tabIdOf } = await browserModule();
  const { serveFixtures } = await import('../site-routes');
  const session = await launchWithExtension({ headless: true });
  const results: BenchResult[] = [];
  try {
    const { context, extensionId, serviceWorker } = session;
    await serveFixtures(context, [{ url: HOTEL_URL, file: HOTEL_FILE }]);
    const tab = await context.newPage();
    await tab.goto(HOTEL_URL);
    await tab.waitForSelector('composure-marker', { state: 'attached', timeout: 30_000 });
    const tabId = await tabIdOf(serviceWorker, HOTEL_URL);
    const base = `chrome-extension://${extensionId}/sidepanel.html`;
    const views: PanelView[] = [
      { name: 'queue', query: `tabId=${tabId}`, firstRender: 'status', interactive: ['queueRow', 'logCounted'] },
      { name: 'log view', query: 'view=log', firstRender: 'logStatus', interactive: ['logRow'] },
    ];
    const panel = await context.newPage();
    await panel.addInitScript({ content: PANEL_PROBE });
    await openView(panel, base, views[0]!); // creates the database at its current version
    for (const size of LOG_SIZES) {
      const seeded = (await panel.evaluate(seedScript(size))) as number;
      if (seeded !== size) throw new Error(`seeded ${seeded} log entries, wanted ${size}`);
      for (const view of views) {
        const runs = await sampleRuns(RUNS, WARMUP, () => openView(panel, base, view));
        const at = `${view.name}, log of ${size.toLocaleString('en')}`;
        log(`side panel ${at}: ${runs.map((r) => `${Math.round(r.firstRender)}/${Math.round(r.interactive)}`).join(', ')} ms (first render/interactive)`);
        results.push(
          measured(`panel ${at}: time to first render`, runs.map((r) => round1(r.firstRender)), 'ms', BUDGETS.panelFirstRender),
          measured(`panel ${at}: time to interactive`, runs.map((r) => round1(r.interactive)), 'ms', view.name === 'queue' ? BUDGETS.panelInteractive : BUDGETS.logViewInteractive),
        );
      }
    }
    results.push(await measureLogScroll(panel, `${base}?view=log`));
  } finally {
    await session.context.close();
  }
  return results;
}

/** Runs with the largest log still in the database. */
async function measureLogScroll(panel: Page, url: string): Promise<BenchResult> {
  const name = `panel log view, log of ${LOG_SIZES.at(-1)!.toLocaleString('en')}: scroll frame time (p95)`;
  await panel.goto(url);
  const list = await panel.waitForSelector('[data-testid="log-list"]', { timeout: 10_000 }).catch(() => null);
  if (!list) return skipped(name, 'ms', 'sidepanel.html?view=log has no [data-testid="log-list"] yet', BUDGETS.logScrollFrame);
  await panel.waitForSelector('[data-log-key]', { timeout: 60_000 });
  const scrollable = (await panel.evaluate(`(() => { const l = document.querySelector('[data-testid="log-list"]'); return l.scrollHeight > l.clientHeight; })()`)) as boolean;
  if (!scrollable) return skipped(name, 'ms', 'the log list does not scroll (its height is not bounded)', BUDGETS.logScrollFrame);
  const runs = await sampleRuns(RUNS, WARMUP, async () => percentile((await panel.evaluate(SCROLL_SCRIPT)) as number[], 95));
  return measured(name, runs.map(round1), 'ms', BUDGETS.logScrollFrame);
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
