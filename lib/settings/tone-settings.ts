import { storage } from 'wxt/utils/storage';
import { DEFAULT_TONE_SETTINGS, ToneSettingsSchema } from '../tone/settings';
import type { ToneSettings } from '../tone';

/**
 * The user's tone-checker switches (rules turned off, allowed phrases, compensation the business
 * allows promising), in extension storage. Read through the schema: a damaged value falls back to
 * the defaults instead of breaking every check.
 */
export const toneSettingsItem = storage.defineItem<ToneSettings>('local:toneSettings', { fallback: DEFAULT_TONE_SETTINGS, version: 1 });

export async function loadToneSettings(): Promise<ToneSettings> {
  const parsed = ToneSettingsSchema.safeParse(await toneSettingsItem.getValue());
  return parsed.success ? parsed.data : DEFAULT_TONE_SETTINGS;
}

export async function saveToneSettings(settings: ToneSettings): Promise<void> {
  await toneSettingsItem.setValue(ToneSettingsSchema.parse(settings));
}
