import type { SiteAdapter } from './adapter';
import { tripadvisor } from './tripadvisor';

/** Every site adapter, registered once. The manifest's host permissions come from this list. */
export const SITE_ADAPTERS: SiteAdapter[] = [tripadvisor];

/** The adapter for a page URL, if any handles it. */
export function adapterForUrl(url: URL): SiteAdapter | undefined {
  return SITE_ADAPTERS.find((adapter) => adapter.matchesUrl(url));
}

/** Host permissions: exactly the match patterns of the adapters. */
export function hostPermissions(): string[] {
  return [...new Set(SITE_ADAPTERS.flatMap((adapter) => adapter.matches))].sort();
}
