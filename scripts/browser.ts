/**
 * Starts Chromium with the built extension loaded: used by the end-to-end tests, the demo and the
 * benchmarks alike, so that all three run the extension the same way.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';

export const EXTENSION_DIR = resolve(process.env.COMPOSURE_OUT_DIR ?? 'dist', 'chrome-mv3');

/** CHROMIUM_PATH, else Debian's chromium, else Playwright's own browser where it could download one. */
export function chromiumExecutable(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => Boolean(path) && existsSync(path!));
}

/** Flags that keep Chromium from reaching out on its own: our network checks must see only the extension. */
const QUIET_FLAGS = [
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-gpu',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
}

export async function launchWithExtension(options: { headless: boolean; userDataDir?: string; viewport?: { width: number; height: number } | null }): Promise<ExtensionSession> {
  if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run "npm run build" first.`);
  }
  const context = await chromium.launchPersistentContext(options.userDataDir ?? '', {
    executablePath: chromiumExecutable(),
    headless: options.headless,
    viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...QUIET_FLAGS,
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return { context, extensionId, serviceWorker };
}

/** The id of the tab showing a URL, as the extension sees it (for sidepanel.html?tabId=). */
export async function tabIdOf(serviceWorker: Worker, url: string): Promise<number> {
  const id = await serviceWorker.evaluate(async (wanted) => {
    // Runs inside the extension's service worker, where `chrome` is the extension API.
    const { chrome } = globalThis as unknown as { chrome: { tabs: { query(filter: object): Promise<{ id?: number; url?: string }[]> } } };
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === wanted)?.id;
  }, url);
  if (id === undefined) throw new Error(`No tab shows ${url}`);
  return id;
}
