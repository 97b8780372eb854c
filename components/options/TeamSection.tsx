import { useEffect, useState } from 'react';
import type { Lang } from '@/lib/lang';
import { t } from '@/lib/i18n';
import { BrandProfileSchema, brandProfileItem, loadBrandProfile } from '@/lib/settings/brand-profile';
import { handlerNameItem } from '@/lib/settings/panel-state';
import { fieldErrors, linesOf, textOfLines } from './form-text';
import { persist } from './persist';
import { storageProblemText } from './storage-message';
import { BUTTON_CLASS, INPUT_CLASS, NoticeLine, Section, TextField, useNotice } from './ui';

export function TeamSection({ lang }: { lang: Lang }) {
  const [team, setTeam] = useState('');
  const [handler, setHandler] = useState('');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [notice, setNotice] = useNotice();

  useEffect(() => {
    Promise.all([loadBrandProfile(), handlerNameItem.getValue()]).then(
      ([profile, name]) => {
        setTeam(textOfLines(profile.team));
        setHandler(name);
      },
      (error: unknown) => setNotice({ kind: 'error', text: t(lang, 'options.loadFailed', { problem: storageProblemText(lang, error) }) }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const members = linesOf(team);
  const choices = handler && !members.includes(handler) ? [handler, ...members] : members;

  async function save() {
    const stored = await loadBrandProfile().catch(() => BrandProfileSchema.parse({}));
    const parsed = BrandProfileSchema.safeParse({ ...stored, team: members });
    if (!parsed.success) {
      setErrors(fieldErrors(lang, parsed.error.issues));
      setNotice({ kind: 'error', text: t(lang, 'options.notSaved') });
      return;
    }
    setErrors({});
    await persist(lang, setNotice, async () => {
      await brandProfileItem.setValue(parsed.data);
      await handlerNameItem.setValue(handler.trim());
    });
  }

  return (
    <Section id="team" title={t(lang, 'options.team.title')} intro={t(lang, 'options.team.intro')}>
      <form
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <TextField id="team-members" label={t(lang, 'options.team.members')} hint={t(lang, 'options.onePerLine')} value={team} onChange={setTeam} errors={errors.team} multiline />
        <div className="space-y-1">
          <label htmlFor="team-handler" className="block text-sm font-medium">
            {t(lang, 'options.team.handler')}
          </label>
          <select id="team-handler" className={INPUT_CLASS} value={handler} onChange={(event) => setHandler(event.target.value)}>
            <option value="">{t(lang, 'options.team.handlerNone')}</option>
            {choices.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={BUTTON_CLASS}>
          {t(lang, 'options.team.save')}
        </button>
        <NoticeLine notice={notice} />
      </form>
    </Section>
  );
}
