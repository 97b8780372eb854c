import type { LogEntry } from '../db/log-entry';

export const LOG_EXPORT_FORMAT = 'composure-log';
export const LOG_EXPORT_VERSION = 1;

/** The JSON export: every field of every entry, in a versioned envelope that import validates. */
export function logToJson(entries: LogEntry[], exportedAt: number): string {
  const ordered = [...entries].sort((a, b) => a.handledAt - b.handledAt || a.key.localeCompare(b.key));
  return JSON.stringify({ format: LOG_EXPORT_FORMAT, version: LOG_EXPORT_VERSION, exportedAt: new Date(exportedAt).toISOString(), entries: ordered }, null, 2) + '\n';
}

const CSV_COLUMNS: { header: string; value: (entry: LogEntry) => string | number | null }[] = [
  { header: 'key', value: (e) => e.key },
  { header: 'site', value: (e) => e.site },
  { header: 'comment_id', value: (e) => e.commentId },
  { header: 'page_url', value: (e) => e.pageUrl },
  { header: 'permalink', value: (e) => e.permalink },
  { header: 'author', value: (e) => e.author },
  { header: 'rating', value: (e) => e.rating },
  { header: 'comment_date', value: (e) => e.commentDate },
  { header: 'comment_text', value: (e) => e.commentText },
  { header: 'detected_at', value: (e) => new Date(e.detectedAt).toISOString() },
  { header: 'handled_at', value: (e) => new Date(e.handledAt).toISOString() },
  { header: 'response_minutes', value: (e) => Math.round((e.handledAt - e.detectedAt) / 60_000) },
  { header: 'outcome', value: (e) => e.outcome },
  { header: 'skip_reason', value: (e) => e.skipReason },
  { header: 'handler', value: (e) => e.handler },
  { header: 'reply_text', value: (e) => e.replyText },
  { header: 'label', value: (e) => e.analysis?.label ?? null },
  { header: 'topics', value: (e) => e.analysis?.topics.join(' ') ?? null },
  { header: 'tone_findings', value: (e) => e.toneFindings.map((f) => f.ruleId).join(' ') },
];

/**
 * RFC 4180 CSV (CRLF, quoted fields, doubled quotes) for spreadsheets. Cells that a spreadsheet
 * would run as a formula (starting with = + - @, tab or carriage return) get a leading apostrophe.
 */
export function logToCsv(entries: LogEntry[]): string {
  const ordered = [...entries].sort((a, b) => a.handledAt - b.handledAt || a.key.localeCompare(b.key));
  const rows = [CSV_COLUMNS.map((column) => column.header)];
  for (const entry of ordered) rows.push(CSV_COLUMNS.map((column) => csvCell(column.value(entry))));
  return rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** File name for an export made at the given time: composure-log-2026-11-25.csv */
export function exportFileName(kind: 'csv' | 'json', at: number): string {
  return `composure-log-${new Date(at).toISOString().slice(0, 10)}.${kind}`;
}
