/**
 * Page-side probes for the content-script benchmark, as plain JavaScript source: the functions run
 * in the page's main world, and source text keeps the transpiler's helpers out of them.
 *
 * The probe records, in window.__composureBench: how many cards the content script has marked with
 * data-composure-key (and when the expected number was reached), the time of every DOM change the
 * extension made (a card read, a composure-marker placed), and every long task. A long task counts
 * against the extension only if it contains one of those changes: the page's own parsing and
 * layout of thousands of cards are long tasks too, with or without Composure.
 */

export interface ProbeState {
  attributed: number;
  target: number;
  doneAt: number | null;
  lastChangeAt: number;
  stamps: number[];
  longTasks: [start: number, duration: number][];
}

/** Installed with addInitScript before the page's own scripts; `target` is the number of cards. */
export function probeScript(target: number): string {
  return `(() => {
  const bench = { attributed: 0, target: ${target}, doneAt: null, lastChangeAt: 0, stamps: [], longTasks: [] };
  window.__composureBench = bench;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const changed = () => {
    const now = performance.now();
    bench.stamps.push(now);
    bench.lastChangeAt = now;
    if (bench.doneAt === null && bench.attributed >= bench.target) bench.doneAt = now;
  };
  new MutationObserver((records) => {
    let read = false;
    for (const record of records) {
      if (record.oldValue === null && record.target.hasAttribute('data-composure-key')) { bench.attributed++; read = true; }
    }
    if (read) changed();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-composure-key'], attributeOldValue: true });
  // Markers are watched from DOMContentLoaded on: content scripts run at document_idle, later, and
  // watching every node the parser inserts would slow the page's own loading.
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => {
      if (records.some((r) => [...r.addedNodes].some((n) => n.nodeName === 'COMPOSURE-MARKER'))) changed();
    }).observe(document, { subtree: true, childList: true });
  });
})();`;
}

export const READ_PROBE = 'window.__composureBench';
export const SCAN_DONE = 'window.__composureBench.doneAt !== null';
/** True once the extension has changed nothing on the page for `ms`. */
export const quietFor = (ms: number) => `window.__composureBench.doneAt !== null && performance.now() - window.__composureBench.lastChangeAt > ${ms}`;
export const DCL_END = "performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd";
/** When the content script started (its User Timing mark, see START_MARK in lib/content/runtime.ts). */
export const SCRIPT_START = "performance.getEntriesByName('composure:start')[0]?.startTime ?? null";
export const MARKER_COUNT = "document.querySelectorAll('composure-marker').length";
/**
 * Every expected marker placed, then nothing changed for `ms`. Gives up waiting for markers 2 s plus
 * 1 ms per comment after the scan (the "comments marked" figure then shows what is missing).
 */
export const markersSettled = (expected: number, ms: number) =>
  `(document.querySelectorAll('composure-marker').length >= ${expected} || performance.now() - window.__composureBench.doneAt > ${2000 + expected}) && ${quietFor(ms)}`;

/** Appends cards to the marked container and returns when (performance.now()) it did. */
export function appendScript(containerAttribute: string, html: string, count: number): string {
  return `(() => {
  const bench = window.__composureBench;
  bench.target = bench.attributed + ${count};
  bench.doneAt = null;
  const at = performance.now();
  document.querySelector('[${containerAttribute}]').insertAdjacentHTML('beforeend', ${JSON.stringify(html)});
  return at;
})()`;
}
