/**
 * `npm run demo`: Chromium with the built extension on the bundled demo review pages, served from a
 * localhost server at the sites' real URLs. With a display it opens a window to try things by hand;
 * without one (a server, CI) it runs the walkthrough headless and writes screenshots and the
 * exported log to demo-output/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension, tabIdOf } from './browser';
import { DEMO_PAGES } from './demo-pages';

const OUTPUT_DIR = resolve('demo-output');

/** Serves each demo page at /<index>; only on the loopback interface. */
async function startPageServer(): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const page = DEMO_PAGES[Number(request.url?.slice(1))];
    if (!page) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(page.file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The demo server has no port');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}

/** The real site URLs answer from the local server; nothing else leaves the browser. */
async function routeDemoPages(context: BrowserContext, origin: string): Promise<void> {
  await context.route('**/*', (route) => (route.request().url().startsWith('chrome-extension://') ? route.continue() : route.abort('blockedbyclient')));
  for (const [index, page] of DEMO_PAGES.entries()) {
    await context.route(page.url, async (route) => route.fulfill({ response: await route.fetch({ url: `${origin}/${index}` }) }));
  }
}

async function openPanel(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
  return panel;
}

async function interactive(): Promise<void> {
  const { server, origin } = await startPageServer();
  const session = await launchWithExtension({ headless: false, viewport: null });
  await routeDemoPages(session.context, origin);
  const first = await session.context.newPage();
  await first.goto(DEMO_PAGES[0]!.url);
  for (const page of DEMO_PAGES.slice(1)) await (await session.context.newPage()).goto(page.url);
  await first.bringToFront();
  await openPanel(session.context, session.extensionId, await tabIdOf(session.serviceWorker, DEMO_PAGES[0]!.url));
  console.log('Composure demo is open. The "sidepanel" tab is the side panel bound to the hotel page;');
  console.log('the toolbar icon opens the real side panel on any demo tab. Close the browser to finish.');
  await new Promise<void>((done) => session.context.on('close', () => done()));
  server.close();
}

async function headless(): Promise<void> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const { server, origin } = await startPageServer();
  const session = await launchWithExtension({ headless: true });
  try {
    await routeDemoPages(session.context, origin);
    const demo = DEMO_PAGES[0]!;
    const page = await session.context.newPage();
    await page.goto(demo.url);
    await page.locator('composure-marker').first().waitFor();
    const panel = await openPanel(session.context, session.extensionId, await tabIdOf(session.serviceWorker, demo.url));
    await panel.locator('[data-comment-key]').first().waitFor();
    await panel.screenshot({ path: resolve(OUTPUT_DIR, '1-side-panel-queue.png') });

    await panel.locator('[data-comment-key]').first().click();
    await panel.getByLabel('Your reply').fill(
      'Thank you for telling us, and we are sorry the room was not clean when you arrived. We have shared this with our housekeeping lead, and we would like to hear more: please write to us at the front desk.',
    );
    await panel.getByRole('button', { name: 'Insert into page' }).click();
    await panel.getByRole('status').waitFor();
    await panel.getByLabel('Handled by').fill('Demo user');
    await panel.getByRole('button', { name: 'Mark handled' }).click();
    await panel.getByText('Saved to the log.').waitFor();
    await panel.screenshot({ path: resolve(OUTPUT_DIR, '2-side-panel-handled.png') });
    await page.screenshot({ path: resolve(OUTPUT_DIR, '3-review-page-with-markers.png'), fullPage: true });

    for (const [kind, name] of [['csv', 'Export CSV'], ['json', 'Export JSON']] as const) {
      const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name }).click()]);
      writeFileSync(resolve(OUTPUT_DIR, `exported-log.${kind}`), readFileSync((await download.path())!));
    }
    console.log(`Demo walkthrough done (headless: no display found). Screenshots and the exported log are in ${OUTPUT_DIR}:`);
    for (const file of ['1-side-panel-queue.png', '2-side-panel-handled.png', '3-review-page-with-markers.png', 'exported-log.csv', 'exported-log.json']) {
      console.log(`  ${resolve(OUTPUT_DIR, file)}`);
    }
  } finally {
    await session.context.close();
    server.close();
  }
}

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;
await (hasDisplay && !process.argv.includes('--headless') ? interactive() : headless());
