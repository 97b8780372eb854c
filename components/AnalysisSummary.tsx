import type { CommentAnalysis } from '@/lib/analysis';
import { t } from '@/lib/i18n';
import type { Lang } from '@/lib/lang';
import { LabelPill } from './LabelPill';

/** What the analysis found: label and score, language, topics and urgency reasons. */
export function AnalysisSummary({ analysis, uiLang }: { analysis: CommentAnalysis; uiLang: Lang }) {
  return (
    <div className="space-y-2 text-sm" data-testid="analysis">
      <p className="flex flex-wrap items-center gap-2">
        <LabelPill label={analysis.label} uiLang={uiLang} />
        <span className="text-slate-600 dark:text-slate-400">
          {t(uiLang, 'analysis.score', { score: analysis.score.toFixed(2) })} · {t(uiLang, `lang.${analysis.lang}`)} ·{' '}
          {t(uiLang, 'analysis.severity', { severity: analysis.severity })}
        </span>
      </p>
      {analysis.topics.length > 0 && (
        <p className="flex flex-wrap items-center gap-1">
          <span className="font-semibold">{t(uiLang, 'analysis.about')}:</span>
          {analysis.topics.map((topic) => (
            <span key={topic.id} data-topic={topic.id} className="rounded bg-violet-100 px-1.5 text-violet-900 dark:bg-violet-950 dark:text-violet-100">
              {t(uiLang, `topic.${topic.id}`)}
            </span>
          ))}
        </p>
      )}
      {analysis.urgency.length > 0 && (
        <div role="note" className="rounded border border-red-300 bg-red-50 p-2 dark:border-red-900 dark:bg-red-950">
          <p className="font-semibold text-red-900 dark:text-red-100">{t(uiLang, 'analysis.urgent')}</p>
          <ul className="list-disc pl-5">
            {analysis.urgency.map((signal) => (
              <li key={signal.id} data-urgency={signal.id}>
                {t(uiLang, `urgency.${signal.id}`)}: “{signal.evidence.map((evidence) => evidence.text).join('”, “')}”
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
