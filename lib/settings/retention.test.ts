import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadRetention, saveRetention } from './retention';

afterEach(() => fakeBrowser.reset());

describe('log retention', () => {
  it('keeps the log forever by default', async () => {
    expect(await loadRetention()).toBeNull();
  });

  it('stores a number of days and back to forever', async () => {
    await saveRetention(90);
    expect(await loadRetention()).toBe(90);
    await saveRetention(null);
    expect(await loadRetention()).toBeNull();
  });

  it('refuses a retention that would delete everything', async () => {
    await expect(saveRetention(0)).rejects.toThrow();
    await expect(saveRetention(1.5)).rejects.toThrow();
    expect(await loadRetention()).toBeNull();
  });

  it('keeps everything when the stored value is damaged', async () => {
    await fakeBrowser.storage.local.set({ retentionDays: -3 });
    expect(await loadRetention()).toBeNull();
  });
});
