import type { CrisisReview } from './review';

/**
 * The review as one RFC 4180 CSV (CRLF, quoted where needed) with a row per figure:
 * section, item, measure, value. Skip reasons are typed by users, so cells a spreadsheet would run
 * as a formula (= + - @, tab, carriage return) get a leading apostrophe.
 */
export function reviewToCsv(review: CrisisReview): string {
  const rows: (string | number | null)[][] = [['section', 'item', 'measure', 'value']];
  rows.push(['period', 'from', 'iso_time', new Date(review.period.from).toISOString()]);
  rows.push(['period', 'to', 'iso_time', new Date(review.period.to).toISOString()]);
  rows.push(['total', 'entries', 'count', review.total]);
  for (const day of review.volumePerDay) {
    rows.push(['volume_per_day', day.day, 'replied', day.replied], ['volume_per_day', day.day, 'skipped', day.skipped], ['volume_per_day', day.day, 'negative', day.negative]);
  }
  for (const { topic, count } of review.negativesPerTopic) rows.push(['negatives_per_topic', topic, 'count', count]);
  for (const bucket of review.responseTimes.buckets) rows.push(['response_time', bucket.id, 'replies', bucket.count]);
  rows.push(['response_time', 'median', 'minutes', review.responseTimes.medianMinutes]);
  rows.push(['response_time', 'p90', 'minutes', review.responseTimes.p90Minutes]);
  rows.push(['outcome', 'replied', 'count', review.outcomes.replied], ['outcome', 'skipped', 'count', review.outcomes.skipped]);
  for (const { reason, count } of review.outcomes.skipReasons) rows.push(['skip_reason', reason, 'count', count]);
  for (const caught of review.toneCaught) rows.push(['tone_caught', caught.ruleId, 'resolved', caught.resolved], ['tone_caught', caught.ruleId, 'still_present', caught.present]);
  rows.push(['tone_caught', 'replies_with_problems', 'count', review.repliesWithToneProblems]);
  return rows.map((row) => row.map((value) => quote(cell(value))).join(',')).join('\r\n') + '\r\n';
}

/** File name of a review exported at the given time: composure-review-2026-11-25.csv */
export function reviewFileName(kind: 'csv' | 'png', at: number, part?: string): string {
  return `composure-review-${new Date(at).toISOString().slice(0, 10)}${part ? `-${part}` : ''}.${kind}`;
}

function cell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
