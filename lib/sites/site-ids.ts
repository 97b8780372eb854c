/** Every site Composure has (or will have) an adapter for. Stable ids: stored in the log. */
export const SITE_IDS = [
  'tripadvisor',
  'google', // Google Maps reviews and Google Business Profile
  'yelp',
  'trustpilot',
  'booking',
  'amazon',
  'googleplay',
  'facebook',
  'instagram',
  'x',
  'youtube',
  'reddit',
  'generic', // any page with schema.org Review markup
] as const;
export type SiteId = (typeof SITE_IDS)[number];

export function isSiteId(value: unknown): value is SiteId {
  return typeof value === 'string' && (SITE_IDS as readonly string[]).includes(value);
}
