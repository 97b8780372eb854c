import type { Sighting } from '../db/log-entry';
import { isSiteId } from '../sites/site-ids';

/** A first sighting as the background stores it, for tests of whole-database operations. */
export function sighting(key: string, firstSeenAt: number): Sighting {
  const site = key.split(':')[0];
  return { key, site: isSiteId(site) ? site : 'generic', pageUrl: 'https://www.tripadvisor.com/Hotel_Review-g1-d2-Reviews-X.html', firstSeenAt, label: 'negative', topics: ['room'], lang: 'en' };
}
