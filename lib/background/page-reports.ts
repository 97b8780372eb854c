import { browser } from 'wxt/browser';
import type { ComposureDatabase } from '../db/database';
import { handledKeys, recordSightings } from '../db/log-store';
import type { PageReport, PageVerdicts } from '../messaging/messages';
import { triageComment } from '../triage';

/**
 * The background's answer to a content script's page report: records when each comment was first
 * seen, decides how each is marked, and shows how many still need a reply on the action icon.
 */
export async function answerPageReport(db: ComposureDatabase, report: PageReport, tabId: number, now: number): Promise<PageVerdicts> {
  let handled = new Set<string>();
  try {
    await recordSightings(db, report.comments, report.url, now);
    handled = await handledKeys(db, report.comments.map((comment) => comment.key));
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
  try {
    await browser.action.setBadgeText({ tabId, text: open > 0 ? String(open) : '' });
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#b45309' });
  } catch {
    // The tab closed meanwhile: there is no badge to show.
  }
  return { type: 'page/verdicts', verdicts };
}
