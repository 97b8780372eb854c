import type { Lang } from '@/lib/lang';
import { t } from '@/lib/i18n';
import { UI_LANGUAGE_CHOICES, resolveUiLang, type UiLanguage } from '@/lib/settings/ui-language';
import { INPUT_CLASS, Section } from './ui';

/** The page follows the choice at once, so it is saved on change rather than with a button. */
export function LanguageSection({ lang, choice, onChoose }: { lang: Lang; choice: UiLanguage; onChoose(choice: UiLanguage): void }) {
  const browserLang = resolveUiLang('auto', navigator.language);
  return (
    <Section id="languages" title={t(lang, 'options.lang.title')}>
      <div className="space-y-1">
        <label htmlFor="ui-language" className="block text-sm font-medium">
          {t(lang, 'options.lang.ui')}
        </label>
        <select
          id="ui-language"
          className={`${INPUT_CLASS} sm:w-auto`}
          value={choice}
          aria-describedby="ui-language-note"
          onChange={(event) => onChoose(event.target.value as UiLanguage)}
        >
          {UI_LANGUAGE_CHOICES.map((option) => (
            <option key={option} value={option} lang={option === 'auto' ? undefined : option}>
              {option === 'auto' ? t(lang, 'options.lang.auto', { lang: t(lang, `options.lang.${browserLang}`) }) : t(lang, `options.lang.${option}`)}
            </option>
          ))}
        </select>
        <p id="ui-language-note" className="text-xs text-slate-600 dark:text-slate-400">
          {t(lang, 'options.lang.note')}
        </p>
      </div>
    </Section>
  );
}
