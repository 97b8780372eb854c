import { useEffect, useState } from 'react';
import { BrandSection } from '@/components/options/BrandSection';
import { DataSection } from '@/components/options/DataSection';
import { LanguageSection } from '@/components/options/LanguageSection';
import { RadarSection } from '@/components/options/RadarSection';
import { SitesSection } from '@/components/options/SitesSection';
import { TeamSection } from '@/components/options/TeamSection';
import { TemplatesSection } from '@/components/options/TemplatesSection';
import { ToneSection } from '@/components/options/ToneSection';
import { persist } from '@/components/options/persist';
import { NoticeLine, useNotice } from '@/components/options/ui';
import { t, type MessageKey } from '@/lib/i18n';
import { loadUiLanguage, resolveUiLang, uiLanguageItem, type UiLanguage } from '@/lib/settings/ui-language';

const SECTIONS: [id: string, title: MessageKey][] = [
  ['brand', 'options.brand.title'],
  ['team', 'options.team.title'],
  ['templates', 'options.templates.title'],
  ['tone', 'options.tone.title'],
  ['radar', 'options.radar.title'],
  ['sites', 'options.sites.title'],
  ['languages', 'options.lang.title'],
  ['data', 'options.data.title'],
];

export function OptionsApp() {
  const [choice, setChoice] = useState<UiLanguage | null>(null);
  // Bumped after "Delete all data" so every section reloads its (now default) values.
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useNotice();
  const lang = resolveUiLang(choice ?? 'auto', navigator.language);

  useEffect(() => {
    loadUiLanguage().then(setChoice, () => setChoice('auto'));
  }, [generation]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(lang, 'options.title');
  }, [lang]);

  async function choose(next: UiLanguage) {
    const previous = choice;
    setChoice(next);
    const nextLang = resolveUiLang(next, navigator.language);
    const saved = await persist(nextLang, setNotice, () => uiLanguageItem.setValue(next));
    if (!saved) setChoice(previous);
  }

  return (
    <div className="min-h-screen min-w-[300px] bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <div className="mx-auto max-w-4xl space-y-4 p-3 sm:p-6">
        <header className="space-y-2">
          <h1 className="text-xl font-bold">{t(lang, 'options.title')}</h1>
          <nav aria-label={t(lang, 'options.nav')}>
            <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
              {SECTIONS.map(([id, title]) => (
                <li key={id}>
                  <a href={`#${id}`} className="text-sky-800 underline hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-100">
                    {t(lang, title)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <NoticeLine notice={notice} />
        </header>
        {choice === null ? (
          <p>{t(lang, 'options.loading')}</p>
        ) : (
          <main key={generation} className="space-y-4">
            <BrandSection lang={lang} />
            <TeamSection lang={lang} />
            <TemplatesSection lang={lang} />
            <ToneSection lang={lang} />
            <RadarSection lang={lang} />
            <SitesSection lang={lang} />
            <LanguageSection lang={lang} choice={choice} onChoose={(next) => void choose(next)} />
            <DataSection
              lang={lang}
              onDeleted={() => {
                setNotice({ kind: 'ok', text: t(lang, 'options.data.deleted') });
                setChoice(null);
                setGeneration((current) => current + 1);
              }}
            />
          </main>
        )}
      </div>
    </div>
  );
}
