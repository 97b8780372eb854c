/**
 * Serves committed fixtures at the real sites' URLs inside a browser context, and refuses every
 * other request, recording it: the extension must make no network request of its own.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';

export interface FixtureRoute {
  /** The real page URL, e.g. https://www.tripadvisor.com/Hotel_Review-… */
  url: string;
  /** Path of the HTML served for it. */
  file: string;
}

export interface NetworkLog {
  /** Every request the browser tried that was not one of the routed fixtures. */
  unexpected: string[];
}

export async function serveFixtures(context: BrowserContext, routes: FixtureRoute[]): Promise<NetworkLog> {
  const log: NetworkLog = { unexpected: [] };
  // Browsers never send the #fragment, so a page is served by its URL without it.
  const served = new Map(routes.map((route) => [withoutFragment(route.url), route.file]));
  // Registered first, so it runs last: anything no fixture claims is recorded and refused.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    // The extension's own files are local, not network.
    if (url.startsWith('chrome-extension://')) return route.continue();
    log.unexpected.push(url);
    return route.abort('blockedbyclient');
  });
  for (const [url, file] of served) {
    await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(file) }));
  }
  context.on('request', (request) => {
    const url = request.url();
    if (!served.has(url) && !/^(chrome-extension|data|blob):/.test(url) && !log.unexpected.includes(url)) log.unexpected.push(url);
  });
  return log;
}

function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}
