import { describe, expect, it } from 'vitest';
import { MAX_RECENT_TABS, withoutTab, withReport, type RecentTab } from './recent-tabs';

const tab = (tabId: number, needReply = 1): RecentTab => ({ tabId, site: 'google', url: `https://www.google.com/maps/place/${tabId}`, comments: 5, needReply, reportedAt: tabId });

describe('recent tabs', () => {
  it('puts the tab that reported first, once, and forgets the oldest beyond the limit', () => {
    let tabs: RecentTab[] = [];
    for (let id = 1; id <= MAX_RECENT_TABS + 2; id++) tabs = withReport(tabs, tab(id));
    expect(tabs).toHaveLength(MAX_RECENT_TABS);
    expect(tabs[0]!.tabId).toBe(MAX_RECENT_TABS + 2);
    tabs = withReport(tabs, tab(5, 0));
    expect(tabs.map((t) => t.tabId).slice(0, 2)).toEqual([5, MAX_RECENT_TABS + 2]);
    expect(tabs.filter((t) => t.tabId === 5)).toEqual([tab(5, 0)]);
    expect(withoutTab(tabs, 5).some((t) => t.tabId === 5)).toBe(false);
  });
});
