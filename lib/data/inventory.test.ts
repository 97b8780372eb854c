import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { makeLogEntries } from '../../tests/helpers/log-entries';
import { ComposureDatabase } from '../db/database';
import { sighting } from './testing';
import { databaseInventory } from './inventory';

const NAME = 'composure-inventory-test';
afterEach(() => Dexie.delete(NAME));

it('counts what a deletion would remove', async () => {
  const db = new ComposureDatabase(NAME);
  await db.log.bulkAdd(makeLogEntries(3));
  await db.sightings.bulkAdd([
    sighting('x:1', 1),
    sighting('x:2', 2),
  ]);
  expect(await databaseInventory(db)).toEqual({ log: 3, sightings: 2, logConflicts: 0 });
  db.close();
});
