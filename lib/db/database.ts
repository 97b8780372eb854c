import Dexie, { type EntityTable } from 'dexie';
import type { LogEntry, Sighting } from './log-entry';

export const DATABASE_NAME = 'composure';

/**
 * The user's data, in the extension's own IndexedDB. Every schema version stays declared here with
 * its upgrade, so a database from any earlier release opens with nothing lost.
 */
export class ComposureDatabase extends Dexie {
  log!: EntityTable<LogEntry, 'key'>;
  sightings!: EntityTable<Sighting, 'key'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    // Version 1: the handled-comments log and first sightings.
    this.version(1).stores({
      log: '&key, site, handledAt, detectedAt, outcome, handler',
      sightings: '&key, site, firstSeenAt',
    });
  }
}

let shared: ComposureDatabase | undefined;

/** The database of this extension context, opened lazily once. */
export function getDatabase(): ComposureDatabase {
  shared ??= new ComposureDatabase();
  return shared;
}
