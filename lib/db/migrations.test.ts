import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { makeLogEntries } from '../../tests/helpers/log-entries';
import { ComposureDatabase } from './database';
import { negativeSightingsBetween } from './log-store';
import type { Sighting } from './log-entry';

/** The stores of every earlier version, exactly as that release declared them. */
const EARLIER_VERSIONS: { version: number; stores: Record<string, string> }[] = [
  { version: 1, stores: { log: '&key, site, handledAt, detectedAt, outcome, handler', sightings: '&key, site, firstSeenAt' } },
  { version: 2, stores: { log: '&key, site, handledAt, detectedAt, outcome, handler', sightings: '&key, site, firstSeenAt', logConflicts: '++id, key, importedAt' } },
];

/** A sighting as versions 1 and 2 stored it: no analysis. */
type OldSighting = Pick<Sighting, 'key' | 'site' | 'pageUrl' | 'firstSeenAt'>;

afterEach(async () => {
  await Dexie.delete('migration-test');
});

describe.each(EARLIER_VERSIONS)('a database created by version $version', ({ version, stores }) => {
  it('opens with the current code with every row intact and old sightings marked as not analysed', async () => {
    const entries = makeLogEntries(500);
    const sightings: OldSighting[] = entries.map((entry) => ({ key: entry.key, site: entry.site, pageUrl: entry.pageUrl, firstSeenAt: entry.detectedAt }));
    const old = new Dexie('migration-test');
    old.version(version).stores(stores);
    await old.open();
    await old.table('log').bulkAdd(entries);
    await old.table('sightings').bulkAdd(sightings);
    if (version >= 2) await old.table('logConflicts').add({ key: entries[3]!.key, importedAt: 5, source: 'budi.json', kept: 'stored', other: entries[3] });
    old.close();

    const current = new ComposureDatabase('migration-test');
    await current.open();
    expect(current.verno).toBeGreaterThan(version);
    expect(await current.log.orderBy('key').toArray()).toEqual([...entries].sort((a, b) => a.key.localeCompare(b.key)));
    // The documented defaults: never analysed, so no label, no topics, no language.
    const upgraded = sightings.map((sighting): Sighting => ({ ...sighting, label: null, topics: [], lang: null }));
    expect(await current.sightings.orderBy('key').toArray()).toEqual(upgraded.sort((a, b) => a.key.localeCompare(b.key)));
    expect(await current.logConflicts.count()).toBe(version >= 2 ? 1 : 0);
    // An unknown label never counts as a negative for the crisis radar.
    expect(await negativeSightingsBetween(current, 0, Number.MAX_SAFE_INTEGER)).toEqual([]);
    current.close();
  });
});
