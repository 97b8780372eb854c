import { browser } from 'wxt/browser';
import { answerContentMessage } from '@/lib/background/content-messages';
import { enableGenericSite, registerGenericSites } from '@/lib/background/generic-sites';
import { pruneLog } from '@/lib/data/prune-log';
import { getDatabase } from '@/lib/db/database';
import { EnableGenericSiteSchema } from '@/lib/messaging/messages';
import { recentTabsItem, withoutTab } from '@/lib/settings/recent-tabs';
import { loadRetention, retentionItem } from '@/lib/settings/retention';
import { looksLikeMessage, parseMessage } from '@/lib/messaging/parse';

/** Firefox's sidebar API, absent from Chrome's types. */
interface SidebarActionApi {
  toggle(): Promise<void>;
}

export default defineBackground(() => {
  openPanelFromActionButton();
  // The log keeps what the user chose to keep (Options → Your data), checked at start and on change.
  const applyRetention = () => void loadRetention().then((days) => pruneLog(getDatabase(), days, Date.now())).catch((error: unknown) => console.warn('[Composure] retention', error));
  applyRetention();
  retentionItem.watch(applyRetention);
  browser.tabs.onRemoved.addListener((tabId) => void recentTabsItem.getValue().then((tabs) => recentTabsItem.setValue(withoutTab(tabs, tabId))));
  // Firefox forgets dynamic content scripts when it restarts; Chrome keeps them, re-registering is harmless.
  void registerGenericSites().catch((error: unknown) => console.warn('[Composure] review reader registration', error));
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id || !looksLikeMessage(raw)) return false;
    // Our own extension pages (the side panel) may turn the review reader on for a site.
    if (sender.url?.startsWith(browser.runtime.getURL('/')) && raw.type === 'generic/enable') {
      const request = parseMessage(EnableGenericSiteSchema, raw, 'background');
      if (!request) return false;
      enableGenericSite(request.origin, request.tabId).then(sendResponse);
      return true;
    }
    // Everything else comes from our content scripts, which always run in a tab.
    if (sender.tab?.id === undefined) return false;
    const answer = answerContentMessage(raw, sender.tab.id);
    if (!answer) return false;
    answer.then(sendResponse, (error: unknown) => {
      console.warn(`[Composure] could not answer ${raw.type}`, error);
      sendResponse(undefined);
    });
    return true;
  });
});

/** Chrome opens the side panel from the action; Firefox (MV2) toggles its sidebar. */
function openPanelFromActionButton(): void {
  if (browser.sidePanel?.setPanelBehavior) {
    browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => console.warn('[Composure] side panel behaviour', error));
    return;
  }
  const sidebar = (browser as unknown as { sidebarAction?: SidebarActionApi }).sidebarAction;
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  action?.onClicked.addListener(() => void sidebar?.toggle());
}
