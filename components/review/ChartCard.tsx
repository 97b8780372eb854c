import { useEffect, useRef } from 'react';
import { t } from '@/lib/i18n';
import type { Lang } from '@/lib/lang';
import { Chart } from './chart-setup';
import type { ReviewChart } from './chart-configs';

interface Props {
  chart: ReviewChart;
  uiLang: Lang;
  onDownloadPng(canvas: HTMLCanvasElement, chart: ReviewChart): void;
}

/** One chart of the review on a canvas (chart.js), with its figures as text for screen readers. */
export function ChartCard({ chart, uiLang, onDownloadPng }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current || !chart.hasData) return;
    const instance = new Chart(canvas.current, chart.config);
    return () => instance.destroy();
  }, [chart]);
  const headingId = `chart-${chart.id}`;
  return (
    <section aria-labelledby={headingId} className="chart-card rounded-md border border-slate-200 p-3 dark:border-slate-800">
      <div className="flex items-center gap-2">
        <h2 id={headingId} className="flex-1 font-semibold">
          {chart.title}
        </h2>
        {chart.hasData && (
          <button
            type="button"
            className="no-print rounded border border-slate-300 px-2 py-0.5 text-sm dark:border-slate-700"
            aria-label={t(uiLang, 'review.chartPngLabel', { chart: chart.title })}
            onClick={() => canvas.current && onDownloadPng(canvas.current, chart)}
          >
            {t(uiLang, 'review.chartPng')}
          </button>
        )}
      </div>
      {chart.hasData ? (
        <div className="relative mt-2 h-64">
          <canvas ref={canvas} data-chart={chart.id} role="img" aria-label={`${chart.title}: ${chart.summary.join('; ')}`}>
            {chart.summary.join('; ')}
          </canvas>
        </div>
      ) : (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t(uiLang, 'review.noData')}</p>
      )}
    </section>
  );
}
