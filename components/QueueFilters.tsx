import { t } from '@/lib/i18n';
import type { DetectedLang, Lang } from '@/lib/lang';
import type { QueueFilter } from '@/lib/panel/queue-filter';
import type { TriageLabel } from '@/lib/triage';
import { isTopicId, type TopicId } from '@/lib/topics';

interface Props {
  uiLang: Lang;
  filter: QueueFilter;
  topics: TopicId[];
  langs: DetectedLang[];
  counts: Record<TriageLabel, number>;
  onChange(filter: Partial<QueueFilter>): void;
}

const SELECT = 'rounded border border-slate-300 bg-white p-1 text-sm dark:border-slate-700 dark:bg-slate-900';

/** Which comments the queue shows, and how many of each kind still wait for an answer. */
export function QueueFilters({ uiLang, filter, topics, langs, counts, onChange }: Props) {
  return (
    <div className="space-y-1 border-b border-slate-200 px-3 py-2 dark:border-slate-800">
      <p data-testid="unanswered-counts" className="text-xs text-slate-600 dark:text-slate-400">
        {t(uiLang, 'panel.counts', counts)}
      </p>
      <div className="flex flex-wrap gap-1" role="group" aria-label={t(uiLang, 'filter.label')}>
        <select aria-label={t(uiLang, 'filter.label')} value={filter.view} onChange={(event) => onChange({ view: event.target.value as QueueFilter['view'] })} className={SELECT}>
          <option value="all">{t(uiLang, 'filter.all')}</option>
          <option value="unanswered">{t(uiLang, 'filter.unanswered')}</option>
          <option value="negative">{t(uiLang, 'filter.negative')}</option>
        </select>
        <select aria-label={t(uiLang, 'filter.anyTopic')} value={filter.topic ?? ''} onChange={(event) => onChange({ topic: isTopicId(event.target.value) ? event.target.value : null })} className={SELECT}>
          <option value="">{t(uiLang, 'filter.anyTopic')}</option>
          {topics.map((topic) => (
            <option key={topic} value={topic}>
              {t(uiLang, `topic.${topic}`)}
            </option>
          ))}
        </select>
        <select aria-label={t(uiLang, 'filter.anyLang')} value={filter.lang ?? ''} onChange={(event) => onChange({ lang: (event.target.value || null) as DetectedLang | null })} className={SELECT}>
          <option value="">{t(uiLang, 'filter.anyLang')}</option>
          {langs.map((lang) => (
            <option key={lang} value={lang}>
              {t(uiLang, `lang.${lang}`)}
            </option>
          ))}
        </select>
        <select aria-label={t(uiLang, 'filter.anyRating')} value={filter.maxRating ?? ''} onChange={(event) => onChange({ maxRating: event.target.value ? Number(event.target.value) : null })} className={SELECT}>
          <option value="">{t(uiLang, 'filter.anyRating')}</option>
          {[1, 2, 3, 4].map((rating) => (
            <option key={rating} value={rating}>
              {t(uiLang, 'filter.rating', { rating })}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
