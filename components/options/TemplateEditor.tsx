import { useEffect, useRef } from 'react';
import { LANGS, type Lang } from '@/lib/lang';
import { t } from '@/lib/i18n';
import { SITE_IDS } from '@/lib/sites/site-ids';
import { TOPIC_IDS } from '@/lib/topics';
import { KNOWN_URGENCY_SIGNALS, SITUATIONS, TEMPLATE_VARIABLES } from '@/lib/templates';
import type { TemplateForm } from './template-form';
import type { TemplateFinding, TemplateToneReport } from './template-tone';
import { BUTTON_CLASS, CheckboxGroup, DANGER_BUTTON_CLASS, INPUT_CLASS, SECONDARY_BUTTON_CLASS, TextField, Toggle } from './ui';

export interface EditorState {
  /** null: a new template. */
  id: string | null;
  heading: string;
  form: TemplateForm;
  errors: Record<string, string[]>;
  /** The last tone check, when it found serious problems. */
  report: TemplateToneReport | null;
  reason: string;
  reasonError: string | null;
}

interface Props {
  lang: Lang;
  state: EditorState;
  siteNames: Record<string, string>;
  onChange(state: EditorState): void;
  onSave(withReason: boolean): void;
  onCancel(): void;
}

function FindingList({ findings, checkedSites, siteNames, lang }: { findings: TemplateFinding[]; checkedSites: number; siteNames: Record<string, string>; lang: Lang }) {
  const where = (finding: TemplateFinding) =>
    finding.sites.length === checkedSites && checkedSites > 3
      ? t(lang, 'options.templates.onAllSites')
      : t(lang, 'options.templates.onSites', { sites: finding.sites.map((site) => siteNames[site] ?? site).join(', ') });
  return (
    <ul className="list-disc space-y-1 pl-5">
      {findings.map((finding) => (
        <li key={`${finding.ruleId}-${finding.text}`} data-rule-id={finding.ruleId}>
          <q className="font-semibold">{finding.text}</q> — {finding.message}{' '}
          <span className="text-xs">({where(finding)})</span>
        </li>
      ))}
    </ul>
  );
}

