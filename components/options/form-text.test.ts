import { describe, expect, it } from 'vitest';
import { BrandProfileSchema } from '@/lib/settings/brand-profile';
import { RadarSettingsSchema } from '@/lib/settings/radar-settings';
import { fieldErrors, linesOf, numberOf, tagsOf } from './form-text';

describe('options form text', () => {
  it('reads one entry per line, ignoring blank lines and stray spaces', () => {
    expect(linesOf('  Ana \n\n Budi\r\n')).toEqual(['Ana', 'Budi']);
    expect(tagsOf(' calm, short ,calm,, ')).toEqual(['calm', 'short']);
  });

  it('names the field and the line that is wrong, in the UI language', () => {
    const result = BrandProfileSchema.safeParse({ name: 'x'.repeat(121), allowedActions: ['Refund', 'y'.repeat(201)] });
    expect(result.success).toBe(false);
    const errors = fieldErrors('en', result.error!.issues);
    expect(errors.name).toEqual(['Too long: at most 120 characters.']);
    expect(errors.allowedActions).toEqual(['Line 2: Too long: at most 200 characters.']);
    expect(fieldErrors('es', result.error!.issues).name).toEqual(['Demasiado largo: como máximo 120 caracteres.']);
  });

  it('reports a number field left empty or typed in words instead of turning it into 0', () => {
    expect(numberOf('')).toBe('');
    expect(numberOf('2,5')).toBe(2.5);
    const result = RadarSettingsSchema.safeParse({ windowHours: numberOf('abc'), baselineDays: numberOf('0'), spikeRatio: numberOf('1.5'), minNegatives: 3 });
    const errors = fieldErrors('en', result.error!.issues);
    expect(errors.windowHours).toEqual(['Enter a number.']);
    expect(errors.baselineDays).toEqual(['Must be at least 1.']);
    expect(errors.spikeRatio).toBeUndefined();
  });
});
