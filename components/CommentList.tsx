import { t } from '@/lib/i18n';
import type { Lang } from '@/lib/lang';
import type { QueueItem } from '@/lib/queue/order';
import { LabelPill } from './LabelPill';
import { RatingBadge } from './RatingBadge';

interface Props {
  items: QueueItem[];
  selectedKey: string | null;
  uiLang: Lang;
  onSelect(key: string): void;
}

/** The queue: one row per comment, the ones needing a reply first. */
export function CommentList({ items, selectedKey, uiLang, onSelect }: Props) {
  return (
    <ul aria-label={t(uiLang, 'panel.queue')} className="divide-y divide-slate-200 dark:divide-slate-800">
      {items.map(({ comment, triage, handled }) => (
        <li key={comment.key}>
          <button
            type="button"
            data-comment-key={comment.key}
            data-rating={comment.rating ?? 'none'}
            data-answered={comment.ownerReply !== null}
            aria-current={comment.key === selectedKey ? 'true' : undefined}
            onClick={() => onSelect(comment.key)}
            className={`w-full px-3 py-2 text-left hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-[-2px] focus-visible:outline-sky-600 dark:hover:bg-slate-900 ${
              comment.key === selectedKey ? 'bg-sky-50 dark:bg-sky-950' : ''
            }`}
          >
            <div className="flex flex-wrap items-center gap-2">
              <LabelPill label={triage.label} uiLang={uiLang} />
              <RatingBadge rating={comment.rating} uiLang={uiLang} />
              <span className="truncate text-sm font-medium">{comment.author ?? '—'}</span>
              {comment.ownerReply && <span className="text-xs text-slate-500 dark:text-slate-400">{t(uiLang, 'panel.answered')}</span>}
              {handled && <span className="text-xs font-semibold text-green-700 dark:text-green-400">✓ {t(uiLang, 'panel.handled')}</span>}
            </div>
            <p className="mt-1 line-clamp-2 text-sm text-slate-700 dark:text-slate-300">{comment.title ? `${comment.title} — ${comment.text}` : comment.text}</p>
          </button>
        </li>
      ))}
    </ul>
  );
}
