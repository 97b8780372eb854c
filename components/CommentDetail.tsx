import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { t } from '@/lib/i18n';
import type { Lang } from '@/lib/lang';
import type { Engines } from '@/lib/panel/engines';
import type { QueueItem } from '@/lib/queue/order';
import type { BrandProfile } from '@/lib/settings/brand-profile';
import type { UserTemplateLibrary } from '@/lib/templates/user-library';
import type { Finding, ToneSettings } from '@/lib/tone';
import { AnalysisSummary } from './AnalysisSummary';
import { HighlightedText } from './HighlightedText';
import { RatingBadge } from './RatingBadge';
import { ReplyEditor } from './ReplyEditor';
import { Suggestions } from './Suggestions';

interface Props {
  engines: Engines;
  item: QueueItem;
  /** Whether the page has a reply box Composure can fill; if not, Copy replaces Insert. */
  replyBox: boolean;
  uiLang: Lang;
  draft: string;
  handler: string;
  team: string[];
  busy: boolean;
  confirmInsert: boolean;
  brand: BrandProfile;
  toneSettings: ToneSettings;
  recentTemplates: string[];
  templateLibrary: UserTemplateLibrary;
  recentReplies: string[];
  onDraft(text: string): void;
  onUseTemplate(templateId: string, text: string): void;
  onFindings(findings: Finding[]): void;
  onHandler(name: string): void;
  onInsert(force: boolean): void;
  onCancelInsert(): void;
  onCopy(): void;
  onSnooze(): void;
  onMarkHandled(): void;
  onSkip(reason: string): void;
  onBack(): void;
}

const SKIP_REASONS = ['panel.skipReason.spam', 'panel.skipReason.elsewhere', 'panel.skipReason.noReply'] as const;
const BUTTON = 'rounded px-3 py-1.5 text-sm font-semibold disabled:opacity-50';

