/**
 * How long an owner reply may be on each site. Google's 4,096 UTF-8 bytes is from its help pages (see
 * docs/platform-reply-rules.md). X (280), Google Play (350), Instagram (2,200), Facebook (8,000), YouTube
 * and Reddit (10,000) are those sites' commonly documented comment limits. For Tripadvisor, Yelp,
 * Trustpilot, Booking.com, Amazon and generic pages no limit was verified, so a conservative cap is
 * assumed (our assumption, not a published figure).
 */
import type { SiteId } from '../sites/site-ids';

export type LengthLimit = { unit: 'utf8_bytes' | 'chars'; max: number };

export const REPLY_LENGTH_LIMITS: Record<SiteId, LengthLimit> = {
  google: { unit: 'utf8_bytes', max: 4096 },
  tripadvisor: { unit: 'chars', max: 5000 },
  yelp: { unit: 'chars', max: 5000 },
  trustpilot: { unit: 'chars', max: 2000 },
  booking: { unit: 'chars', max: 2000 },
  amazon: { unit: 'chars', max: 2000 },
  googleplay: { unit: 'chars', max: 350 },
  facebook: { unit: 'chars', max: 8000 },
  instagram: { unit: 'chars', max: 2200 },
  x: { unit: 'chars', max: 280 },
  youtube: { unit: 'chars', max: 10_000 },
  reddit: { unit: 'chars', max: 10_000 },
  generic: { unit: 'chars', max: 4096 },
};

const encoder = new TextEncoder();

export function replyLength(text: string, unit: LengthLimit['unit']): number {
  // Characters are counted as code points, the way sites count them, not UTF-16 units.
  return unit === 'utf8_bytes' ? encoder.encode(text).length : [...text].length;
}

export function fitsSite(text: string, site: SiteId): boolean {
  const limit = REPLY_LENGTH_LIMITS[site];
  return replyLength(text, limit.unit) <= limit.max;
}
