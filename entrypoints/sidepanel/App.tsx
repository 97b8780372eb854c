import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { CommentDetail } from '@/components/CommentDetail';
import { CommentList } from '@/components/CommentList';
import { LogBar } from '@/components/LogBar';
import { LogView } from '@/components/log/LogView';
import { QueueFilters } from '@/components/QueueFilters';
import { RecentTabs } from '@/components/RecentTabs';
import { t } from '@/lib/i18n';
import { filterOptions, filterQueue, unansweredCounts } from '@/lib/panel/queue-filter';
import type { Finding } from '@/lib/tone';
import { usePanel } from './store';

// The radar alert offers holding statements from the template library: loaded after the first
// render, so the library stays out of the panel's initial code.
const RadarAlert = lazy(() => import('@/components/RadarAlert').then((module) => ({ default: module.RadarAlert })));

export function App() {
  const state = usePanel();
  const { uiLang, status, page, queue, selectedKey, notice } = state;
  const start = usePanel((s) => s.start);
  useEffect(() => start(), [start]);

  const now = useClock(60_000);
  const visible = useMemo(() => filterQueue(queue, state.filter, state.snoozed, now), [queue, state.filter, state.snoozed, now]);
  const options = useMemo(() => filterOptions(queue), [queue]);
  const counts = useMemo(() => unansweredCounts(queue), [queue]);
  const selected = queue.find((item) => item.comment.key === selectedKey);
  const needingReply = queue.filter((item) => item.triage.needsReply && !item.handled).length;
  const noteFindings = usePanel((s) => s.noteFindings);
  const onFindings = useCallback((findings: Finding[]) => selectedKey && noteFindings(selectedKey, findings), [selectedKey, noteFindings]);
  useQueueKeys(visible.map((item) => item.comment.key));

  if (state.view === 'log') {
    return (
      <div className="flex h-screen min-w-[300px] flex-col bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-100">
        <LogView uiLang={uiLang} onBack={() => state.showView('queue')} />
      </div>
    );
  }

  return (
    <div className="flex h-screen min-w-[300px] flex-col bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <header className="border-b border-slate-200 px-3 py-2 dark:border-slate-800">
        <h1 className="text-base font-bold">{t(uiLang, 'panel.title')}</h1>
        <p data-testid="page-status" className="text-sm text-slate-600 dark:text-slate-400">
          {status === 'loading' && t(uiLang, 'panel.loading')}
          {status === 'no-tab' && t(uiLang, 'panel.noTab')}
          {status === 'unsupported' && t(uiLang, 'panel.unsupported')}
          {status === 'ready' && page?.layout === 'unrecognised' && t(uiLang, 'panel.unrecognised')}
          {status === 'ready' && page?.layout === 'empty' && t(uiLang, 'panel.empty')}
          {status === 'ready' && page?.layout === 'recognised' && t(uiLang, 'panel.summary', { count: queue.length, negative: needingReply })}
        </p>
        <p className="text-xs text-slate-500 dark:text-slate-500">{t(uiLang, 'panel.shortcuts')}</p>
        {status === 'unsupported' && state.unsupportedOrigin && (
          <div className="mt-2 space-y-1 text-sm">
            <p className="text-slate-600 dark:text-slate-400">{t(uiLang, 'panel.enableGenericHelp')}</p>
            <button type="button" onClick={() => void state.enableGenericHere()} className="rounded bg-sky-700 px-3 py-1.5 font-semibold text-white hover:bg-sky-800">
              {t(uiLang, 'panel.enableGeneric', { host: new URL(state.unsupportedOrigin).host })}
            </button>
          </div>
        )}
      </header>
      {state.logUnavailable && (
        <div role="alert" data-testid="log-unavailable" className="bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
          {t(uiLang, 'panel.storageUnavailable')}
        </div>
      )}
      {notice && (
        <div role={notice.kind === 'error' ? 'alert' : 'status'} className={`px-3 py-2 text-sm ${notice.kind === 'error' ? 'bg-red-50 text-red-800 dark:bg-red-950 dark:text-red-200' : 'bg-sky-50 text-sky-900 dark:bg-sky-950 dark:text-sky-100'}`}>
          {notice.text}
          {notice.details && (
            <ul className="mt-1 list-disc pl-5">
              {notice.details.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <main className="flex-1 overflow-y-auto">
        <Suspense fallback={null}>
          <RadarAlert uiLang={uiLang} />
        </Suspense>
        {selected && state.engines ? (
          <CommentDetail
            key={selected.comment.key}
            engines={state.engines}
            item={selected}
            replyBox={page?.replyBox ?? true}
            uiLang={uiLang}
            draft={state.drafts[selected.comment.key] ?? ''}
            handler={state.handler}
            team={state.brand.team}
            busy={state.busy}
            confirmInsert={state.confirmInsert}
            brand={state.brand}
            toneSettings={state.toneSettings}
            recentTemplates={state.recentTemplates}
            templateLibrary={state.templateLibrary}
            recentReplies={state.recentReplies}
            onDraft={(text) => state.setDraft(selected.comment.key, text)}
            onUseTemplate={(templateId, text) => state.useTemplate(selected.comment.key, templateId, text)}
            onFindings={onFindings}
            onHandler={state.setHandler}
            onInsert={(force) => void state.insertSelected(force)}
            onCancelInsert={state.cancelInsert}
            onCopy={() => void state.copySelected()}
            onSnooze={() => void state.snoozeSelected()}
            onMarkHandled={() => void state.markSelected('replied')}
            onSkip={(reason) => void state.markSelected('skipped', reason)}
            onBack={() => state.select(null)}
          />
        ) : (
          status === 'ready' &&
          queue.length > 0 && (
            <>
              <QueueFilters uiLang={uiLang} filter={state.filter} topics={options.topics} langs={options.langs} counts={counts} onChange={state.setFilter} />
              <p className="px-3 py-2 text-sm text-slate-600 dark:text-slate-400">{t(uiLang, 'panel.select')}</p>
            </>
          )
        )}
        <CommentList items={visible} selectedKey={selectedKey} uiLang={uiLang} onSelect={state.select} />
        <RecentTabs uiLang={uiLang} currentTabId={state.tabId} onOpen={(tabId) => void state.showTab(tabId)} />
      </main>
      <LogBar uiLang={uiLang} count={state.logCount} onExport={(kind) => void state.exportLog(kind)} onImport={(file) => void state.importLog(file)} onBrowse={() => state.showView('log')} />
    </div>
  );
}

/** The time, refreshed every interval (snoozes wake up without a reload). */
function useClock(intervalMs: number): number {
  const [now, setNow] = useState(0);
  useEffect(() => {
    const tick = () => setNow(Date.now());
    tick();
    const timer = setInterval(tick, intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** j / k move through the queue, Enter goes to the reply box, Esc returns to the queue. */
function useQueueKeys(keys: string[]) {
  const select = usePanel((s) => s.select);
  const selectedKey = usePanel((s) => s.selectedKey);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const typing = event.target instanceof HTMLElement && event.target.closest('input, textarea, select, [contenteditable="true"]');
      if (event.key === 'Escape') {
        if (typing) (event.target as HTMLElement).blur();
        else select(null);
        return;
      }
      if (typing) return;
      const index = selectedKey ? keys.indexOf(selectedKey) : -1;
      if (event.key === 'j' || event.key === 'k') {
        const next = keys[Math.min(keys.length - 1, Math.max(0, index + (event.key === 'j' ? 1 : -1)))];
        if (next) select(next);
        event.preventDefault();
      } else if (event.key === 'Enter' && selectedKey) {
        document.getElementById(`reply-${selectedKey}`)?.focus();
        event.preventDefault();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [keys, selectedKey, select]);
}
