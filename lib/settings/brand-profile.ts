import { z } from 'zod';
import { storage } from 'wxt/utils/storage';

/**
 * Who answers, and what the business allows promising. Templates fill their variables from it and
 * never invent what is missing: an empty field shows as a visible gap in the draft.
 */
export const BrandProfileSchema = z.object({
  name: z.string().trim().max(120).default(''),
  signature: z.string().trim().max(120).default(''),
  role: z.string().trim().max(120).default(''),
  /** How a customer reaches the team privately, e.g. "our front desk" or "the Help page". */
  contactChannel: z.string().trim().max(200).default(''),
  /** Concrete things the business allows the team to offer or promise, one per entry. */
  allowedActions: z.array(z.string().trim().min(1).max(200)).max(30).default([]),
  /** Team members who answer; the current handler is chosen from them. */
  team: z.array(z.string().trim().min(1).max(80)).max(50).default([]),
});
export type BrandProfile = z.infer<typeof BrandProfileSchema>;
export const DEFAULT_BRAND_PROFILE: BrandProfile = BrandProfileSchema.parse({});

export const brandProfileItem = storage.defineItem<BrandProfile>('local:brandProfile', { fallback: DEFAULT_BRAND_PROFILE, version: 1 });

/** The stored profile, or the defaults when the stored value is damaged. */
export async function loadBrandProfile(): Promise<BrandProfile> {
  const parsed = BrandProfileSchema.safeParse(await brandProfileItem.getValue());
  return parsed.success ? parsed.data : DEFAULT_BRAND_PROFILE;
}
