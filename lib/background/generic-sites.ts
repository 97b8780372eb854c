import { browser } from 'wxt/browser';
import type { EnableGenericResult } from '../messaging/messages';
import { genericSitesItem } from '../settings/generic-sites';
import { siteSwitchesItem } from '../settings/site-switches';
import { hasDedicatedAdapter, originPattern } from '../sites/origins';

const SCRIPT_ID = 'composure-generic';
const SCRIPT_FILE = '/content-scripts/generic.js';


/** Firefox MV2's dynamic content scripts (Chrome uses chrome.scripting instead). */
interface FirefoxContentScripts {
  register(options: { matches: string[]; js: { file: string }[]; runAt: string }): Promise<{ unregister(): Promise<void> }>;
}
let firefoxRegistration: { unregister(): Promise<void> } | undefined;

/**
 * Turns the schema.org review reader on for one site, after the user granted that origin in the
 * side panel: remembered, registered for every future visit, and run on the open tab right away.
 */
export async function enableGenericSite(origin: string, tabId: number | null): Promise<EnableGenericResult> {
  if (hasDedicatedAdapter(origin)) return { ok: false, reason: 'dedicated' };
  if (!(await browser.permissions.contains({ origins: [originPattern(origin)] }))) return { ok: false, reason: 'no-permission' };
  try {
    const sites = [...new Set([...(await genericSitesItem.getValue()), origin])].sort();
    await genericSitesItem.setValue(sites);
    // Turning it on for a site means the reader as a whole is on (it may have been off in the options).
    await siteSwitchesItem.setValue({ ...(await siteSwitchesItem.getValue()), generic: true });
    await registerGenericSites(sites);
    if (tabId !== null) await runInTab(tabId);
    return { ok: true };
  } catch (error) {
    console.warn('[Composure] could not enable the review reader', error);
    return { ok: false, reason: 'failed' };
  }
}

/** Registers the reader on every enabled site that still has its permission (the user may revoke it). */
export async function registerGenericSites(sites?: string[]): Promise<void> {
  const wanted = sites ?? (await genericSitesItem.getValue());
  const granted: string[] = [];
  for (const origin of wanted) {
    if (await browser.permissions.contains({ origins: [originPattern(origin)] })) granted.push(originPattern(origin));
  }
  if (browser.scripting?.registerContentScripts) {
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    if (granted.length > 0) {
      await browser.scripting.registerContentScripts([{ id: SCRIPT_ID, js: [SCRIPT_FILE], matches: granted, runAt: 'document_idle', persistAcrossSessions: true }]);
    }
    return;
  }
  const contentScripts = (browser as unknown as { contentScripts?: FirefoxContentScripts }).contentScripts;
  await firefoxRegistration?.unregister();
  firefoxRegistration = granted.length > 0 ? await contentScripts?.register({ matches: granted, js: [{ file: SCRIPT_FILE }], runAt: 'document_idle' }) : undefined;
}

async function runInTab(tabId: number): Promise<void> {
  if (browser.scripting?.executeScript) await browser.scripting.executeScript({ target: { tabId }, files: [SCRIPT_FILE] });
  else await (browser as unknown as { tabs: { executeScript(tabId: number, details: { file: string }): Promise<unknown> } }).tabs.executeScript(tabId, { file: SCRIPT_FILE });
}
