import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { launchWithExtension, tabIdOf } from '../../scripts/browser';
import { serveFixtures, type FixtureRoute, type NetworkLog } from '../../scripts/site-routes';

interface ExtensionFixtures {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Routes real site URLs to committed fixtures and records any other request. */
  route(routes: FixtureRoute[]): Promise<NetworkLog>;
  /** Opens the side panel as a tab bound to the tab showing pageUrl. */
  openPanel(pageUrl: string): Promise<Page>;
}

export const test = base.extend<ExtensionFixtures & { session: Awaited<ReturnType<typeof launchWithExtension>> }>({
  session: async ({}, use) => {
    const session = await launchWithExtension({ headless: true });
    await use(session);
    await session.context.close();
  },
  context: async ({ session }, use) => use(session.context),
  extensionId: async ({ session }, use) => use(session.extensionId),
  serviceWorker: async ({ session }, use) => use(session.serviceWorker),
  route: async ({ context }, use) => use((routes) => serveFixtures(context, routes)),
  openPanel: async ({ context, extensionId, serviceWorker }, use) => {
    await use(async (pageUrl) => {
      const tabId = await tabIdOf(serviceWorker, pageUrl);
      const panel = await context.newPage();
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
      return panel;
    });
  },
});

export { expect };
