import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { makeLogEntries } from '../../tests/helpers/log-entries';
import { ComposureDatabase } from '../db/database';
import { loadLogRows } from './load-rows';
import { filterLogRows, NO_LOG_FILTER, toLogRow } from './log-rows';

let db: ComposureDatabase;
afterEach(async () => {
  await db?.delete();
});

describe('log rows', () => {
  it('loads every entry newest first, reporting progress as it goes', async () => {
    db = new ComposureDatabase('rows');
    await db.log.bulkAdd(makeLogEntries(4500));
    const progress: number[] = [];
    const rows = await loadLogRows(db, (partial) => progress.push(partial.length));
    expect(rows).toHaveLength(4500);
    expect(progress).toEqual([200, 2000, 4000, 4500]);
    expect(rows.every((row, i) => i === 0 || rows[i - 1]!.handledAt >= row.handledAt)).toBe(true);
  });

  it('filters by words in any text, site, outcome, handler and period', () => {
    const rows = makeLogEntries(200).map(toLogRow);
    const withWords = filterLogRows(rows, { ...NO_LOG_FILTER, query: 'HABITACIÓN sucia' });
    expect(withWords.length).toBeGreaterThan(0);
    expect(withWords.every((row) => row.haystack.includes('habitación') && row.haystack.includes('sucia'))).toBe(true);
    expect(filterLogRows(rows, { ...NO_LOG_FILTER, site: 'yelp', outcome: 'replied' }).every((row) => row.site === 'yelp' && row.outcome === 'replied')).toBe(true);
    expect(filterLogRows(rows, { ...NO_LOG_FILTER, handler: 'Budi' }).every((row) => row.handler === 'Budi')).toBe(true);
    const middle = rows[100]!.handledAt;
    expect(filterLogRows(rows, { ...NO_LOG_FILTER, from: middle }).every((row) => row.handledAt >= middle)).toBe(true);
    expect(filterLogRows(rows, NO_LOG_FILTER)).toHaveLength(200);
  });
});
