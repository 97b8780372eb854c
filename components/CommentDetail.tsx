import { useState } from 'react';
import { t } from '@/lib/i18n';
import type { Lang } from '@/lib/lang';
import type { QueueItem } from '@/lib/queue/order';
import { LabelPill } from './LabelPill';
import { RatingBadge } from './RatingBadge';

interface Props {
  item: QueueItem;
  uiLang: Lang;
  draft: string;
  handler: string;
  busy: boolean;
  onDraft(text: string): void;
  onHandler(name: string): void;
  onInsert(): void;
  onMarkHandled(): void;
  onSkip(reason: string): void;
}

const SKIP_REASONS = ['panel.skipReason.spam', 'panel.skipReason.elsewhere', 'panel.skipReason.noReply'] as const;

/** The selected comment in full, and the reply workflow for it. */
export function CommentDetail({ item, uiLang, draft, handler, busy, onDraft, onHandler, onInsert, onMarkHandled, onSkip }: Props) {
  const { comment, triage } = item;
  const [skipping, setSkipping] = useState(false);
  const [skipReason, setSkipReason] = useState<string>(SKIP_REASONS[0]);
  const replyId = `reply-${comment.key}`;
  return (
    <section aria-label={comment.title ?? comment.author ?? comment.key} className="space-y-3 p-3">
      <header className="flex flex-wrap items-center gap-2">
        <LabelPill label={triage.label} uiLang={uiLang} />
        <RatingBadge rating={comment.rating} uiLang={uiLang} />
        <span className="text-sm font-semibold">{comment.author ?? '—'}</span>
        {comment.dateText && <span className="text-xs text-slate-500 dark:text-slate-400">{comment.dateText}</span>}
      </header>
      {comment.title && <h2 className="text-base font-semibold">{comment.title}</h2>}
      <p className="whitespace-pre-wrap text-sm" data-testid="comment-text">
        {comment.text}
      </p>
      {comment.truncated && <p className="text-xs text-amber-700 dark:text-amber-400">{t(uiLang, 'panel.truncated')}</p>}
      {comment.ownerReply && (
        <blockquote className="border-l-4 border-slate-300 pl-3 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-300">
          <p className="text-xs font-semibold">{t(uiLang, 'panel.ownerReply')}</p>
          <p className="whitespace-pre-wrap">{comment.ownerReply.text}</p>
        </blockquote>
      )}

      <div className="space-y-1">
        <label htmlFor={replyId} className="block text-sm font-semibold">
          {t(uiLang, 'panel.reply')}
        </label>
        <textarea
          id={replyId}
          value={draft}
          onChange={(event) => onDraft(event.target.value)}
          placeholder={t(uiLang, 'panel.replyPlaceholder')}
          rows={7}
          className="w-full rounded border border-slate-300 bg-white p-2 text-sm dark:border-slate-700 dark:bg-slate-900"
        />
        <p className="text-right text-xs text-slate-500 dark:text-slate-400">{t(uiLang, 'panel.characters', { count: draft.length })}</p>
      </div>

      <div className="space-y-1">
        <label htmlFor="handler" className="block text-sm font-semibold">
          {t(uiLang, 'panel.handler')}
        </label>
        <input
          id="handler"
          value={handler}
          onChange={(event) => onHandler(event.target.value)}
          placeholder={t(uiLang, 'panel.handlerPlaceholder')}
          className="w-full rounded border border-slate-300 bg-white p-1.5 text-sm dark:border-slate-700 dark:bg-slate-900"
        />
      </div>

      <div className="flex flex-wrap gap-2">
        <button type="button" disabled={busy} onClick={onInsert} className="rounded bg-sky-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-sky-800 disabled:opacity-50">
          {t(uiLang, 'panel.insert')}
        </button>
        <button type="button" disabled={busy} onClick={onMarkHandled} className="rounded bg-green-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-green-800 disabled:opacity-50">
          {t(uiLang, 'panel.markHandled')}
        </button>
        <button type="button" disabled={busy} onClick={() => setSkipping(true)} className="rounded border border-slate-300 px-3 py-1.5 text-sm dark:border-slate-700">
          {t(uiLang, 'panel.skip')}
        </button>
      </div>
      {skipping && (
        <div className="flex flex-wrap items-end gap-2 rounded border border-slate-200 p-2 dark:border-slate-800">
          <label className="text-sm">
            <span className="block font-semibold">{t(uiLang, 'panel.skipReason')}</span>
            <select value={skipReason} onChange={(event) => setSkipReason(event.target.value)} className="rounded border border-slate-300 bg-white p-1 dark:border-slate-700 dark:bg-slate-900">
              {SKIP_REASONS.map((reason) => (
                <option key={reason} value={reason}>
                  {t(uiLang, reason)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            onClick={() => {
              setSkipping(false);
              onSkip(t(uiLang, skipReason as (typeof SKIP_REASONS)[number]));
            }}
            className="rounded bg-slate-700 px-3 py-1.5 text-sm font-semibold text-white"
          >
            {t(uiLang, 'panel.confirmSkip')}
          </button>
          <button type="button" onClick={() => setSkipping(false)} className="px-2 py-1.5 text-sm underline">
            {t(uiLang, 'panel.cancel')}
          </button>
        </div>
      )}
    </section>
  );
}
