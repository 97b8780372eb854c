import { browser } from 'wxt/browser';
import { webOrigin } from '../sites/web-origin';
import {
  EnableGenericResultSchema,
  type EnableGenericResult,
  InsertReplyResultSchema,
  PageReportSchema,
  RevealResultSchema,
  type InsertReplyResult,
  type PageReport,
  type ToContent,
} from '../messaging/messages';
import { parseMessage } from '../messaging/parse';

/** Talks to the content script of one tab. Answers are parsed like any message from a page. */

/** Null when no Composure content script runs in the tab (not a supported page). */
export async function fetchPage(tabId: number): Promise<PageReport | null> {
  const answer = await send(tabId, { type: 'page/get' });
  return answer === undefined || answer === null ? null : parseMessage(PageReportSchema, answer, 'side panel');
}

export type InsertOutcome = InsertReplyResult | { ok: false; reason: 'unreachable' };

export async function insertReply(tabId: number, key: string, text: string): Promise<InsertOutcome> {
  const answer = await send(tabId, { type: 'page/insert-reply', key, text });
  return (answer !== undefined && parseMessage(InsertReplyResultSchema, answer, 'side panel')) || { ok: false, reason: 'unreachable' };
}

export async function revealComment(tabId: number, key: string): Promise<boolean> {
  const answer = await send(tabId, { type: 'page/reveal', key });
  return answer !== undefined && (parseMessage(RevealResultSchema, answer, 'side panel')?.ok ?? false);
}

export async function notifyHandled(tabId: number, key: string): Promise<void> {
  await send(tabId, { type: 'page/handled', key });
}

async function send(tabId: number, message: ToContent): Promise<unknown> {
  try {
    return await browser.tabs.sendMessage(tabId, message);
  } catch {
    // "Receiving end does not exist": no content script in that tab.
    return undefined;
  }
}

/**
 * Asks the browser for this one site (the panel click is the user's gesture), then has the background
 * run the schema.org reader there. Nothing is asked or changed when the user says no.
 */
export async function enableGenericReader(origin: string, tabId: number): Promise<EnableGenericResult> {
  const granted = await browser.permissions.request({ origins: [`${origin}/*`] }).catch(() => false);
  if (!granted) return { ok: false, reason: 'no-permission' };
  const answer: unknown = await browser.runtime.sendMessage({ type: 'generic/enable', origin, tabId }).catch(() => undefined);
  return parseMessage(EnableGenericResultSchema, answer, 'side panel') ?? { ok: false, reason: 'failed' };
}

/** The origin of the page in the tab, when the browser lets us see it (activeTab or a host permission). */
export async function tabOrigin(tabId: number): Promise<string | null> {
  return webOrigin(await browser.tabs.get(tabId).then((tab) => tab.url, () => undefined));
}
