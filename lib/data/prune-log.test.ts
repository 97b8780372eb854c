import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeLogEntries } from '../../tests/helpers/log-entries';
import { ComposureDatabase } from '../db/database';
import { sighting } from './testing';
import { pruneLog, retentionCutoff } from './prune-log';

const NAME = 'composure-prune-test';
const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 25, 12);

let db: ComposureDatabase;
beforeEach(() => {
  db = new ComposureDatabase(NAME);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(NAME);
});

function handledDaysAgo(days: number[]) {
  return makeLogEntries(days.length).map((entry, i) => ({ ...entry, handledAt: NOW - days[i]! * DAY, detectedAt: NOW - days[i]! * DAY - 1000 }));
}

describe('pruneLog', () => {
  it('deletes only the entries handled before the cut-off and counts them', async () => {
    await db.log.bulkAdd(handledDaysAgo([1, 29, 31, 400]));
    await db.sightings.add(sighting('tripadvisor:9', NOW - 400 * DAY));

    expect(await pruneLog(db, 30, NOW)).toBe(2);

    const left = (await db.log.toArray()).map((entry) => Math.round((NOW - entry.handledAt) / DAY)).sort((a, b) => a - b);
    expect(left).toEqual([1, 29]);
    expect(await db.sightings.count()).toBe(1);
  });

  it('keeps an entry handled exactly at the cut-off', async () => {
    await db.log.bulkAdd(handledDaysAgo([30]));
    expect(await pruneLog(db, 30, NOW)).toBe(0);
    expect(retentionCutoff(30, NOW)).toBe(NOW - 30 * DAY);
  });

  it('keeps everything when retention is forever', async () => {
    await db.log.bulkAdd(handledDaysAgo([1, 5000]));
    expect(await pruneLog(db, null, NOW)).toBe(0);
    expect(await db.log.count()).toBe(2);
  });

  it('refuses a retention that would wipe the log by mistake', async () => {
    await db.log.bulkAdd(handledDaysAgo([1]));
    await expect(pruneLog(db, 0, NOW)).rejects.toThrow(RangeError);
    await expect(pruneLog(db, 2.5, NOW)).rejects.toThrow(RangeError);
    expect(await db.log.count()).toBe(1);
  });
});
