import { useEffect, useState } from 'react';
import type { Lang } from '@/lib/lang';
import { t } from '@/lib/i18n';
import { BrandProfileSchema, brandProfileItem, loadBrandProfile } from '@/lib/settings/brand-profile';
import { fieldErrors, linesOf, textOfLines } from './form-text';
import { persist } from './persist';
import { storageProblemText } from './storage-message';
import { BUTTON_CLASS, NoticeLine, Section, TextField, useNotice } from './ui';

interface BrandForm {
  name: string;
  signature: string;
  role: string;
  contactChannel: string;
  allowedActions: string;
}

export function BrandSection({ lang }: { lang: Lang }) {
  const [form, setForm] = useState<BrandForm>({ name: '', signature: '', role: '', contactChannel: '', allowedActions: '' });
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [notice, setNotice] = useNotice();

  useEffect(() => {
    loadBrandProfile().then(
      (profile) => setForm({ ...profile, allowedActions: textOfLines(profile.allowedActions) }),
      (error: unknown) => setNotice({ kind: 'error', text: t(lang, 'options.loadFailed', { problem: storageProblemText(lang, error) }) }),
    );
    // Loaded once; the language only changes how messages read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const set = (field: keyof BrandForm) => (value: string) => setForm((current) => ({ ...current, [field]: value }));

  async function save() {
    // The team is edited in its own section: keep whatever is stored there.
    const stored = await loadBrandProfile().catch(() => BrandProfileSchema.parse({}));
    const parsed = BrandProfileSchema.safeParse({ ...stored, ...form, allowedActions: linesOf(form.allowedActions) });
    if (!parsed.success) {
      setErrors(fieldErrors(lang, parsed.error.issues));
      setNotice({ kind: 'error', text: t(lang, 'options.notSaved') });
      return;
    }
    setErrors({});
    await persist(lang, setNotice, () => brandProfileItem.setValue(parsed.data));
  }

  return (
    <Section id="brand" title={t(lang, 'options.brand.title')} intro={t(lang, 'options.brand.intro')}>
      <form
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField id="brand-name" label={t(lang, 'options.brand.name')} value={form.name} onChange={set('name')} errors={errors.name} />
          <TextField id="brand-signature" label={t(lang, 'options.brand.signature')} hint={t(lang, 'options.brand.signatureHint')} value={form.signature} onChange={set('signature')} errors={errors.signature} />
          <TextField id="brand-role" label={t(lang, 'options.brand.role')} value={form.role} onChange={set('role')} errors={errors.role} />
          <TextField id="brand-contact" label={t(lang, 'options.brand.contactChannel')} hint={t(lang, 'options.brand.contactHint')} value={form.contactChannel} onChange={set('contactChannel')} errors={errors.contactChannel} />
        </div>
        <TextField
          id="brand-actions"
          label={t(lang, 'options.brand.allowedActions')}
          hint={t(lang, 'options.brand.allowedActionsHint')}
          value={form.allowedActions}
          onChange={set('allowedActions')}
          errors={errors.allowedActions}
          multiline
        />
        <button type="submit" className={BUTTON_CLASS}>
          {t(lang, 'options.brand.save')}
        </button>
        <NoticeLine notice={notice} />
      </form>
    </Section>
  );
}
