import { browser } from 'wxt/browser';
import { uiLangFor } from '../i18n/locale';
import { isLang, type Lang } from '../lang';
import type { SiteId } from '../sites/site-ids';

/** What a content script needs from the options: is its site switched on, and which UI language. */
export interface PagePreferences {
  enabled: boolean;
  uiLang: Lang;
}

/** Storage keys of lib/settings/site-switches.ts and ui-language.ts (WXT stores `local:x` as `x`). */
const SWITCHES_KEY = 'siteSwitches';
const LANGUAGE_KEY = 'uiLanguage';

/**
 * Read straight from storage, without the settings modules and their schemas, to keep every page's
 * script small. Anything but an explicit `false` leaves the site on; an unknown language follows the browser.
 */
export async function loadPagePreferences(site: SiteId): Promise<PagePreferences> {
  const stored = await browser.storage.local.get([SWITCHES_KEY, LANGUAGE_KEY]).catch(() => ({}) as Record<string, unknown>);
  return preferencesFrom(stored, site, navigator.language);
}

export function preferencesFrom(stored: Record<string, unknown>, site: SiteId, browserLocale: string): PagePreferences {
  const switches = stored[SWITCHES_KEY];
  const enabled = !(typeof switches === 'object' && switches !== null && (switches as Record<string, unknown>)[site] === false);
  const language = stored[LANGUAGE_KEY];
  return { enabled, uiLang: isLang(language) ? language : uiLangFor(browserLocale) };
}

/** Whether a storage change touches the site switches. */
export function switchesChanged(changes: Record<string, unknown>): boolean {
  return SWITCHES_KEY in changes;
}
