/** What each site allows in a business reply (from ../shared/docs/platform-reply-rules.md). */
import type { SiteId } from '../../sites/site-ids';
import type { Severity } from '../types';

export interface PlatformPolicy {
  name: string;
  /** Severity of a link in a reply, or null when links are fine there. */
  links: Severity | null;
  /** Severity of an email address or phone number, or null when the business's contact is fine there. */
  contactDetails: Severity | null;
  /** Severity of politics or religion, or null when the platform has no such rule. */
  politicsReligion: Severity | null;
  listsForbidden: boolean;
  /** Reply length limit in UTF-8 bytes. */
  maxBytes: number | null;
  /** One reply per review: a second one replaces or is refused. */
  oneReply: boolean;
}

const SOCIAL: Omit<PlatformPolicy, 'name'> = {
  links: null,
  contactDetails: null,
  politicsReligion: null,
  listsForbidden: false,
  maxBytes: null,
  oneReply: false,
};

export const PLATFORM_POLICIES: Record<SiteId, PlatformPolicy> = {
  tripadvisor: { name: 'Tripadvisor', links: 'error', contactDetails: 'error', politicsReligion: 'error', listsForbidden: true, maxBytes: null, oneReply: true },
  google: { name: 'Google', links: 'warning', contactDetails: null, politicsReligion: null, listsForbidden: false, maxBytes: 4096, oneReply: true },
  yelp: { name: 'Yelp', links: 'warning', contactDetails: null, politicsReligion: null, listsForbidden: false, maxBytes: null, oneReply: true },
  trustpilot: { name: 'Trustpilot', links: 'warning', contactDetails: null, politicsReligion: null, listsForbidden: false, maxBytes: null, oneReply: true },
  booking: { name: 'Booking.com', links: 'error', contactDetails: 'error', politicsReligion: 'error', listsForbidden: false, maxBytes: null, oneReply: true },
  amazon: { name: 'Amazon', links: 'warning', contactDetails: 'warning', politicsReligion: null, listsForbidden: false, maxBytes: null, oneReply: false },
  googleplay: { name: 'Google Play', links: 'warning', contactDetails: null, politicsReligion: null, listsForbidden: false, maxBytes: null, oneReply: true },
  facebook: { name: 'Facebook', ...SOCIAL },
  instagram: { name: 'Instagram', ...SOCIAL },
  x: { name: 'X', ...SOCIAL },
  youtube: { name: 'YouTube', ...SOCIAL },
  reddit: { name: 'Reddit', ...SOCIAL },
  generic: { name: 'this site', ...SOCIAL, links: 'warning' },
};
