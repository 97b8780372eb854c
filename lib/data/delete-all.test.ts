import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { makeLogEntries } from '../../tests/helpers/log-entries';
import { ComposureDatabase } from '../db/database';
import { sighting } from './testing';
import { brandProfileItem } from '../settings/brand-profile';
import { pendingDraftItem } from '../settings/pending-draft';
import { templateLibraryItem } from '../settings/template-library';
import { deleteAllData } from './delete-all';

const NAME = 'composure-delete-test';

afterEach(async () => {
  fakeBrowser.reset();
  await Dexie.delete(NAME);
});

describe('deleteAllData', () => {
  it('deletes the log database and every stored setting, template and draft', async () => {
    const db = new ComposureDatabase(NAME);
    await db.log.bulkAdd(makeLogEntries(5));
    await db.sightings.add(sighting('tripadvisor:1', 1));
    await brandProfileItem.setValue({ name: 'Hotel Miramar', signature: 'Ana', role: '', contactChannel: '', allowedActions: [], team: ['Ana'] });
    await templateLibraryItem.setValue({ format: 'composure-templates', version: 1, templates: [], hidden: ['en.positive.warm'] });
    await pendingDraftItem.setValue({ tabId: 1, key: null, text: 'half a reply' });

    // The open connection must not block the deletion: Dexie closes it on versionchange.
    expect(await deleteAllData(NAME)).toEqual({ ok: true });

    expect(await Dexie.exists(NAME)).toBe(false);
    expect(await fakeBrowser.storage.local.get()).toEqual({});
    expect(await fakeBrowser.storage.session.get()).toEqual({});
    const reopened = new ComposureDatabase(NAME);
    expect(await reopened.log.count()).toBe(0);
    expect(await reopened.sightings.count()).toBe(0);
    reopened.close();
  });

  it('still clears extension storage when the database cannot be deleted, and says what failed', async () => {
    await brandProfileItem.setValue({ name: 'Hotel Miramar', signature: '', role: '', contactChannel: '', allowedActions: [], team: [] });
    const blocked = new Error('IndexedDB is not available in this window');
    vi.spyOn(Dexie, 'delete').mockRejectedValueOnce(blocked);

    const result = await deleteAllData(NAME);

    expect(result).toEqual({ ok: false, failed: [{ store: 'database', error: blocked }] });
    expect(await fakeBrowser.storage.local.get()).toEqual({});
  });
});
