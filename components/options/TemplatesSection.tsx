import { useEffect, useMemo, useState, type ChangeEvent } from 'react';
import { LANGS, type Lang } from '@/lib/lang';
import { t } from '@/lib/i18n';
import { downloadText } from '@/lib/panel/download';
import { SITE_ADAPTERS } from '@/lib/sites/registry';
import {
  builtinTemplates,
  createTemplate,
  deleteTemplate,
  describeIssue,
  duplicateTemplate,
  editTemplate,
  emptyUserLibrary,
  importTemplateLibrary,
  resetBuiltin,
  searchTemplates,
  serializeTemplateLibrary,
  setBuiltinHidden,
  type ImportMode,
  type LibraryResult,
  type ReplyTemplate,
  type UserTemplateLibrary,
} from '@/lib/templates';
import { DEFAULT_TONE_SETTINGS, type ToneSettings } from '@/lib/tone';
import { loadToneSettings } from '@/lib/settings/tone-settings';
import {
  loadTemplateLibrary,
  loadTemplateToneOverrides,
  saveTemplateLibrary,
  templateToneOverridesItem,
  type ToneOverride,
} from '@/lib/settings/template-library';
import { formOf, checkForm } from './template-form';
import { checkTemplateTone } from './template-tone';
import { TemplateEditor, type EditorState } from './TemplateEditor';
import { persist } from './persist';
import { storageProblemText } from './storage-message';
import { BUTTON_CLASS, DANGER_BUTTON_CLASS, INPUT_CLASS, NoticeLine, SECONDARY_BUTTON_CLASS, Section, useNotice } from './ui';

type Origin = 'builtin' | 'override' | 'own';
interface Row {
  template: ReplyTemplate;
  origin: Origin;
  hidden: boolean;
}
type Pending = { action: 'delete' | 'reset'; id: string; title: string };

/** Far above any real library (1,000 long templates are about 3 MB), far below what would freeze the page. */
const MAX_IMPORT_MB = 5;
const ORIGIN_ORDER: Record<Origin, number> = { own: 0, override: 1, builtin: 2 };
const BUILTIN_IDS = new Set(builtinTemplates.map((template) => template.id));
const SITE_NAMES: Record<string, string> = Object.fromEntries(SITE_ADAPTERS.map((adapter) => [adapter.id, adapter.name]));

function rowsOf(library: UserTemplateLibrary): Row[] {
  const userById = new Map(library.templates.map((template) => [template.id, template]));
  const hidden = new Set(library.hidden);
  const rows: Row[] = [
    ...builtinTemplates.map((builtin) => {
      const override = userById.get(builtin.id);
      return { template: override ?? builtin, origin: override ? ('override' as const) : ('builtin' as const), hidden: hidden.has(builtin.id) };
    }),
    ...library.templates.filter((template) => !BUILTIN_IDS.has(template.id)).map((template) => ({ template, origin: 'own' as const, hidden: false })),
  ];
  return rows.sort((a, b) => ORIGIN_ORDER[a.origin] - ORIGIN_ORDER[b.origin]);
}

