import { useEffect, useState } from 'react';
import type { Lang } from '@/lib/lang';
import { t } from '@/lib/i18n';
import { ToneSettingsSchema, toneRules, type ToneCategory, type ToneRule } from '@/lib/tone';
import { COMPENSATION_KINDS } from '@/lib/tone/data/compensation';
import { loadToneSettings, saveToneSettings } from '@/lib/settings/tone-settings';
import { fieldErrors, linesOf, textOfLines } from './form-text';
import { persist } from './persist';
import { storageProblemText } from './storage-message';
import { BUTTON_CLASS, CheckboxGroup, NoticeLine, Section, TextField, Toggle, useNotice } from './ui';

const CATEGORY_ORDER: ToneCategory[] = ['chulesco', 'impoliteness', 'defensive', 'confrontation', 'dishonest', 'platform', 'courtesy'];

function rulesByCategory(): [ToneCategory, ToneRule[]][] {
  return CATEGORY_ORDER.map((category) => [category, toneRules.filter((rule) => rule.category === category)] as [ToneCategory, ToneRule[]]).filter(([, rules]) => rules.length > 0);
}

export function ToneSection({ lang }: { lang: Lang }) {
  const [disabled, setDisabled] = useState<string[]>([]);
  const [phrases, setPhrases] = useState('');
  const [compensation, setCompensation] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [notice, setNotice] = useNotice();

  useEffect(() => {
    loadToneSettings().then(
      (settings) => {
        setDisabled(settings.disabledRules);
        setPhrases(textOfLines(settings.allowedPhrases));
        setCompensation(settings.allowedCompensation);
      },
      (error: unknown) => setNotice({ kind: 'error', text: t(lang, 'options.loadFailed', { problem: storageProblemText(lang, error) }) }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function save() {
    const parsed = ToneSettingsSchema.safeParse({ disabledRules: disabled, allowedPhrases: linesOf(phrases), allowedCompensation: compensation });
    if (!parsed.success) {
      setErrors(fieldErrors(lang, parsed.error.issues));
      setNotice({ kind: 'error', text: t(lang, 'options.notSaved') });
      return;
    }
    setErrors({});
    await persist(lang, setNotice, () => saveToneSettings(parsed.data));
  }

  const on = toneRules.filter((rule) => !disabled.includes(rule.id)).length;

  return (
    <Section id="tone" title={t(lang, 'options.tone.title')} intro={t(lang, 'options.tone.intro')}>
      <form
        className="space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <p className="text-sm font-medium" data-testid="tone-summary">
          {t(lang, 'options.tone.summary', { on, total: toneRules.length })}
        </p>
        {rulesByCategory().map(([category, rules]) => (
          <fieldset key={category} className="space-y-2">
            <legend className="text-sm font-semibold">{t(lang, `options.tone.category.${category}`)}</legend>
            {rules.map((rule) => (
              <Toggle
                key={rule.id}
                id={`tone-rule-${rule.id}`}
                asSwitch
                checked={!disabled.includes(rule.id)}
                onChange={(checked) => setDisabled((current) => (checked ? current.filter((id) => id !== rule.id) : [...current, rule.id]))}
                label={lang === 'en' ? rule.description : rule.messages[lang]}
                description={
                  <>
                    {lang === 'en' && <span>{rule.messages.en} </span>}
                    <span className="whitespace-nowrap">
                      ({t(lang, `options.tone.severity.${rule.severity}`)} · <code>{rule.id}</code>)
                    </span>
                  </>
                }
              />
            ))}
          </fieldset>
        ))}
        <TextField id="tone-phrases" label={t(lang, 'options.tone.allowedPhrases')} hint={t(lang, 'options.tone.allowedPhrasesHint')} value={phrases} onChange={setPhrases} errors={errors.allowedPhrases} multiline rows={3} />
        <div>
          <CheckboxGroup
            id="tone-compensation"
            legend={t(lang, 'options.tone.compensation')}
            options={COMPENSATION_KINDS}
            selected={compensation.filter((kind): kind is (typeof COMPENSATION_KINDS)[number] => (COMPENSATION_KINDS as readonly string[]).includes(kind))}
            onChange={(kinds) => setCompensation((current) => [...current.filter((kind) => !(COMPENSATION_KINDS as readonly string[]).includes(kind)), ...kinds])}
            labelOf={(kind) => t(lang, `options.tone.comp.${kind}`)}
            errors={errors.allowedCompensation}
          />
          <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{t(lang, 'options.tone.compensationHint')}</p>
        </div>
        <button type="submit" className={BUTTON_CLASS}>
          {t(lang, 'options.tone.save')}
        </button>
        <NoticeLine notice={notice} />
      </form>
    </Section>
  );
}