export function TemplateEditor({ lang, state, siteNames, onChange, onSave, onCancel }: Props) {
  const { form, errors, report } = state;
  const titleRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    titleRef.current?.querySelector('input')?.focus();
    titleRef.current?.scrollIntoView({ block: 'nearest' });
  }, [state.id]);

  const update = (patch: Partial<TemplateForm>) => onChange({ ...state, form: { ...form, ...patch } });

  return (
    <form
      aria-labelledby="template-editor-title"
      className="space-y-3 rounded border border-sky-600 p-3"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(false);
      }}
    >
      <h3 id="template-editor-title" className="font-bold">
        {state.heading}
      </h3>
      <div ref={titleRef} className="grid gap-3 sm:grid-cols-[1fr_auto]">
        <TextField id="template-title" label={t(lang, 'options.templates.field.title')} value={form.title} onChange={(title) => update({ title })} errors={errors.title} />
        <div className="space-y-1">
          <label htmlFor="template-lang" className="block text-sm font-medium">
            {t(lang, 'options.templates.field.lang')}
          </label>
          <select id="template-lang" className={INPUT_CLASS} value={form.lang} onChange={(event) => update({ lang: event.target.value as Lang })}>
            {LANGS.map((option) => (
              <option key={option} value={option}>
                {t(lang, `options.lang.${option}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="space-y-1">
        <TextField id="template-body" label={t(lang, 'options.templates.field.body')} value={form.body} onChange={(body) => update({ body })} errors={errors.body ?? errors.variables} multiline rows={6} />
        <p className="text-xs text-slate-600 dark:text-slate-400">
          {t(lang, 'options.templates.field.bodyHint')}{' '}
          {TEMPLATE_VARIABLES.map((variable) => (
            <code key={variable} className="mr-1 whitespace-nowrap">{`{{${variable}}}`}</code>
          ))}
          <br />
          {t(lang, 'options.templates.field.sectionHint')} <code>{'{{#name}}, {{name}},{{/name}}'}</code>
        </p>
      </div>
      <CheckboxGroup
        id="template-situations"
        legend={t(lang, 'options.templates.field.situations')}
        options={SITUATIONS}
        selected={form.situations}
        onChange={(situations) => update({ situations })}
        labelOf={(situation) => t(lang, `options.situation.${situation}`)}
        errors={errors.situations}
      />
      <CheckboxGroup id="template-topics" legend={t(lang, 'options.templates.field.topics')} options={TOPIC_IDS} selected={form.topics} onChange={(topics) => update({ topics })} labelOf={(topic) => t(lang, `topic.${topic}`)} errors={errors.topics} />
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">{t(lang, 'options.templates.field.sentiment')}</legend>
        <div className="grid max-w-sm grid-cols-2 gap-3">
          <TextField id="template-sentiment-min" label={t(lang, 'options.templates.field.sentimentMin')} inputMode="decimal" value={form.sentimentMin} onChange={(sentimentMin) => update({ sentimentMin })} errors={errors.sentimentMin} />
          <TextField id="template-sentiment-max" label={t(lang, 'options.templates.field.sentimentMax')} inputMode="decimal" value={form.sentimentMax} onChange={(sentimentMax) => update({ sentimentMax })} errors={errors.sentimentMax} />
        </div>
      </fieldset>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">{t(lang, 'options.templates.field.sites')}</legend>
        <Toggle id="template-all-sites" label={t(lang, 'options.templates.field.allSites')} checked={form.allSites} onChange={(allSites) => update({ allSites })} />
        {!form.allSites && (
          <CheckboxGroup
            id="template-sites"
            legend={t(lang, 'options.templates.field.someSites')}
            options={SITE_IDS}
            selected={form.sites}
            onChange={(sites) => update({ sites })}
            labelOf={(site) => siteNames[site] ?? site}
            errors={errors.sites}
          />
        )}
      </fieldset>
      <CheckboxGroup
        id="template-urgency"
        legend={t(lang, 'options.templates.field.urgency')}
        options={KNOWN_URGENCY_SIGNALS}
        selected={form.urgency.filter((signal): signal is (typeof KNOWN_URGENCY_SIGNALS)[number] => (KNOWN_URGENCY_SIGNALS as readonly string[]).includes(signal))}
        onChange={(urgency) => update({ urgency })}
        labelOf={(signal) => t(lang, `urgency.${signal}`)}
        errors={errors.urgency}
      />
      <TextField id="template-tags" label={t(lang, 'options.templates.field.tags')} value={form.tags} onChange={(tags) => update({ tags })} errors={errors.tags} />

      {report && report.errors.length > 0 && (
        <div role="alert" className="space-y-2 rounded bg-red-50 p-3 text-sm text-red-900 dark:bg-red-950 dark:text-red-100" data-testid="template-tone-errors">
          <p className="font-semibold">{t(lang, 'options.templates.toneErrors')}</p>
          <FindingList findings={report.errors} checkedSites={report.checkedSites.length} siteNames={siteNames} lang={lang} />
          {report.warnings.length > 0 && (
            <>
              <p>{t(lang, 'options.templates.toneWarnings')}</p>
              <FindingList findings={report.warnings} checkedSites={report.checkedSites.length} siteNames={siteNames} lang={lang} />
            </>
          )}
          <details>
            <summary>{t(lang, 'options.templates.preview')}</summary>
            <p className="whitespace-pre-wrap">{report.preview}</p>
          </details>
          <TextField
            id="template-reason"
            label={t(lang, 'options.templates.reason')}
            value={state.reason}
            onChange={(reason) => onChange({ ...state, reason, reasonError: null })}
            errors={state.reasonError ? [state.reasonError] : undefined}
            multiline
            rows={2}
          />
          <button type="button" className={DANGER_BUTTON_CLASS} onClick={() => onSave(true)}>
            {t(lang, 'options.templates.saveAnyway')}
          </button>
        </div>
      )}

      <div className="flex flex-wrap gap-2">
        <button type="submit" className={BUTTON_CLASS}>
          {t(lang, 'options.templates.saveTemplate')}
        </button>
        <button type="button" className={SECONDARY_BUTTON_CLASS} onClick={onCancel}>
          {t(lang, 'options.cancel')}
        </button>
      </div>
    </form>
  );
}
