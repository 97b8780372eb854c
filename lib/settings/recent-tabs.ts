import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { SITE_IDS } from '../sites/site-ids';

/** A review page open in another tab, as its last report left it: what the panel lists under "Other pages". */
export const RecentTabSchema = z.object({
  tabId: z.number().int(),
  site: z.enum(SITE_IDS),
  url: z.string().max(4000),
  comments: z.number().int().nonnegative(),
  /** Unanswered negative or mixed comments still waiting there. */
  needReply: z.number().int().nonnegative(),
  reportedAt: z.number(),
});
export type RecentTab = z.infer<typeof RecentTabSchema>;

/** How many other tabs the panel remembers. */
export const MAX_RECENT_TABS = 10;

/** Session storage: the tabs are gone when the browser closes, and so is this list. */
export const recentTabsItem = storage.defineItem<RecentTab[]>('session:recentTabs', { fallback: [] });

/** The list after a tab reported: that tab first, the oldest dropped beyond the limit. */
export function withReport(tabs: RecentTab[], report: RecentTab): RecentTab[] {
  return [report, ...tabs.filter((tab) => tab.tabId !== report.tabId)].slice(0, MAX_RECENT_TABS);
}

export function withoutTab(tabs: RecentTab[], tabId: number): RecentTab[] {
  return tabs.filter((tab) => tab.tabId !== tabId);
}

export async function loadRecentTabs(): Promise<RecentTab[]> {
  const parsed = z.array(RecentTabSchema).safeParse(await recentTabsItem.getValue());
  return parsed.success ? parsed.data : [];
}
