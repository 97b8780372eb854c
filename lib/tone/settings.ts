/** User settings of the tone checker: rules switched off, phrases allowed, compensation allowed. */
import { z } from 'zod';
import type { ToneSettings } from './types';

export const ToneSettingsSchema = z.object({
  disabledRules: z.array(z.string()).default([]),
  allowedPhrases: z.array(z.string()).default([]),
  /** Compensation kinds the business allows promising (see COMPENSATION_KINDS). */
  allowedCompensation: z.array(z.string()).default([]),
});

export const DEFAULT_TONE_SETTINGS: ToneSettings = ToneSettingsSchema.parse({});
