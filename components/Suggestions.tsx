import { useState } from 'react';
import { t } from '@/lib/i18n';
import type { Lang } from '@/lib/lang';
import type { RankedTemplate } from '@/lib/templates';

interface Props {
  suggestions: RankedTemplate[];
  /** What the business allows promising (brand profile): the user picks one for the [what we will do] gap. */
  actions: string[];
  uiLang: Lang;
  onUse(suggestion: RankedTemplate, action: string | null): void;
}

/** The best-fitting templates, filled for this comment, each with why it was chosen. */
export function Suggestions({ suggestions, actions, uiLang, onUse }: Props) {
  return (
    <section aria-label={t(uiLang, 'panel.suggestions')} className="space-y-2">
      <h3 className="text-sm font-semibold">{t(uiLang, 'panel.suggestions')}</h3>
      {suggestions.length === 0 && <p className="text-sm text-slate-600 dark:text-slate-400">{t(uiLang, 'panel.noSuggestions')}</p>}
      <ul className="space-y-2">
        {suggestions.map((suggestion) => (
          <SuggestionCard key={suggestion.template.id} suggestion={suggestion} actions={actions} uiLang={uiLang} onUse={onUse} />
        ))}
      </ul>
    </section>
  );
}

function SuggestionCard({ suggestion, actions, uiLang, onUse }: { suggestion: RankedTemplate } & Omit<Props, 'suggestions'>) {
  const needsAction = suggestion.missing.includes('action');
  const [action, setAction] = useState<string>('');
  return (
    <li data-template={suggestion.template.id} className="rounded border border-slate-200 p-2 text-sm dark:border-slate-800">
      <p className="text-xs text-slate-600 dark:text-slate-400">{suggestion.reason}</p>
      <p className="mt-1 line-clamp-4 whitespace-pre-wrap">{suggestion.filled}</p>
      {suggestion.missing.length > 0 && <p className="mt-1 text-xs text-amber-800 dark:text-amber-300">{t(uiLang, 'panel.missing', { vars: suggestion.missing.join(', ') })}</p>}
      {needsAction && actions.length > 0 && (
        <label className="mt-1 block text-xs">
          <span className="font-semibold">{t(uiLang, 'panel.action')}</span>
          <select value={action} onChange={(event) => setAction(event.target.value)} className="mt-0.5 block w-full rounded border border-slate-300 bg-white p-1 dark:border-slate-700 dark:bg-slate-900">
            <option value="">{t(uiLang, 'panel.actionLater')}</option>
            {actions.map((allowed) => (
              <option key={allowed} value={allowed}>
                {allowed}
              </option>
            ))}
          </select>
        </label>
      )}
      {needsAction && actions.length === 0 && <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{t(uiLang, 'panel.noActions')}</p>}
      <button
        type="button"
        onClick={() => onUse(suggestion, action || null)}
        className="mt-1 rounded border border-sky-700 px-2 py-0.5 text-xs font-semibold text-sky-800 hover:bg-sky-50 dark:text-sky-200 dark:hover:bg-sky-950"
      >
        {t(uiLang, 'panel.useTemplate')}
      </button>
    </li>
  );
}
