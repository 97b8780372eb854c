import type { LogEntry } from '../db/log-entry';
import type { SiteId } from '../sites/site-ids';

/** What the log list shows of an entry: small, so that 100,000 of them fit in a panel. */
export interface LogRow {
  key: string;
  site: SiteId;
  author: string | null;
  rating: number | null;
  handledAt: number;
  responseMs: number;
  outcome: LogEntry['outcome'];
  handler: string;
  label: string | null;
  topics: string[];
  commentStart: string;
  replyStart: string;
  /** Lower-cased text searched by the filter box. */
  haystack: string;
}

const PREVIEW_CHARS = 140;

export function toLogRow(entry: LogEntry): LogRow {
  return {
    key: entry.key,
    site: entry.site,
    author: entry.author,
    rating: entry.rating,
    handledAt: entry.handledAt,
    responseMs: entry.handledAt - entry.detectedAt,
    outcome: entry.outcome,
    handler: entry.handler,
    label: entry.analysis?.label ?? null,
    topics: entry.analysis?.topics ?? [],
    commentStart: entry.commentText.slice(0, PREVIEW_CHARS),
    replyStart: entry.replyText.slice(0, PREVIEW_CHARS),
    haystack: [entry.author ?? '', entry.handler, entry.commentText, entry.replyText, entry.site, entry.skipReason ?? ''].join('\n').toLowerCase(),
  };
}

export interface LogFilter {
  query: string;
  site: SiteId | null;
  outcome: LogEntry['outcome'] | null;
  handler: string | null;
  /** Handled in [from, to), epoch ms; null for open ends. */
  from: number | null;
  to: number | null;
}

export const NO_LOG_FILTER: LogFilter = { query: '', site: null, outcome: null, handler: null, from: null, to: null };

/** Rows matching every part of the filter; the query matches when all its words appear. */
export function filterLogRows(rows: LogRow[], filter: LogFilter): LogRow[] {
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter(
    (row) =>
      (filter.site === null || row.site === filter.site) &&
      (filter.outcome === null || row.outcome === filter.outcome) &&
      (filter.handler === null || row.handler === filter.handler) &&
      (filter.from === null || row.handledAt >= filter.from) &&
      (filter.to === null || row.handledAt < filter.to) &&
      words.every((word) => row.haystack.includes(word)),
  );
}
