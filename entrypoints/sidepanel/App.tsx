import { useEffect } from 'react';
import { CommentDetail } from '@/components/CommentDetail';
import { CommentList } from '@/components/CommentList';
import { LogBar } from '@/components/LogBar';
import { t } from '@/lib/i18n';
import { usePanel } from './store';

export function App() {
  const state = usePanel();
  const { uiLang, status, page, queue, selectedKey, notice } = state;
  const start = usePanel((s) => s.start);
  useEffect(() => start(), [start]);

  const selected = queue.find((item) => item.comment.key === selectedKey);
  const needingReply = queue.filter((item) => item.triage.needsReply && !item.handled).length;

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
      </header>
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
        {selected ? (
          <CommentDetail
            key={selected.comment.key}
            item={selected}
            uiLang={uiLang}
            draft={state.drafts[selected.comment.key] ?? ''}
            handler={state.handler}
            busy={state.busy}
            onDraft={(text) => state.setDraft(selected.comment.key, text)}
            onHandler={state.setHandler}
            onInsert={() => void state.insertSelected()}
            onMarkHandled={() => void state.markSelected('replied')}
            onSkip={(reason) => void state.markSelected('skipped', reason)}
          />
        ) : (
          status === 'ready' && queue.length > 0 && <p className="px-3 py-2 text-sm text-slate-600 dark:text-slate-400">{t(uiLang, 'panel.select')}</p>
        )}
        <CommentList items={queue} selectedKey={selectedKey} uiLang={uiLang} onSelect={state.select} />
      </main>
      <LogBar uiLang={uiLang} count={state.logCount} onExport={(kind) => void state.exportLog(kind)} onImport={(file) => void state.importLog(file)} />
    </div>
  );
}