/** The selected comment in full, what the analysis found, suggested replies, and the reply workflow. */
export function CommentDetail(props: Props) {
  const { engines, item, uiLang, draft, busy } = props;
  const { comment, triage } = item;
  const [skipping, setSkipping] = useState(false);
  const [skipReason, setSkipReason] = useState<string>(SKIP_REASONS[0]);
  // The check trails fast typing by a frame rather than delaying a keystroke.
  const checkedDraft = useDeferredValue(draft);
  const tone = useMemo(
    () => engines.checkDraft(item, checkedDraft, { uiLang, settings: props.toneSettings, previousReplies: props.recentReplies }),
    [engines, item, checkedDraft, uiLang, props.toneSettings, props.recentReplies],
  );
  const { onFindings } = props;
  useEffect(() => onFindings(tone.findings), [tone, onFindings]);
  const suggestions = useMemo(
    () => engines.suggestReplies(item, uiLang, props.brand, props.recentTemplates, engines.effectiveTemplates(engines.builtinTemplates, props.templateLibrary), false),
    [engines, item, uiLang, props.brand, props.recentTemplates, props.templateLibrary],
  );
  const replyId = `reply-${comment.key}`;
  // Evidence offsets count from the analysed text (title first); the body is shown on its own.
  const offset = engines.bodyOffset(comment);
  const topicRanges = triage.analysis.topics.flatMap((topic) =>
    topic.evidence.map((evidence) => ({ start: evidence.start - offset, end: evidence.end - offset, title: t(uiLang, `topic.${topic.id}`) })),
  );

  return (
    <section aria-label={comment.title ?? comment.author ?? comment.key} className="space-y-3 p-3">
      <button type="button" onClick={props.onBack} className="text-sm text-sky-800 underline dark:text-sky-300">
        ← {t(uiLang, 'panel.back')}
      </button>
      <header className="flex flex-wrap items-center gap-2">
        <RatingBadge rating={comment.rating} uiLang={uiLang} />
        <span className="text-sm font-semibold">{comment.author ?? '—'}</span>
        {comment.dateText && <span className="text-xs text-slate-500 dark:text-slate-400">{comment.dateText}</span>}
      </header>
      {comment.title && <h2 className="text-base font-semibold">{comment.title}</h2>}
      <HighlightedText text={comment.text} ranges={topicRanges} markClassName="rounded-sm bg-violet-200 text-inherit dark:bg-violet-800" testId="comment-text" />
      {comment.truncated && <p className="text-xs text-amber-700 dark:text-amber-400">{t(uiLang, 'panel.truncated')}</p>}
      <AnalysisSummary analysis={triage.analysis} uiLang={uiLang} />
      {comment.ownerReply && (
        <blockquote className="border-l-4 border-slate-300 pl-3 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-300">
          <p className="text-xs font-semibold">{t(uiLang, 'panel.ownerReply')}</p>
          <p className="whitespace-pre-wrap">{comment.ownerReply.text}</p>
        </blockquote>
      )}

      <Suggestions
        suggestions={suggestions}
        actions={props.brand.allowedActions}
        uiLang={uiLang}
        onUse={(suggestion, action) =>
          props.onUseTemplate(suggestion.template.id, action ? engines.fillWithAction(item, uiLang, props.brand, suggestion.template, action).filled : suggestion.filled)
        }
      />

      <div className="space-y-1">
        <label htmlFor={replyId} className="block text-sm font-semibold">
          {t(uiLang, 'panel.reply')}
        </label>
        <ReplyEditor id={replyId} value={draft} site={comment.site} tone={tone} uiLang={uiLang} onChange={props.onDraft} />
      </div>

      <div className="space-y-1">
        <label htmlFor="handler" className="block text-sm font-semibold">
          {t(uiLang, 'panel.handler')}
        </label>
        <input
          id="handler"
          list="team-members"
          value={props.handler}
          onChange={(event) => props.onHandler(event.target.value)}
          placeholder={t(uiLang, 'panel.handlerPlaceholder')}
          className="w-full rounded border border-slate-300 bg-white p-1.5 text-sm dark:border-slate-700 dark:bg-slate-900"
        />
        <datalist id="team-members">
          {props.team.map((member) => (
            <option key={member} value={member} />
          ))}
        </datalist>
      </div>

      {props.confirmInsert ? (
        <div className="flex flex-wrap gap-2">
          <button type="button" disabled={busy} onClick={() => props.onInsert(true)} className={`${BUTTON} bg-red-700 text-white`}>
            {t(uiLang, 'panel.insertAnyway')}
          </button>
          <button type="button" onClick={props.onCancelInsert} className={`${BUTTON} border border-slate-300 dark:border-slate-700`}>
            {t(uiLang, 'panel.keepEditing')}
          </button>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          {props.replyBox ? (
            <button type="button" disabled={busy} onClick={() => props.onInsert(false)} className={`${BUTTON} bg-sky-700 text-white hover:bg-sky-800`}>
              {t(uiLang, 'panel.insert')}
            </button>
          ) : (
            <p className="w-full text-xs text-slate-600 dark:text-slate-400">{t(uiLang, 'panel.noReplyBox')}</p>
          )}
          <button type="button" disabled={busy} onClick={props.onMarkHandled} className={`${BUTTON} bg-green-700 text-white hover:bg-green-800`}>
            {t(uiLang, 'panel.markHandled')}
          </button>
          <button type="button" onClick={props.onCopy} className={`${BUTTON} border border-slate-300 dark:border-slate-700`}>
            {t(uiLang, 'panel.copy')}
          </button>
          <button type="button" onClick={props.onSnooze} className={`${BUTTON} border border-slate-300 dark:border-slate-700`}>
            {t(uiLang, 'panel.snooze')}
          </button>
          <button type="button" disabled={busy} onClick={() => setSkipping(true)} className={`${BUTTON} border border-slate-300 dark:border-slate-700`}>
            {t(uiLang, 'panel.skip')}
          </button>
        </div>
      )}
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
              props.onSkip(t(uiLang, skipReason as (typeof SKIP_REASONS)[number]));
            }}
            className={`${BUTTON} bg-slate-700 text-white`}
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
