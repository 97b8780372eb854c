import { t } from '@/lib/i18n';
import type { Lang } from '@/lib/lang';

interface Props {
  uiLang: Lang;
  count: number | null;
  onExport(kind: 'csv' | 'json'): void;
  onImport(file: File): void;
  onBrowse(): void;
}

/** How many comments are in the log, and its exports. */
export function LogBar({ uiLang, count, onExport, onImport, onBrowse }: Props) {
  return (
    <footer className="flex flex-wrap items-center gap-2 border-t border-slate-200 px-3 py-2 text-sm dark:border-slate-800">
      <span className="font-semibold">{t(uiLang, 'panel.log')}</span>
      <span data-testid="log-count" className="text-slate-600 dark:text-slate-400">
        {count === null ? '—' : t(uiLang, 'panel.logCount', { count })}
      </span>
      <button type="button" onClick={onBrowse} className="text-sky-800 underline dark:text-sky-300">
        {t(uiLang, 'log.open')}
      </button>
      <a href="/review.html" target="_blank" rel="noopener" className="text-sky-800 underline dark:text-sky-300">
        {t(uiLang, 'log.review')}
      </a>
      <span className="flex-1" />
      <button type="button" onClick={() => onExport('csv')} className="rounded border border-slate-300 px-2 py-1 dark:border-slate-700">
        {t(uiLang, 'panel.exportCsv')}
      </button>
      <button type="button" onClick={() => onExport('json')} className="rounded border border-slate-300 px-2 py-1 dark:border-slate-700">
        {t(uiLang, 'panel.exportJson')}
      </button>
      <label className="cursor-pointer rounded border border-slate-300 px-2 py-1 focus-within:outline-2 focus-within:outline-sky-600 dark:border-slate-700">
        {t(uiLang, 'panel.importJson')}
        <input
          type="file"
          accept="application/json,.json"
          className="sr-only"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) onImport(file);
          }}
        />
      </label>
    </footer>
  );
}
