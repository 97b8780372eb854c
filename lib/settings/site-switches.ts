import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { SITE_IDS, type SiteId } from '../sites/site-ids';

/**
 * Which sites Composure reads. Every site with an adapter is on by default, except `generic`
 * (any page with schema.org reviews), which needs the user's permission for each site it runs on.
 */
export const DEFAULT_SITE_SWITCHES: Readonly<Record<SiteId, boolean>> = Object.freeze(
  Object.fromEntries(SITE_IDS.map((site) => [site, site !== 'generic'])) as Record<SiteId, boolean>,
);

/** Stored as a partial map so that a site added in a later release starts at its default. */
export const SiteSwitchesSchema = z.partialRecord(z.enum(SITE_IDS), z.boolean());
export type StoredSiteSwitches = z.infer<typeof SiteSwitchesSchema>;

export const siteSwitchesItem = storage.defineItem<StoredSiteSwitches>('local:siteSwitches', { fallback: {}, version: 1 });

/** Every site's switch: the stored ones over the defaults; a damaged entry keeps its default. */
export function resolveSiteSwitches(stored: unknown): Record<SiteId, boolean> {
  const record = typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  return Object.fromEntries(
    SITE_IDS.map((site) => {
      const value = Object.hasOwn(record, site) ? record[site] : undefined;
      return [site, typeof value === 'boolean' ? value : DEFAULT_SITE_SWITCHES[site]];
    }),
  ) as Record<SiteId, boolean>;
}

export async function loadSiteSwitches(): Promise<Record<SiteId, boolean>> {
  return resolveSiteSwitches(await siteSwitchesItem.getValue());
}

export async function saveSiteSwitches(switches: Record<SiteId, boolean>): Promise<void> {
  await siteSwitchesItem.setValue(SiteSwitchesSchema.parse(switches));
}
