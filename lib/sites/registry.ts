import type { SiteAdapter } from './adapter';
import { amazon } from './amazon';
import { booking } from './booking';
import { generic } from './generic';
import { facebook } from './facebook';
import { google } from './google';
import { googleplay } from './googleplay';
import { instagram } from './instagram';
import { reddit } from './reddit';
import { tripadvisor } from './tripadvisor';
import { trustpilot } from './trustpilot';
import { x } from './x';
import { yelp } from './yelp';
import { youtube } from './youtube';

/** Every site adapter, registered once. The manifest's host permissions come from this list. */
export const SITE_ADAPTERS: SiteAdapter[] = [amazon, booking, facebook, google, googleplay, instagram, reddit, tripadvisor, trustpilot, x, yelp, youtube, generic];

/** The adapter for a page URL, if any handles it. */
export function adapterForUrl(url: URL): SiteAdapter | undefined {
  return SITE_ADAPTERS.find((adapter) => adapter.matchesUrl(url));
}

/** Host permissions: exactly the match patterns of the adapters. */
export function hostPermissions(): string[] {
  return [...new Set(SITE_ADAPTERS.flatMap((adapter) => adapter.matches))].sort();
}
