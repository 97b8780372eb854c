/** A piece of text, marked when it falls in one of the given ranges. */
export interface Segment {
  text: string;
  /** Index of the range it belongs to, or null for plain text. */
  mark: number | null;
}

/**
 * Cuts text into plain and marked pieces for highlighting. Ranges may overlap or fall outside the
 * text (a stale analysis of an older draft): overlaps go to the earlier range, outside parts are cut.
 */
export function segmentText(text: string, ranges: { start: number; end: number }[]): Segment[] {
  const ordered = ranges
    .map((range, index) => ({ start: Math.max(0, range.start), end: Math.min(text.length, range.end), index }))
    .filter((range) => range.end > range.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let position = 0;
  for (const range of ordered) {
    if (range.end <= position) continue;
    const start = Math.max(range.start, position);
    if (start > position) segments.push({ text: text.slice(position, start), mark: null });
    segments.push({ text: text.slice(start, range.end), mark: range.index });
    position = range.end;
  }
  if (position < text.length || segments.length === 0) segments.push({ text: text.slice(position), mark: null });
  return segments;
}
