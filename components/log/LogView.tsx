import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import { getDatabase } from '@/lib/db/database';
import type { LogConflict, LogEntry } from '@/lib/db/log-entry';
import { t } from '@/lib/i18n';
import type { Lang } from '@/lib/lang';
import { exportFileName, logToCsv, logToJson } from '@/lib/log/export';
import { loadLogRows } from '@/lib/log/load-rows';
import { filterLogRows, NO_LOG_FILTER, type LogFilter, type LogRow } from '@/lib/log/log-rows';
import { redactAuthors } from '@/lib/log/redact';
import { downloadText } from '@/lib/panel/download';
import { SITE_IDS, type SiteId } from '@/lib/sites/site-ids';
import { LogEntryDetail } from './LogEntryDetail';

const ROW_HEIGHT = 72;
const CONTROL = 'rounded border border-slate-300 bg-white p-1 text-sm dark:border-slate-700 dark:bg-slate-900';

/** The handled log: a virtualised list that stays fast with 100,000 entries, search, filters and exports. */
export function LogView({ uiLang, onBack }: { uiLang: Lang; onBack(): void }) {
  // Rows arrive in chunks: the first ones show while a large log is still loading.
  const [rows, setRows] = useState<LogRow[] | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState<LogFilter>(NO_LOG_FILTER);
  const [redact, setRedact] = useState(false);
  const [openKey, setOpenKey] = useState<string | null>(null);
  const [conflicts, setConflicts] = useState<LogConflict[]>([]);

  useEffect(() => {
    const db = getDatabase();
    loadLogRows(db, setRows)
      .then(setRows)
      .catch((reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)))
      .finally(() => setLoading(false));
    db.logConflicts.toArray().then(setConflicts, () => setConflicts([]));
  }, []);

  const shown = useMemo(() => (rows ? filterLogRows(rows, filter) : []), [rows, filter]);
  const handlers = useMemo(() => [...new Set(rows?.map((row) => row.handler).filter(Boolean))].sort(), [rows]);
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer's own state drives its re-renders
  const virtualizer = useVirtualizer({ count: shown.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });

  async function exportShown(kind: 'csv' | 'json') {
    const entries = (await getDatabase().log.bulkGet(shown.map((row) => row.key))).filter((entry): entry is LogEntry => entry !== undefined);
    const ready = redact ? redactAuthors(entries) : entries;
    const now = Date.now();
    if (kind === 'csv') downloadText(exportFileName('csv', now), logToCsv(ready), 'text/csv');
    else downloadText(exportFileName('json', now), logToJson(ready, now), 'application/json');
  }

  const dayStart = (value: string) => (value ? new Date(`${value}T00:00:00`).getTime() : null);
  return (
    <section aria-label={t(uiLang, 'log.title')} className="flex min-h-0 flex-1 flex-col">
      <div className="space-y-2 border-b border-slate-200 px-3 py-2 dark:border-slate-800">
        <div className="flex items-center gap-2">
          <button type="button" onClick={onBack} className="text-sm text-sky-800 underline dark:text-sky-300">
            ← {t(uiLang, 'log.back')}
          </button>
          <h2 className="text-sm font-semibold">{t(uiLang, 'log.title')}</h2>
        </div>
        <input
          type="search"
          aria-label={t(uiLang, 'log.search')}
          placeholder={t(uiLang, 'log.search')}
          value={filter.query}
          onChange={(event) => setFilter({ ...filter, query: event.target.value })}
          className={`${CONTROL} w-full`}
        />
        <div className="flex flex-wrap gap-1">
          <select aria-label={t(uiLang, 'log.anySite')} value={filter.site ?? ''} onChange={(event) => setFilter({ ...filter, site: (event.target.value || null) as SiteId | null })} className={CONTROL}>
            <option value="">{t(uiLang, 'log.anySite')}</option>
            {SITE_IDS.map((site) => (
              <option key={site} value={site}>
                {site}
              </option>
            ))}
          </select>
          <select aria-label={t(uiLang, 'log.anyOutcome')} value={filter.outcome ?? ''} onChange={(event) => setFilter({ ...filter, outcome: (event.target.value || null) as LogFilter['outcome'] })} className={CONTROL}>
            <option value="">{t(uiLang, 'log.anyOutcome')}</option>
            <option value="replied">{t(uiLang, 'log.replied')}</option>
            <option value="skipped">{t(uiLang, 'log.skipped')}</option>
          </select>
          <select aria-label={t(uiLang, 'log.anyHandler')} value={filter.handler ?? ''} onChange={(event) => setFilter({ ...filter, handler: event.target.value || null })} className={CONTROL}>
            <option value="">{t(uiLang, 'log.anyHandler')}</option>
            {handlers.map((handler) => (
              <option key={handler} value={handler}>
                {handler}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-wrap items-center gap-1 text-sm">
          <label>
            {t(uiLang, 'log.from')} <input type="date" className={CONTROL} onChange={(event) => setFilter({ ...filter, from: dayStart(event.target.value) })} />
          </label>
          <label>
            {t(uiLang, 'log.to')} <input type="date" className={CONTROL} onChange={(event) => setFilter({ ...filter, to: event.target.value ? dayStart(event.target.value)! + 86_400_000 : null })} />
          </label>
        </div>
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <label className="flex items-center gap-1">
            <input type="checkbox" checked={redact} onChange={(event) => setRedact(event.target.checked)} /> {t(uiLang, 'log.redact')}
          </label>
          <button type="button" disabled={shown.length === 0} onClick={() => void exportShown('csv')} className="rounded border border-slate-300 px-2 py-1 disabled:opacity-50 dark:border-slate-700">
            {t(uiLang, 'log.exportCsv')}
          </button>
          <button type="button" disabled={shown.length === 0} onClick={() => void exportShown('json')} className="rounded border border-slate-300 px-2 py-1 disabled:opacity-50 dark:border-slate-700">
            {t(uiLang, 'log.exportJson')}
          </button>
        </div>
        <p data-testid="log-shown" className="text-xs text-slate-600 dark:text-slate-400">
          {error
            ? t(uiLang, 'log.unavailable', { reason: error })
            : loading
              ? t(uiLang, 'log.loading', { count: rows?.length ?? 0 })
              : t(uiLang, 'log.count', { shown: shown.length, total: rows?.length ?? 0 })}
        </p>
        {conflicts.length > 0 && <Conflicts conflicts={conflicts} uiLang={uiLang} />}
      </div>
      {!loading && rows !== null && shown.length === 0 && <p className="px-3 py-2 text-sm">{t(uiLang, rows.length === 0 ? 'log.empty' : 'log.noMatch')}</p>}
      <div ref={scroller} data-testid="log-list" className="min-h-0 flex-1 overflow-y-auto">
        <ul style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = shown[item.index]!;
            return (
              <li key={row.key} data-log-key={row.key} ref={virtualizer.measureElement} data-index={item.index} className="absolute left-0 top-0 w-full border-b border-slate-200 dark:border-slate-800" style={{ transform: `translateY(${item.start}px)` }}>
                <button type="button" aria-expanded={openKey === row.key} onClick={() => setOpenKey(openKey === row.key ? null : row.key)} className="w-full px-3 py-2 text-left text-sm hover:bg-slate-50 dark:hover:bg-slate-900">
                  <span className="flex flex-wrap gap-2 text-xs text-slate-600 dark:text-slate-400">
                    <span>{new Date(row.handledAt).toLocaleString(uiLang)}</span>
                    <span>{row.site}</span>
                    <span>{row.outcome === 'replied' ? t(uiLang, 'log.replied') : t(uiLang, 'log.skipped')}</span>
                    <span>{row.handler}</span>
                  </span>
                  <span className="block truncate font-medium">{redact ? '—' : row.author ?? '—'}: {row.commentStart}</span>
                  {row.replyStart && <span className="block truncate text-slate-600 dark:text-slate-400">↳ {row.replyStart}</span>}
                </button>
                {openKey === row.key && <LogEntryDetail entryKey={row.key} uiLang={uiLang} />}
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}

function Conflicts({ conflicts, uiLang }: { conflicts: LogConflict[]; uiLang: Lang }) {
  return (
    <details className="rounded border border-amber-300 bg-amber-50 p-2 text-sm dark:border-amber-800 dark:bg-amber-950">
      <summary>{t(uiLang, 'log.conflicts', { count: conflicts.length })}</summary>
      <ul className="mt-1 space-y-1">
        {conflicts.map((conflict) => (
          <li key={conflict.id} data-conflict={conflict.key}>
            <p className="font-semibold">{conflict.key}</p>
            <p>
              {t(uiLang, 'log.keptVersion', { kept: t(uiLang, conflict.kept === 'stored' ? 'log.keptStored' : 'log.keptImported') })} ·{' '}
              {t(uiLang, 'log.otherVersion', { source: conflict.source })}: “{conflict.other.replyText || conflict.other.skipReason}”
            </p>
          </li>
        ))}
      </ul>
    </details>
  );
}
