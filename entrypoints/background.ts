import { browser } from 'wxt/browser';
import { getDatabase } from '@/lib/db/database';
import { handledKeys, recordSightings } from '@/lib/db/log-store';
import { PageReportSchema, type PageReport, type PageVerdicts } from '@/lib/messaging/messages';
import { looksLikeMessage, parseMessage } from '@/lib/messaging/parse';
import { triageComment } from '@/lib/triage';

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
    const tabId = sender.tab.id;
    answerReport(report, tabId).then(sendResponse, (error: unknown) => {
      console.warn('[Composure] could not process a page report', error);
      sendResponse({ type: 'page/verdicts', verdicts: [] });
    });
    return true;
  });
});

/** Chrome opens the side panel from the action; Firefox toggles its sidebar. */
function openPanelFromActionButton(): void {
  if (browser.sidePanel?.setPanelBehavior) {
    browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => console.warn('[Composure] side panel behaviour', error));
    return;
  }
  const sidebar = (browser as unknown as { sidebarAction?: SidebarActionApi }).sidebarAction;
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  action?.onClicked.addListener(() => void sidebar?.toggle());
}

/** Records first sightings, decides how each comment is marked, and shows the open count on the icon. */
async function answerReport(report: PageReport, tabId: number): Promise<PageVerdicts> {
  const db = getDatabase();
  const keys = report.comments.map((comment) => comment.key);
  let handled = new Set<string>();
  try {
    await recordSightings(db, report.comments, report.url, Date.now());
    handled = await handledKeys(db, keys);
  } catch (error) {
    // Storage unavailable (private window, quota): the page is still marked, just without history.
    console.warn('[Composure] log database unavailable', error);
  }
  const verdicts = report.comments.map((comment) => {
    const isHandled = handled.has(comment.key);
    const triage = triageComment(comment);
    return { key: comment.key, label: triage.label, needsReply: triage.needsReply && !isHandled, handled: isHandled };
  });
  const open = verdicts.filter((verdict) => verdict.needsReply).length;
  await browser.action?.setBadgeText({ tabId, text: open > 0 ? String(open) : '' }).catch(() => {});
  await browser.action?.setBadgeBackgroundColor({ tabId, color: '#b45309' }).catch(() => {});
  return { type: 'page/verdicts', verdicts };
}