export function TemplatesSection({ lang }: { lang: Lang }) {
  const [library, setLibrary] = useState<UserTemplateLibrary>(emptyUserLibrary());
  const [toneSettings, setToneSettings] = useState<ToneSettings>(DEFAULT_TONE_SETTINGS);
  const [overrides, setOverrides] = useState<Record<string, ToneOverride>>({});
  const [filterLang, setFilterLang] = useState<Lang | 'all'>(lang);
  const [text, setText] = useState('');
  const [tag, setTag] = useState('');
  const [showHidden, setShowHidden] = useState(false);
  const [importMode, setImportMode] = useState<ImportMode>('merge');
  const [editor, setEditor] = useState<EditorState | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [notice, setNotice] = useNotice();

  useEffect(() => {
    Promise.all([loadTemplateLibrary(), loadToneSettings(), loadTemplateToneOverrides()]).then(
      ([storedLibrary, settings, storedOverrides]) => {
        setLibrary(storedLibrary);
        setToneSettings(settings);
        setOverrides(storedOverrides);
      },
      (error: unknown) => setNotice({ kind: 'error', text: t(lang, 'options.loadFailed', { problem: storageProblemText(lang, error) }) }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const rows = useMemo(() => rowsOf(library), [library]);
  const visibleRows = useMemo(() => {
    const candidates = rows.filter((row) => showHidden || !row.hidden);
    const query = { text, ...(filterLang === 'all' ? {} : { lang: filterLang }), tags: tag ? [tag] : [] };
    const matched = new Set(searchTemplates(candidates.map((row) => row.template), query).map((template) => template.id));
    return candidates.filter((row) => matched.has(row.template.id));
  }, [rows, showHidden, text, filterLang, tag]);
  const tags = useMemo(
    () => [...new Set(rows.filter((row) => filterLang === 'all' || row.template.lang === filterLang).flatMap((row) => row.template.tags))].sort((a, b) => a.localeCompare(b)),
    [rows, filterLang],
  );

  async function writeOverrides(next: Record<string, ToneOverride>) {
    await templateToneOverridesItem.setValue(next);
    setOverrides(next);
  }

  /** Stores a library change; a refused change leaves the library as it was and says why. */
  async function commit(result: LibraryResult, okText: string, forgetOverrideOf?: string): Promise<boolean> {
    if (!result.ok) {
      setNotice({ kind: 'error', text: result.error.message, details: result.error.issues.map(describeIssue) });
      return false;
    }
    const saved = await persist(lang, setNotice, async () => {
      await saveTemplateLibrary(result.library);
      if (forgetOverrideOf && overrides[forgetOverrideOf]) {
        const { [forgetOverrideOf]: _dropped, ...rest } = overrides;
        await writeOverrides(rest);
      }
    }, okText);
    if (saved) setLibrary(result.library);
    return saved;
  }

  function openEditor(template: ReplyTemplate | null) {
    setPending(null);
    setNotice(null);
    setEditor({
      id: template?.id ?? null,
      heading: template ? t(lang, 'options.templates.editorEdit', { title: template.title }) : t(lang, 'options.templates.editorNew'),
      form: formOf(template, filterLang === 'all' ? lang : filterLang),
      errors: {},
      report: null,
      reason: '',
      reasonError: null,
    });
  }

  async function saveEditor(withReason: boolean) {
    if (!editor) return;
    const check = checkForm(editor.form, lang);
    if (!check.ok) {
      setEditor({ ...editor, errors: check.errors });
      setNotice({ kind: 'error', text: t(lang, 'options.notSaved') });
      return;
    }
    const result = editor.id === null ? createTemplate(builtinTemplates, library, check.draft) : editTemplate(builtinTemplates, library, editor.id, check.draft);
    if (!result.ok || !result.template) {
      if (!result.ok) setNotice({ kind: 'error', text: t(lang, 'options.templates.invalid'), details: result.error.issues.map(describeIssue) });
      return;
    }
    const template = result.template;
    const report = checkTemplateTone(template, toneSettings, lang);
    const reason = editor.reason.trim();
    if (report.errors.length > 0 && !withReason) {
      setEditor({ ...editor, errors: {}, report });
      setNotice(null);
      return;
    }
    if (report.errors.length > 0 && !reason) {
      setEditor({ ...editor, errors: {}, report, reasonError: t(lang, 'options.templates.reasonRequired') });
      return;
    }
    const ruleIds = [...new Set(report.errors.map((finding) => finding.ruleId))];
    const details = [
      ...report.warnings.map((finding) => `${finding.text}: ${finding.message}`),
      ...(report.tooLongFor.length > 0 ? [t(lang, 'options.templates.tooLongFor', { sites: report.tooLongFor.map((site) => SITE_NAMES[site] ?? site).join(', ') })] : []),
      ...(ruleIds.length > 0 ? [t(lang, 'options.templates.overruled', { rules: ruleIds.join(', '), reason })] : []),
    ];
    const saved = await persist(lang, setNotice, async () => {
      await saveTemplateLibrary(result.library);
      const { [template.id]: _previous, ...rest } = overrides;
      // The reason is kept only while the template still needs it.
      await writeOverrides(ruleIds.length > 0 ? { ...rest, [template.id]: { reason, ruleIds, at: Date.now() } } : rest);
    });
    if (!saved) return;
    setLibrary(result.library);
    setEditor(null);
    setNotice({ kind: 'ok', text: t(lang, 'options.templates.saved', { title: template.title }), details });
  }

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_MB * 1024 * 1024) {
      setNotice({ kind: 'error', text: t(lang, 'options.templates.fileTooBig', { file: file.name, size: (file.size / 1024 / 1024).toFixed(1), max: MAX_IMPORT_MB }) });
      return;
    }
    let json: string;
    try {
      json = await file.text();
    } catch (error) {
      setNotice({ kind: 'error', text: t(lang, 'options.templates.importFailed', { file: file.name }), details: [String(error)] });
      return;
    }
    const result = importTemplateLibrary(library, json, importMode);
    if (!result.ok) {
      setNotice({ kind: 'error', text: t(lang, 'options.templates.importFailed', { file: file.name }), details: result.issues.map(describeIssue) });
      return;
    }
    const saved = await persist(lang, setNotice, () => saveTemplateLibrary(result.library), t(lang, 'options.templates.imported', { file: file.name, added: result.added, replaced: result.replaced }));
    if (saved) setLibrary(result.library);
  }

  function exportLibrary() {
    downloadText('composure-templates.json', serializeTemplateLibrary(library), 'application/json');
    setNotice({ kind: 'ok', text: t(lang, 'options.templates.exported', { count: library.templates.length }) });
  }

  async function confirmPending() {
    if (!pending) return;
    const { action, id, title } = pending;
    setPending(null);
    if (action === 'delete') await commit(deleteTemplate(builtinTemplates, library, id), t(lang, 'options.templates.deleted', { title }), id);
    else await commit(resetBuiltin(builtinTemplates, library, id), t(lang, 'options.templates.restored', { title }), id);
  }

  return (
    <Section id="templates" title={t(lang, 'options.templates.title')} intro={t(lang, 'options.templates.intro')}>
      <div className="flex flex-wrap items-end gap-2">
        <button type="button" className={BUTTON_CLASS} onClick={() => openEditor(null)}>
          {t(lang, 'options.templates.new')}
        </button>
        <button type="button" className={SECONDARY_BUTTON_CLASS} onClick={exportLibrary}>
          {t(lang, 'options.templates.export')}
        </button>
        <label className={`${SECONDARY_BUTTON_CLASS} cursor-pointer focus-within:outline-2 focus-within:outline-sky-600`}>
          {t(lang, 'options.templates.import')}
          <input type="file" accept="application/json,.json" className="sr-only" data-testid="template-import" onChange={(event) => void importFile(event)} />
        </label>
        <label className="flex flex-wrap items-center gap-1 text-sm">
          {t(lang, 'options.templates.importMode')}
          <select className={`${INPUT_CLASS} w-auto max-w-full`} value={importMode} onChange={(event) => setImportMode(event.target.value as ImportMode)}>
            <option value="merge">{t(lang, 'options.templates.importMerge')}</option>
            <option value="replace">{t(lang, 'options.templates.importReplace')}</option>
          </select>
        </label>
      </div>
      <NoticeLine notice={notice} />
      {editor && (
        <TemplateEditor
          lang={lang}
          state={editor}
          siteNames={SITE_NAMES}
          onChange={setEditor}
          onSave={(withReason) => void saveEditor(withReason)}
          onCancel={() => setEditor(null)}
        />
      )}
      <div role="search" className="grid gap-2 sm:grid-cols-[2fr_1fr_1fr]">
        <div>
          <label htmlFor="template-search" className="block text-sm font-medium">
            {t(lang, 'options.templates.search')}
          </label>
          <input id="template-search" type="search" className={INPUT_CLASS} value={text} onChange={(event) => setText(event.target.value)} />
        </div>
        <div>
          <label htmlFor="template-filter-lang" className="block text-sm font-medium">
            {t(lang, 'options.templates.lang')}
          </label>
          <select id="template-filter-lang" className={INPUT_CLASS} value={filterLang} onChange={(event) => setFilterLang(event.target.value as Lang | 'all')}>
            <option value="all">{t(lang, 'options.templates.allLangs')}</option>
            {LANGS.map((option) => (
              <option key={option} value={option}>
                {t(lang, `options.lang.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="template-filter-tag" className="block text-sm font-medium">
            {t(lang, 'options.templates.tag')}
          </label>
          <select id="template-filter-tag" className={INPUT_CLASS} value={tag} onChange={(event) => setTag(event.target.value)}>
            <option value="">{t(lang, 'options.templates.anyTag')}</option>
            {tags.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </div>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={showHidden} onChange={(event) => setShowHidden(event.target.checked)} className="accent-sky-700" />
        {t(lang, 'options.templates.showHidden')}
      </label>
      <p className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite" data-testid="template-count">
        {t(lang, 'options.templates.count', { count: visibleRows.length })}
      </p>
      {visibleRows.length === 0 && <p className="text-sm">{t(lang, 'options.templates.none')}</p>}
      <ul className="divide-y divide-slate-200 dark:divide-slate-800" data-testid="template-list">
        {visibleRows.map(({ template, origin, hidden }) => {
          const titleId = `template-row-${template.id}`;
          const override = overrides[template.id];
          return (
            <li key={template.id} data-template-id={template.id} className="space-y-1 py-2">
              <div className="flex flex-wrap items-baseline gap-2">
                <span id={titleId} className="font-semibold">
                  {template.title}
                </span>
                <span className="rounded bg-slate-100 px-1 text-xs uppercase dark:bg-slate-800">{template.lang}</span>
                <span className="rounded bg-sky-100 px-1 text-xs text-sky-900 dark:bg-sky-900 dark:text-sky-100">{t(lang, `options.templates.origin.${origin}`)}</span>
                {hidden && <span className="rounded bg-amber-100 px-1 text-xs text-amber-900 dark:bg-amber-900 dark:text-amber-100">{t(lang, 'options.templates.hidden')}</span>}
                {template.tags.map((name) => (
                  <span key={name} className="text-xs text-slate-600 dark:text-slate-400">
                    #{name}
                  </span>
                ))}
              </div>
              <p className="line-clamp-2 text-sm text-slate-700 dark:text-slate-300" lang={template.lang}>
                {template.body}
              </p>
              {override && <p className="text-xs text-red-800 dark:text-red-300">{t(lang, 'options.templates.overruled', { rules: override.ruleIds.join(', '), reason: override.reason })}</p>}
              {pending?.id === template.id ? (
                <div role="alertdialog" aria-labelledby={`${titleId}-confirm`} className="flex flex-wrap items-center gap-2">
                  <span id={`${titleId}-confirm`} className="text-sm">
                    {pending.action === 'delete' ? t(lang, 'options.templates.confirmDelete', { title: template.title }) : t(lang, 'options.templates.reset')}
                  </span>
                  <button type="button" className={DANGER_BUTTON_CLASS} onClick={() => void confirmPending()}>
                    {pending.action === 'delete' ? t(lang, 'options.templates.delete') : t(lang, 'options.templates.reset')}
                  </button>
                  <button type="button" className={SECONDARY_BUTTON_CLASS} autoFocus onClick={() => setPending(null)}>
                    {t(lang, 'options.cancel')}
                  </button>
                </div>
              ) : (
                <div className="flex flex-wrap gap-1">
                  <button type="button" className={SECONDARY_BUTTON_CLASS} aria-describedby={titleId} onClick={() => openEditor(template)}>
                    {t(lang, 'options.templates.edit')}
                  </button>
                  <button
                    type="button"
                    className={SECONDARY_BUTTON_CLASS}
                    aria-describedby={titleId}
                    onClick={() => {
                      const result = duplicateTemplate(builtinTemplates, library, template.id);
                      void commit(result, t(lang, 'options.templates.duplicated', { title: result.ok ? (result.template?.title ?? '') : '' }));
                    }}
                  >
                    {t(lang, 'options.templates.duplicate')}
                  </button>
                  {origin === 'own' && (
                    <button type="button" className={SECONDARY_BUTTON_CLASS} aria-describedby={titleId} onClick={() => setPending({ action: 'delete', id: template.id, title: template.title })}>
                      {t(lang, 'options.templates.delete')}
                    </button>
                  )}
                  {origin === 'override' && (
                    <button type="button" className={SECONDARY_BUTTON_CLASS} aria-describedby={titleId} onClick={() => setPending({ action: 'reset', id: template.id, title: template.title })}>
                      {t(lang, 'options.templates.reset')}
                    </button>
                  )}
                  {origin !== 'own' && (
                    <button
                      type="button"
                      className={SECONDARY_BUTTON_CLASS}
                      aria-describedby={titleId}
                      onClick={() =>
                        void commit(
                          setBuiltinHidden(builtinTemplates, library, template.id, !hidden),
                          t(lang, hidden ? 'options.templates.shownNow' : 'options.templates.hiddenNow', { title: template.title }),
                        )
                      }
                    >
                      {hidden ? t(lang, 'options.templates.show') : t(lang, 'options.templates.hide')}
                    </button>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
