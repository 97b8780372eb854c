import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SITE_IDS } from '../sites/site-ids';
import { loadSiteSwitches, saveSiteSwitches, siteSwitchesItem } from './site-switches';

afterEach(() => fakeBrowser.reset());

describe('site switches', () => {
  it('has every site on by default except the generic schema.org reader', async () => {
    const switches = await loadSiteSwitches();
    expect(Object.keys(switches).sort()).toEqual([...SITE_IDS].sort());
    expect(switches.generic).toBe(false);
    expect(SITE_IDS.filter((site) => site !== 'generic').every((site) => switches[site])).toBe(true);
  });

  it('keeps what the user switched', async () => {
    const switches = await loadSiteSwitches();
    await saveSiteSwitches({ ...switches, yelp: false, generic: true });
    const loaded = await loadSiteSwitches();
    expect(loaded.yelp).toBe(false);
    expect(loaded.generic).toBe(true);
    expect(loaded.tripadvisor).toBe(true);
  });

  it('gives a site missing from storage (added in a later release) its default', async () => {
    await siteSwitchesItem.setValue({ yelp: false });
    const loaded = await loadSiteSwitches();
    expect(loaded.yelp).toBe(false);
    expect(loaded.reddit).toBe(true);
    expect(loaded.generic).toBe(false);
  });

  it('ignores damaged entries and unknown sites instead of failing', async () => {
    await fakeBrowser.storage.local.set({ siteSwitches: { yelp: 'off', myspace: false, amazon: false } });
    const loaded = await loadSiteSwitches();
    expect(loaded.yelp).toBe(true);
    expect(loaded.amazon).toBe(false);
    expect(loaded).not.toHaveProperty('myspace');
    await fakeBrowser.storage.local.set({ siteSwitches: 'garbage' });
    expect((await loadSiteSwitches()).generic).toBe(false);
  });
});
