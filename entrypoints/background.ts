import { browser } from 'wxt/browser';
import { answerPageReport } from '@/lib/background/page-reports';
import { getDatabase } from '@/lib/db/database';
import { PageReportSchema } from '@/lib/messaging/messages';
import { looksLikeMessage, parseMessage } from '@/lib/messaging/parse';

/** Firefox's sidebar API, absent from Chrome's types. */
interface SidebarActionApi {
  toggle(): Promise<void>;
}

export default defineBackground(() => {
  openPanelFromActionButton();
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    // Only our own content scripts report pages; extension pages and anything else are ignored.
    if (sender.id !== browser.runtime.id || sender.tab?.id === undefined) return false;
    if (!looksLikeMessage(raw) || raw.type !== 'page/report') return false;
    const report = parseMessage(PageReportSchema, raw, 'background');
    if (!report) return false;
    answerPageReport(getDatabase(), report, sender.tab.id, Date.now()).then(sendResponse, (error: unknown) => {
      console.warn('[Composure] could not process a page report', error);
      sendResponse({ type: 'page/verdicts', verdicts: [] });
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
