/**
 * Every budget of `npm run bench`, each next to the reason for it. A missed budget makes the run
 * exit non-zero. Sizes are in KB of 1,024 bytes, after minification (the production build) and gzip.
 */
import type { Budget } from './result';

export const BUDGETS = {
  // ── Size ──────────────────────────────────────────────────────────────────────────────────────
  contentScriptGzip: {
    kind: 'atMost', limit: 25, unit: 'KB',
    reason: 'Issue 9: a content script is parsed and compiled on every review page the user opens; 25 KB gzipped keeps that under a few ms on a slow laptop.',
  },
  sidepanelInitialJsGzip: {
    kind: 'atMost', limit: 200, unit: 'KB',
    reason: 'Issue 9: the side panel opens next to the page the user is answering; the JS it loads before any dynamic import decides how soon it shows anything.',
  },
  zip: {
    kind: 'atMost', limit: 1536, unit: 'KB',
    reason: 'Issue 9: 1.5 MB for the store package keeps installs and updates quick and leaves headroom under store review limits.',
  },

  // ── Engines (Node) ────────────────────────────────────────────────────────────────────────────
  analysisVsSentiment: {
    kind: 'atLeast', limit: 1, unit: '×',
    reason: 'Issue 9: analysis must be at least as fast as the AFINN `sentiment` package on the same texts, the cheapest lexicon tool a competitor could ship.',
  },
  toneP99At1000: {
    kind: 'atMost', limit: 2, unit: 'ms',
    reason: 'Issue 9: the tone check runs on every key press; 2 ms at p99 on a 1,000-character draft stays far inside one 16 ms frame.',
  },
  toneVsAlexAt1000: {
    kind: 'atLeast', limit: 20, unit: '×',
    reason: 'Issue 9: at least 20 times faster than alex on the same 1,000-character drafts, the closest open-source checker of insensitive wording.',
  },

  // ── Content scripts (real Chromium) ───────────────────────────────────────────────────────────
  firstScan100: {
    kind: 'atMost', limit: 100, unit: 'ms',
    reason: 'RAIL: within 100 ms of the page settling feels instant; a normal review page (≤ 100 comments) must be read by then.',
  },
  firstScan1000: {
    kind: 'atMost', limit: 500, unit: 'ms',
    reason: 'A page scrolled to 1,000 comments: read while the user still looks at the first screen (half a second).',
  },
  scanFromStart1000: {
    kind: 'atMost', limit: 50, unit: 'ms',
    reason: 'Issue 6: with 1,000 comments the first scan stays under 50 ms, timed from the content script\'s start (the browser decides when document_idle comes).',
  },
  firstScan5000: {
    kind: 'atMost', limit: 2500, unit: 'ms',
    reason: 'An extreme page (5,000 comments): 0.5 ms per comment, the same rate as the 1,000-comment budget.',
  },
  appended50Script: {
    kind: 'atMost', limit: 50, unit: 'ms',
    reason: 'Infinite scroll adds comments in batches: reading a batch of 50 must cost less main-thread time than one long task (50 ms), or scrolling janks.',
  },
  longTasks: {
    kind: 'atMost', limit: 0, unit: 'tasks',
    reason: 'Issue 9: no task over 50 ms on the page\'s main thread, ever: a long task delays the user\'s clicks and typing on the site itself.',
  },
  commentsMarked: {
    kind: 'atLeast', limit: 100, unit: '%',
    reason: 'The figures above count only if the extension finished its work: every comment it reports (up to MAX_REPORTED_COMMENTS) carries its marker.',
  },
  heapGrowth100: {
    kind: 'atMost', limit: 3, unit: 'MB',
    reason: 'The content script\'s own code and state (about 2 MB) plus about 4 KB per comment read and marked.',
  },
  heapGrowth1000: {
    kind: 'atMost', limit: 6, unit: 'MB',
    reason: 'Same rule as 100 comments: about 2 MB of code and state plus about 4 KB per comment.',
  },
  heapGrowth5000: {
    kind: 'atMost', limit: 22, unit: 'MB',
    reason: 'Same rule as 100 comments: about 2 MB of code and state plus about 4 KB per comment.',
  },

  // ── Side panel (real Chromium) ────────────────────────────────────────────────────────────────
  panelFirstRender: {
    kind: 'atMost', limit: 500, unit: 'ms',
    reason: 'The panel must say something (its status line) within half a second of opening, whatever the size of the log.',
  },
  panelInteractive: {
    kind: 'atMost', limit: 1000, unit: 'ms',
    reason: 'RAIL load goal: usable within 1 s; the log is only counted and looked up by key, so its size must not move this.',
  },
  logViewInteractive: {
    kind: 'atMost', limit: 1000, unit: 'ms',
    reason: 'RAIL load goal: the log view shows its first rows within 1 s; with a virtualised list only the rows on screen are drawn, whatever the log size.',
  },
  logScrollFrame: {
    kind: 'atMost', limit: 33.4, unit: 'ms',
    reason: 'p95 frame interval while scrolling the log list: never below 30 frames per second (1000/30 = 33.3 ms, one vsync pair), even with 100,000 entries.',
  },

  // ── Log export / import (Node) ────────────────────────────────────────────────────────────────
  export100kTime: {
    kind: 'atMost', limit: 3000, unit: 'ms',
    reason: 'Exporting a year of a busy team\'s log (100,000 entries) is a one-off action; beyond 3 s users click again or think it hung.',
  },
  export100kMemory: {
    kind: 'atMost', limit: 512, unit: 'MB',
    reason: 'The export is built in the side panel\'s memory; 512 MB above its baseline is the most a panel can take on a 4 GB laptop without tab discards.',
  },
  import100kTime: {
    kind: 'atMost', limit: 10000, unit: 'ms',
    reason: 'Importing a teammate\'s full log (100,000 entries): validated then written in one transaction; within 10 s, with a status shown.',
  },
  import100kMemory: {
    kind: 'atMost', limit: 512, unit: 'MB',
    reason: 'Same limit as the export: the file, the parsed entries and the validation all live in the panel at once.',
  },
} satisfies Record<string, Budget>;

/** The first-scan and heap budgets by page size. */
export const FIRST_SCAN_BUDGETS: Record<number, Budget> = { 100: BUDGETS.firstScan100, 1000: BUDGETS.firstScan1000, 5000: BUDGETS.firstScan5000 };
export const HEAP_GROWTH_BUDGETS: Record<number, Budget> = { 100: BUDGETS.heapGrowth100, 1000: BUDGETS.heapGrowth1000, 5000: BUDGETS.heapGrowth5000 };
