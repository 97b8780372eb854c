import type { ComposureDatabase } from './database';
import { LogEntrySchema, type LogEntry, type Sighting } from './log-entry';
import type { PageComment } from '../comments/comment';

/**
 * Records when comments were first seen. Existing sightings keep their first time, so a comment
 * seen again tomorrow still counts its response time from today.
 */
export async function recordSightings(db: ComposureDatabase, comments: PageComment[], pageUrl: string, now: number): Promise<void> {
  if (comments.length === 0) return;
  await db.transaction('rw', db.sightings, async () => {
    const keys = comments.map((comment) => comment.key);
    const known = new Set((await db.sightings.bulkGet(keys)).filter((s): s is Sighting => s !== undefined).map((s) => s.key));
    const fresh = comments
      .filter((comment) => !known.has(comment.key))
      .map((comment): Sighting => ({ key: comment.key, site: comment.site, pageUrl, firstSeenAt: now }));
    // A page may list the same comment twice; keep one sighting per key.
    const unique = [...new Map(fresh.map((sighting) => [sighting.key, sighting])).values()];
    if (unique.length > 0) await db.sightings.bulkAdd(unique);
  });
}

export async function firstSeenAt(db: ComposureDatabase, key: string): Promise<number | undefined> {
  return (await db.sightings.get(key))?.firstSeenAt;
}

/** Saves a handled comment after validating it; one entry per comment key (a newer one replaces it). */
export async function saveLogEntry(db: ComposureDatabase, entry: LogEntry): Promise<void> {
  await db.log.put(LogEntrySchema.parse(entry));
}

export async function handledKeys(db: ComposureDatabase, keys: string[]): Promise<Set<string>> {
  const entries = await db.log.bulkGet(keys);
  return new Set(entries.filter((entry): entry is LogEntry => entry !== undefined).map((entry) => entry.key));
}

/** Log entries handled in [from, to), oldest first. */
export function listLog(db: ComposureDatabase, range: { from?: number; to?: number } = {}): Promise<LogEntry[]> {
  return db.log
    .where('handledAt')
    .between(range.from ?? 0, range.to ?? Number.MAX_SAFE_INTEGER, true, false)
    .toArray();
}

export function countLog(db: ComposureDatabase): Promise<number> {
  return db.log.count();
}
