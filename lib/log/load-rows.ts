import type { ComposureDatabase } from '../db/database';
import { toLogRow, type LogRow } from './log-rows';

/** Rows between progress reports: the list shows what has arrived while a large log loads. */
const PROGRESS_EVERY = 2000;
/** The first report comes sooner, so the newest entries show almost at once. */
const FIRST_PROGRESS = 200;

/** Reads the whole log as list rows, newest first, in one cursor pass. */
export async function loadLogRows(db: ComposureDatabase, onProgress: (rows: LogRow[]) => void = () => {}): Promise<LogRow[]> {
  const rows: LogRow[] = [];
  await db.log
    .orderBy('handledAt')
    .reverse()
    .each((entry) => {
      rows.push(toLogRow(entry));
      if (rows.length === FIRST_PROGRESS || rows.length % PROGRESS_EVERY === 0) onProgress(rows.slice());
    });
  onProgress(rows.slice());
  return rows;
}
