import type { BenchResult } from './result';

function cell(value: number | null): string {
  if (value === null) return '—';
  return Math.abs(value) >= 100 ? Math.round(value).toLocaleString('en') : String(Number(value.toPrecision(3)));
}

/** The results as a fixed-width table: name, median, min, max, unit, budget, pass. */
export function formatTable(results: BenchResult[]): string {
  const header = ['name', 'median', 'min', 'max', 'unit', 'budget', 'pass'];
  const rows = results.map((r) => [
    r.name,
    r.skipped ? r.skipped : cell(r.value),
    cell(r.min),
    cell(r.max),
    r.unit,
    r.budget ?? '',
    r.pass === null ? '' : r.pass ? 'pass' : 'FAIL',
  ]);
  // A skip reason spans the figure columns rather than widening them.
  const widths = header.map((h, i) => Math.max(h.length, ...rows.filter((row, j) => i !== 1 || !results[j]!.skipped).map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : i <= 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
