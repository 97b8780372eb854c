import { useCallback, useEffect, useState } from 'react';
import type { Lang } from '@/lib/lang';
import { t } from '@/lib/i18n';
import { getDatabase } from '@/lib/db/database';
import { deleteAllData, type DataStore } from '@/lib/data/delete-all';
import { databaseInventory, type DatabaseInventory } from '@/lib/data/inventory';
import { RetentionSchema, loadRetention, saveRetention } from '@/lib/settings/retention';
import { loadTemplateLibrary } from '@/lib/settings/template-library';
import { fieldErrors, numberOf } from './form-text';
import { persist } from './persist';
import { storageProblemText } from './storage-message';
import { BUTTON_CLASS, DANGER_BUTTON_CLASS, NoticeLine, SECONDARY_BUTTON_CLASS, Section, TextField, useNotice } from './ui';

const DEFAULT_DAYS = '365';

type Inventory = { ok: true; counts: DatabaseInventory } | { ok: false; problem: string };

/** What a deletion would remove; an unreadable database is reported, not thrown. */
async function readInventory(lang: Lang): Promise<{ inventory: Inventory; ownTemplates: number }> {
  let inventory: Inventory;
  try {
    inventory = { ok: true, counts: await databaseInventory(getDatabase()) };
  } catch (error) {
    inventory = { ok: false, problem: storageProblemText(lang, error) };
  }
  const library = await loadTemplateLibrary().catch(() => ({ templates: [] }));
  return { inventory, ownTemplates: library.templates.length };
}

export function DataSection({ lang, onDeleted }: { lang: Lang; onDeleted(): void }) {
  const [forever, setForever] = useState(true);
  const [days, setDays] = useState(DEFAULT_DAYS);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [retentionNotice, setRetentionNotice] = useNotice();
  const [inventory, setInventory] = useState<Inventory | null>(null);
  const [ownTemplates, setOwnTemplates] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [deleteNotice, setDeleteNotice] = useNotice();

  const count = useCallback(
    () =>
      readInventory(lang).then(({ inventory: read, ownTemplates: own }) => {
        setInventory(read);
        setOwnTemplates(own);
      }),
    [lang],
  );

  useEffect(() => {
    loadRetention().then(
      (stored) => {
        setForever(stored === null);
        if (stored !== null) setDays(String(stored));
      },
      (error: unknown) => setRetentionNotice({ kind: 'error', text: t(lang, 'options.loadFailed', { problem: storageProblemText(lang, error) }) }),
    );
    readInventory(lang).then(({ inventory: read, ownTemplates: own }) => {
      setInventory(read);
      setOwnTemplates(own);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function saveRetentionChoice() {
    const parsed = RetentionSchema.safeParse(forever ? null : numberOf(days));
    if (!parsed.success) {
      // The schema checks a bare value: its issues have no field, so they belong to the days field.
      setErrors({ days: Object.values(fieldErrors(lang, parsed.error.issues)).flat() });
      setRetentionNotice({ kind: 'error', text: t(lang, 'options.notSaved') });
      return;
    }
    setErrors({});
    await persist(lang, setRetentionNotice, () => saveRetention(parsed.data));
  }

  async function deleteEverything() {
    const result = await deleteAllData();
    setConfirming(false);
    if (result.ok) {
      onDeleted();
      return;
    }
    const stores = result.failed.map(({ store }) => t(lang, `options.data.store.${store satisfies DataStore}`)).join(', ');
    setDeleteNotice({ kind: 'error', text: t(lang, 'options.data.deleteFailed', { stores, problem: storageProblemText(lang, result.failed[0]?.error) }) });
    await count();
  }

  const counts = inventory?.ok ? inventory.counts : { log: 0, sightings: 0, logConflicts: 0 };

  return (
    <Section id="data" title={t(lang, 'options.data.title')} intro={t(lang, 'options.data.where')}>
      <form
        className="space-y-2"
        onSubmit={(event) => {
          event.preventDefault();
          void saveRetentionChoice();
        }}
      >
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium">{t(lang, 'options.data.retention')}</legend>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="retention" checked={forever} onChange={() => setForever(true)} className="accent-sky-700" />
            {t(lang, 'options.data.forever')}
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="retention" checked={!forever} onChange={() => setForever(false)} className="accent-sky-700" />
            {t(lang, 'options.data.limited')}
          </label>
        </fieldset>
        {!forever && <TextField id="retention-days" label={t(lang, 'options.data.days')} hint={t(lang, 'options.data.retentionHint')} inputMode="numeric" value={days} onChange={setDays} errors={errors.days} />}
        <button type="submit" className={BUTTON_CLASS}>
          {t(lang, 'options.data.saveRetention')}
        </button>
        <NoticeLine notice={retentionNotice} />
      </form>

      <p className="text-sm" data-testid="data-inventory">
        {inventory === null
          ? t(lang, 'options.loading')
          : inventory.ok
            ? t(lang, 'options.data.inventory', { log: counts.log, sightings: counts.sightings, conflicts: counts.logConflicts })
            : t(lang, 'options.data.inventoryUnavailable', { problem: inventory.problem })}
      </p>

      {confirming ? (
        <div role="alertdialog" aria-labelledby="delete-title" aria-describedby="delete-list" className="space-y-2 rounded border-2 border-red-600 p-3">
          <h3 id="delete-title" className="font-bold">
            {t(lang, 'options.data.confirmTitle')}
          </h3>
          <div id="delete-list" className="text-sm">
            <p>{t(lang, 'options.data.confirmIntro')}</p>
            <ul className="list-disc pl-5">
              <li>{t(lang, 'options.data.confirmLog', { log: counts.log, sightings: counts.sightings, conflicts: counts.logConflicts })}</li>
              <li>{t(lang, 'options.data.confirmSettings')}</li>
              <li>{t(lang, 'options.data.confirmTemplates', { count: ownTemplates })}</li>
              <li>{t(lang, 'options.data.confirmDrafts')}</li>
            </ul>
            <p className="mt-1">{t(lang, 'options.data.confirmNote')}</p>
          </div>
          <div className="flex flex-wrap gap-2">
            <button type="button" className={DANGER_BUTTON_CLASS} onClick={() => void deleteEverything()}>
              {t(lang, 'options.data.confirmButton')}
            </button>
            <button type="button" className={SECONDARY_BUTTON_CLASS} autoFocus onClick={() => setConfirming(false)}>
              {t(lang, 'options.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className={DANGER_BUTTON_CLASS}
          onClick={() => {
            setDeleteNotice(null);
            setConfirming(true);
            void count();
          }}
        >
          {t(lang, 'options.data.delete')}
        </button>
      )}
      <NoticeLine notice={deleteNotice} />
    </Section>
  );
}
