import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import type { Lang } from '../lang';
import { uiLangFor } from '../i18n/locale';

/** The UI language: follow the browser ('auto') or one of ours, whatever the browser says. */
export const UI_LANGUAGE_CHOICES = ['auto', 'en', 'es', 'id'] as const;
export const UiLanguageSchema = z.enum(UI_LANGUAGE_CHOICES);
export type UiLanguage = z.infer<typeof UiLanguageSchema>;

export const uiLanguageItem = storage.defineItem<UiLanguage>('local:uiLanguage', { fallback: 'auto', version: 1 });

/** The stored choice, or 'auto' when the stored value is damaged. */
export async function loadUiLanguage(): Promise<UiLanguage> {
  const parsed = UiLanguageSchema.safeParse(await uiLanguageItem.getValue());
  return parsed.success ? parsed.data : 'auto';
}

/** The language to show: the user's choice, else the browser's language when we have it, else English. */
export function resolveUiLang(choice: UiLanguage, browserLocale: string | undefined): Lang {
  return choice === 'auto' ? uiLangFor(browserLocale) : choice;
}
