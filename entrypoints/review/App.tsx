import { useEffect, useMemo, useState } from 'react';
import { ChartCard } from '@/components/review/ChartCard';
import { reviewCharts, type ReviewChart } from '@/components/review/chart-configs';
import { chartTheme } from '@/components/review/chart-setup';
import { chartsAsPng, downloadText, downloadUrl } from '@/components/review/download';
import { PeriodChooser, type PeriodChoice } from '@/components/review/PeriodChooser';
import { getDatabase } from '@/lib/db/database';
import { listLog } from '@/lib/db/log-store';
import { t, uiLangFor } from '@/lib/i18n';
import { betweenDays, buildReview, dayKey, lastDays, reviewFileName, reviewToCsv, type CrisisReview, type ReviewPeriod } from '@/lib/radar';

/** East of UTC positive, as the review's day buckets expect. */
const UTC_OFFSET_MINUTES = -new Date().getTimezoneOffset();
const DEFAULT_CHOICE: PeriodChoice = { kind: 'last', days: 30 };

/** The post-crisis review page (review.html): the log's figures for a period, as charts, CSV, PNG and print. */
export function App() {
  const uiLang = useMemo(() => uiLangFor(navigator.language), []);
  const [choice, setChoice] = useState<PeriodChoice>(DEFAULT_CHOICE);
  // The page's "now", fixed when it opens: the periods and the report's date stay consistent.
  const [openedAt] = useState(() => Date.now());
  const [loaded, setLoaded] = useState<{ period: ReviewPeriod; review: CrisisReview | null } | null>(null);
  const today = dayKey(openedAt, UTC_OFFSET_MINUTES);
  const period = useMemo(() => periodOf(choice, openedAt), [choice, openedAt]);
  const current = loaded && loaded.period === period ? loaded : null;
  const review = current?.review ?? null;
  const failed = current !== null && current.review === null;

  useEffect(() => {
    document.documentElement.lang = uiLang;
    document.title = `Composure — ${t(uiLang, 'review.title')}`;
  }, [uiLang]);

  useEffect(() => {
    if (!period) return;
    listLog(getDatabase(), period).then(
      (entries) => setLoaded({ period, review: buildReview(entries, period, UTC_OFFSET_MINUTES) }),
      (error: unknown) => {
        console.warn('[Composure] could not read the log', error);
        setLoaded({ period, review: null });
      },
    );
  }, [period]);

  const charts = useMemo(() => (review ? reviewCharts(review, uiLang) : []), [review, uiLang]);
  const formatDuration = (minutes: number | null) =>
    minutes === null ? t(uiLang, 'review.noResponse') : minutes < 120 ? t(uiLang, 'review.minutes', { n: minutes }) : t(uiLang, 'review.hours', { n: Math.round(minutes / 6) / 10 });
  const dateOf = (at: number) => new Date(at).toLocaleDateString(uiLang, { dateStyle: 'medium' });

  const exportCsv = () => review && downloadText(reviewToCsv(review), reviewFileName('csv', Date.now()), 'text/csv;charset=utf-8');
  const exportPng = () => {
    const drawn = [...document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')].map((canvas) => ({
      canvas,
      title: charts.find((chart) => chart.id === canvas.dataset.chart)?.title ?? '',
    }));
    const theme = chartTheme();
    downloadUrl(chartsAsPng(drawn, `${t(uiLang, 'review.title')} · ${review ? `${dateOf(review.period.from)} – ${dateOf(review.period.to - 1)}` : ''}`, theme.background, theme.text), reviewFileName('png', Date.now()));
  };
  const chartPng = (canvas: HTMLCanvasElement, chart: ReviewChart) => downloadUrl(canvas.toDataURL('image/png'), reviewFileName('png', Date.now(), chart.id));

  return (
    <div className="min-h-screen bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <main className="mx-auto max-w-5xl space-y-4 p-4">
        <header className="space-y-2">
          <h1 className="text-xl font-bold">{t(uiLang, 'review.title')}</h1>
          <p className="text-sm text-slate-700 dark:text-slate-300">{t(uiLang, 'review.intro')}</p>
        </header>
        <div className="no-print flex flex-wrap items-end gap-3">
          <PeriodChooser uiLang={uiLang} choice={choice} onChange={setChoice} today={today} />
          <span className="flex-1" />
          <button type="button" onClick={exportCsv} disabled={!review} className="rounded border border-slate-300 px-3 py-1 text-sm disabled:opacity-50 dark:border-slate-700">
            {t(uiLang, 'review.exportCsv')}
          </button>
          <button type="button" onClick={exportPng} disabled={!review || review.total === 0} className="rounded border border-slate-300 px-3 py-1 text-sm disabled:opacity-50 dark:border-slate-700">
            {t(uiLang, 'review.exportPng')}
          </button>
          <button type="button" onClick={() => window.print()} disabled={!review} className="rounded border border-slate-300 px-3 py-1 text-sm disabled:opacity-50 dark:border-slate-700">
            {t(uiLang, 'review.print')}
          </button>
        </div>
        {failed && (
          <p role="alert" className="rounded bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
            {t(uiLang, 'review.error')}
          </p>
        )}
        {!current && period && <p className="text-sm">{t(uiLang, 'review.loading')}</p>}
        {review && (
          <>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {t(uiLang, 'review.generated', { from: dateOf(review.period.from), to: dateOf(review.period.to - 1), now: new Date(openedAt).toLocaleString(uiLang) })}
            </p>
            <p data-testid="review-summary" className="text-base font-semibold">
              {review.total === 0
                ? t(uiLang, 'review.empty')
                : t(uiLang, 'review.summary', {
                    total: review.total,
                    replied: review.outcomes.replied,
                    skipped: review.outcomes.skipped,
                    median: formatDuration(review.responseTimes.medianMinutes),
                    p90: formatDuration(review.responseTimes.p90Minutes),
                  })}
            </p>
            {review.repliesWithToneProblems > 0 && <p className="text-sm">{t(uiLang, 'review.repliesWithTone', { count: review.repliesWithToneProblems })}</p>}
            <div className="grid gap-4 md:grid-cols-2">
              {charts.map((chart) => (
                <ChartCard key={chart.id} chart={chart} uiLang={uiLang} onDownloadPng={chartPng} />
              ))}
            </div>
          </>
        )}
      </main>
    </div>
  );
}

function periodOf(choice: PeriodChoice, now: number): ReviewPeriod | null {
  return choice.kind === 'last' ? lastDays(choice.days, now, UTC_OFFSET_MINUTES) : betweenDays(choice.from, choice.to, UTC_OFFSET_MINUTES);
}
