import type { ComposureDatabase } from './database';
import { LogEntrySchema, unknownSightingAnalysis, type LogConflict, type LogEntry, type Sighting, type SightingAnalysis } from './log-entry';
import type { PageComment } from '../comments/comment';

/**
 * Records when comments were first seen, with what the analysis said about them then (the crisis
 * radar counts negatives per topic from these). Existing sightings keep their first time, so a
 * comment seen again tomorrow still counts its response time from today.
 */
export async function recordSightings(
  db: ComposureDatabase,
  comments: PageComment[],
  pageUrl: string,
  now: number,
  analysisOf: (comment: PageComment) => SightingAnalysis = unknownSightingAnalysis,
): Promise<void> {
  if (comments.length === 0) return;
  await db.transaction('rw', db.sightings, async () => {
    const keys = comments.map((comment) => comment.key);
    const known = new Set((await db.sightings.bulkGet(keys)).filter((s): s is Sighting => s !== undefined).map((s) => s.key));
    const fresh = comments
      .filter((comment) => !known.has(comment.key))
      .map((comment): Sighting => ({ key: comment.key, site: comment.site, pageUrl, firstSeenAt: now, ...analysisOf(comment) }));
    // A page may list the same comment twice; keep one sighting per key.
    const unique = [...new Map(fresh.map((sighting) => [sighting.key, sighting])).values()];
    if (unique.length > 0) await db.sightings.bulkAdd(unique);
  });
}

/** Negative sightings first seen in [from, to), oldest first (read through the [label+firstSeenAt] index). */
export function negativeSightingsBetween(db: ComposureDatabase, from: number, to: number): Promise<Sighting[]> {
  if (!(to > from)) return Promise.resolve([]);
  return db.sightings.where('[label+firstSeenAt]').between(['negative', from], ['negative', to], true, false).toArray();
}

/** When the oldest sighting was recorded: how far back the radar's history reaches. */
export async function oldestSightingAt(db: ComposureDatabase): Promise<number | undefined> {
  return (await db.sightings.orderBy('firstSeenAt').first())?.firstSeenAt;
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

export interface MergeResult {
  added: number;
  unchanged: number;
  /** Keys where the file and the log disagreed; both versions are kept (see LogConflict). */
  conflicts: string[];
}

/**
 * Merges validated entries (an import) into the log in one transaction: new comments are added,
 * identical ones skipped, and for differing ones the later-handled version stays in the log while
 * the other goes to logConflicts. Either everything is written or nothing is.
 */
export async function mergeLogEntries(db: ComposureDatabase, entries: LogEntry[], source: string, now: number): Promise<MergeResult> {
  const result: MergeResult = { added: 0, unchanged: 0, conflicts: [] };
  await db.transaction('rw', db.log, db.logConflicts, async () => {
    const stored = new Map(
      (await db.log.bulkGet(entries.map((entry) => entry.key))).filter((entry): entry is LogEntry => entry !== undefined).map((entry) => [entry.key, entry]),
    );
    const toPut: LogEntry[] = [];
    const conflicts: LogConflict[] = [];
    for (const incoming of entries) {
      const current = stored.get(incoming.key);
      if (!current) {
        result.added++;
      } else if (sameEntry(current, incoming)) {
        result.unchanged++;
        continue;
      } else {
        const importedWins = incoming.handledAt > current.handledAt;
        conflicts.push({ key: incoming.key, importedAt: now, source, kept: importedWins ? 'imported' : 'stored', other: importedWins ? current : incoming });
        result.conflicts.push(incoming.key);
        if (!importedWins) continue;
      }
      stored.set(incoming.key, incoming);
      toPut.push(incoming);
    }
    await db.log.bulkPut(toPut);
    await db.logConflicts.bulkAdd(conflicts);
  });
  return result;
}

function sameEntry(a: LogEntry, b: LogEntry): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/** Key order does not make two entries different. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical((value as Record<string, unknown>)[key])]));
  }
  return value;
}
