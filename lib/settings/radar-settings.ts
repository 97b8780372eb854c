import { z } from 'zod';
import { storage } from 'wxt/utils/storage';

/**
 * When the crisis radar raises an alert: negative comments on one topic within the window, compared
 * with the same window's average over the baseline days before it.
 */
export const RadarSettingsSchema = z.object({
  enabled: z.boolean().default(true),
  /** The rolling window, in hours. */
  windowHours: z.number().int().min(1).max(168).default(24),
  /** How many earlier days make the baseline. */
  baselineDays: z.number().int().min(1).max(60).default(7),
  /** At least this many negatives on the topic in the window (one bad comment is not a crisis). */
  minNegatives: z.number().int().min(2).max(1000).default(3),
  /** And at least this many times the baseline's rate. */
  spikeRatio: z.number().min(1).max(100).default(3),
  /** After an alert on a topic, stay quiet about it this many hours. */
  cooldownHours: z.number().int().min(0).max(168).default(12),
});
export type RadarSettings = z.infer<typeof RadarSettingsSchema>;
export const DEFAULT_RADAR_SETTINGS: RadarSettings = RadarSettingsSchema.parse({});

export const radarSettingsItem = storage.defineItem<RadarSettings>('local:radarSettings', { fallback: DEFAULT_RADAR_SETTINGS, version: 1 });

export async function loadRadarSettings(): Promise<RadarSettings> {
  const parsed = RadarSettingsSchema.safeParse(await radarSettingsItem.getValue());
  return parsed.success ? parsed.data : DEFAULT_RADAR_SETTINGS;
}
