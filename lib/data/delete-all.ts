import Dexie from 'dexie';
import { storage } from 'wxt/utils/storage';
import { DATABASE_NAME } from '../db/database';

/** The places Composure keeps data; each is deleted on its own so one failure does not stop the others. */
export type DataStore = 'database' | 'local' | 'session';

export type DeleteAllResult = { ok: true } | { ok: false; failed: { store: DataStore; error: unknown }[] };

/**
 * Deletes everything Composure stored on this machine: the IndexedDB database (log, first sightings,
 * kept import conflicts) and extension storage (settings, templates, drafts, panel state).
 * Other open pages' Dexie connections close themselves when the database is deleted.
 */
export async function deleteAllData(databaseName: string = DATABASE_NAME): Promise<DeleteAllResult> {
  const steps: [DataStore, () => Promise<void>][] = [
    ['database', () => Dexie.delete(databaseName)],
    ['local', () => storage.clear('local')],
    ['session', () => storage.clear('session')],
  ];
  const failed: { store: DataStore; error: unknown }[] = [];
  for (const [store, run] of steps) {
    try {
      await run();
    } catch (error) {
      failed.push({ store, error });
    }
  }
  return failed.length === 0 ? { ok: true } : { ok: false, failed };
}
