import type { ComposureDatabase } from '../db/database';

/** What the log database holds, so a deletion can say exactly what it will remove. */
export interface DatabaseInventory {
  log: number;
  sightings: number;
  logConflicts: number;
}

export async function databaseInventory(db: ComposureDatabase): Promise<DatabaseInventory> {
  const [log, sightings, logConflicts] = await Promise.all([db.log.count(), db.sightings.count(), db.logConflicts.count()]);
  return { log, sightings, logConflicts };
}
