import { browser } from 'wxt/browser';
import { answerContentMessage } from '@/lib/background/content-messages';
import { looksLikeMessage } from '@/lib/messaging/parse';

/** Firefox's sidebar API, absent from Chrome's types. */
interface SidebarActionApi {
  toggle(): Promise<void>;
}

export default defineBackground(() => {
  openPanelFromActionButton();
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    // Only our own content scripts talk to the background; extension pages and anything else are ignored.
    if (sender.id !== browser.runtime.id || sender.tab?.id === undefined || !looksLikeMessage(raw)) return false;
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
