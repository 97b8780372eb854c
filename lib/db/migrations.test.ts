import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { makeLogEntries } from '../../tests/helpers/log-entries';
import { ComposureDatabase } from './database';
import type { Sighting } from './log-entry';

/** The stores of every earlier version, exactly as that release declared them. */
const EARLIER_VERSIONS: { version: number; stores: Record<string, string> }[] = [
  { version: 1, stores: { log: '&key, site, handledAt, detectedAt, outcome, handler', sightings: '&key, site, firstSeenAt' } },
];

afterEach(async () => {
  await Dexie.delete('migration-test');
});

describe.each(EARLIER_VERSIONS)('a database created by version $version', ({ version, stores }) => {
  it('opens with the current code with every row intact', async () => {
    const entries = makeLogEntries(500);
    const sightings: Sighting[] = entries.map((entry) => ({ key: entry.key, site: entry.site, pageUrl: entry.pageUrl, firstSeenAt: entry.detectedAt }));
    const old = new Dexie('migration-test');
    old.version(version).stores(stores);
    await old.open();
    await old.table('log').bulkAdd(entries);
    await old.table('sightings').bulkAdd(sightings);
    old.close();

    const current = new ComposureDatabase('migration-test');
    await current.open();
    expect(current.verno).toBeGreaterThan(version);
    expect(await current.log.orderBy('key').toArray()).toEqual([...entries].sort((a, b) => a.key.localeCompare(b.key)));
    expect(await current.sightings.orderBy('key').toArray()).toEqual([...sightings].sort((a, b) => a.key.localeCompare(b.key)));
    expect(await current.logConflicts.count()).toBe(0);
    current.close();
  });
});
