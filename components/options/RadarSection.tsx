import { useEffect, useState } from 'react';
import type { Lang } from '@/lib/lang';
import { t } from '@/lib/i18n';
import { DEFAULT_RADAR_SETTINGS, RadarSettingsSchema, loadRadarSettings, radarSettingsItem, type RadarSettings } from '@/lib/settings/radar-settings';
import { fieldErrors, numberOf } from './form-text';
import { persist } from './persist';
import { storageProblemText } from './storage-message';
import { BUTTON_CLASS, NoticeLine, Section, TextField, Toggle, useNotice } from './ui';

type NumberField = Exclude<keyof RadarSettings, 'enabled'>;
const NUMBER_FIELDS: NumberField[] = ['windowHours', 'baselineDays', 'minNegatives', 'spikeRatio', 'cooldownHours'];

function textForm(settings: RadarSettings): Record<NumberField, string> {
  return Object.fromEntries(NUMBER_FIELDS.map((field) => [field, String(settings[field])])) as Record<NumberField, string>;
}

export function RadarSection({ lang }: { lang: Lang }) {
  const [enabled, setEnabled] = useState(DEFAULT_RADAR_SETTINGS.enabled);
  const [numbers, setNumbers] = useState(textForm(DEFAULT_RADAR_SETTINGS));
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [notice, setNotice] = useNotice();

  useEffect(() => {
    loadRadarSettings().then(
      (settings) => {
        setEnabled(settings.enabled);
        setNumbers(textForm(settings));
      },
      (error: unknown) => setNotice({ kind: 'error', text: t(lang, 'options.loadFailed', { problem: storageProblemText(lang, error) }) }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function save() {
    const candidate = { enabled, ...Object.fromEntries(NUMBER_FIELDS.map((field) => [field, numberOf(numbers[field])])) };
    const parsed = RadarSettingsSchema.safeParse(candidate);
    if (!parsed.success) {
      setErrors(fieldErrors(lang, parsed.error.issues));
      setNotice({ kind: 'error', text: t(lang, 'options.notSaved') });
      return;
    }
    setErrors({});
    await persist(lang, setNotice, () => radarSettingsItem.setValue(parsed.data));
  }

  return (
    <Section id="radar" title={t(lang, 'options.radar.title')} intro={t(lang, 'options.radar.intro')}>
      <form
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Toggle id="radar-enabled" asSwitch label={t(lang, 'options.radar.enabled')} checked={enabled} onChange={setEnabled} />
        <div className="grid gap-3 sm:grid-cols-2">
          {NUMBER_FIELDS.map((field) => (
            <TextField
              key={field}
              id={`radar-${field}`}
              label={t(lang, `options.radar.${field}`)}
              hint={t(lang, `options.radar.${field}Hint`)}
              inputMode={field === 'spikeRatio' ? 'decimal' : 'numeric'}
              value={numbers[field]}
              onChange={(value) => setNumbers((current) => ({ ...current, [field]: value }))}
              errors={errors[field]}
            />
          ))}
        </div>
        <button type="submit" className={BUTTON_CLASS}>
          {t(lang, 'options.radar.save')}
        </button>
        <NoticeLine notice={notice} />
      </form>
    </Section>
  );
}
