import { useEffect, useState } from 'react';
import { getDatabase } from '@/lib/db/database';
import type { LogEntry } from '@/lib/db/log-entry';
import { t } from '@/lib/i18n';
import type { Lang } from '@/lib/lang';

/** One log entry in full, read when it is opened: the list itself keeps only short rows. */
export function LogEntryDetail({ entryKey, uiLang }: { entryKey: string; uiLang: Lang }) {
  const [entry, setEntry] = useState<LogEntry | null>(null);
  useEffect(() => {
    getDatabase().log.get(entryKey).then((found) => setEntry(found ?? null), () => setEntry(null));
  }, [entryKey]);
  if (!entry) return null;
  const minutes = Math.round((entry.handledAt - entry.detectedAt) / 60_000);
  const link = entry.permalink ?? entry.pageUrl;
  return (
    <div data-testid="log-entry" className="space-y-1 bg-slate-50 px-3 py-2 text-sm dark:bg-slate-900">
      <p className="whitespace-pre-wrap">{entry.commentText}</p>
      {entry.outcome === 'replied' ? (
        <p className="whitespace-pre-wrap border-l-4 border-sky-300 pl-2">
          <span className="font-semibold">{t(uiLang, 'log.reply')}: </span>
          {entry.replyText}
        </p>
      ) : (
        <p>{t(uiLang, 'log.skipReason', { reason: entry.skipReason ?? '—' })}</p>
      )}
      <p className="text-xs text-slate-600 dark:text-slate-400">{t(uiLang, 'log.answeredAfter', { time: minutes < 120 ? `${minutes} min` : `${Math.round(minutes / 60)} h` })}</p>
      {entry.toneFindings.length > 0 && <p className="text-xs">{t(uiLang, 'log.toneCaught', { list: entry.toneFindings.map((finding) => `${finding.ruleId} (“${finding.text}”)`).join(', ') })}</p>}
      {/^https?:\/\//.test(link) && (
        <a href={link} target="_blank" rel="noreferrer noopener" className="text-sky-800 underline dark:text-sky-300">
          {t(uiLang, 'log.openPage')}
        </a>
      )}
    </div>
  );
}
