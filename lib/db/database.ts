import Dexie, { type EntityTable } from 'dexie';
import { unknownSightingAnalysis, type LogConflict, type LogEntry, type Sighting } from './log-entry';

export const DATABASE_NAME = 'composure';

/**
 * The user's data, in the extension's own IndexedDB. Every schema version stays declared here with
 * its upgrade, so a database from any earlier release opens with nothing lost
 * (lib/db/migrations.test.ts opens a database of every earlier version with realistic rows).
 */
export class ComposureDatabase extends Dexie {
  log!: EntityTable<LogEntry, 'key'>;
  sightings!: EntityTable<Sighting, 'key'>;
  logConflicts!: EntityTable<LogConflict, 'id'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    // Version 1: the handled-comments log and first sightings.
    this.version(1).stores({
      log: '&key, site, handledAt, detectedAt, outcome, handler',
      sightings: '&key, site, firstSeenAt',
    });
    // Version 2: merged imports keep the version of an entry that lost a conflict, so nothing a
    // teammate logged is ever dropped. No existing row changes.
    this.version(2).stores({
      logConflicts: '++id, key, importedAt',
    });
    // Version 3: sightings also keep what the analysis said (label, topics, language) so the crisis
    // radar can count negatives per topic over time; [label+firstSeenAt] finds the negatives of a
    // period without reading every sighting. Earlier sightings were never analysed: they get
    // unknownSightingAnalysis() (label null, no topics, language null) and never count as negatives.
    this.version(3)
      .stores({ sightings: '&key, site, firstSeenAt, [label+firstSeenAt]' })
      .upgrade((tx) =>
        tx
          .table<Sighting, string>('sightings')
          .toCollection()
          .modify((sighting) => {
            const unknown = unknownSightingAnalysis();
            sighting.label ??= unknown.label;
            sighting.topics ??= unknown.topics;
            sighting.lang ??= unknown.lang;
          }),
      );
  }
}

let shared: ComposureDatabase | undefined;

/** The database of this extension context, opened lazily once. */
export function getDatabase(): ComposureDatabase {
  shared ??= new ComposureDatabase();
  return shared;
}
