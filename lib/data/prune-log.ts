import type { ComposureDatabase } from '../db/database';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The moment before which handled comments are dropped when keeping `keepDays` days. */
export function retentionCutoff(keepDays: number, now: number): number {
  return now - keepDays * DAY_MS;
}

/**
 * Deletes log entries handled before the retention cut-off; `null` keeps everything.
 * Returns how many entries were deleted.
 */
export async function pruneLog(db: ComposureDatabase, keepDays: number | null, now: number): Promise<number> {
  if (keepDays === null) return 0;
  if (!Number.isInteger(keepDays) || keepDays < 1) throw new RangeError(`keepDays must be a whole number of days ≥ 1, got ${keepDays}`);
  return db.log.where('handledAt').below(retentionCutoff(keepDays, now)).delete();
}
