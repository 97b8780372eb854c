import type { ChartConfiguration } from 'chart.js';
import { t } from '@/lib/i18n';
import type { Lang } from '@/lib/lang';
import type { CrisisReview } from '@/lib/radar';
import { chartTheme } from './chart-setup';

export type ReviewChartId = 'volume' | 'topics' | 'response' | 'outcomes' | 'tone';

export interface ReviewChart {
  id: ReviewChartId;
  title: string;
  /** Whether the period has anything to draw. */
  hasData: boolean;
  /** The figures as text, for screen readers and as the canvas's fallback. */
  summary: string[];
  config: ChartConfiguration;
}

/** The five charts of the review, built from its figures (no animation: they print and export at once). */
export function reviewCharts(review: CrisisReview, uiLang: Lang): ReviewChart[] {
  const theme = chartTheme();
  const axes = {
    x: { ticks: { color: theme.text }, grid: { color: theme.grid } },
    y: { beginAtZero: true, ticks: { color: theme.text, precision: 0 }, grid: { color: theme.grid }, title: { display: true, text: t(uiLang, 'review.count'), color: theme.text } },
  };
  const common = { animation: false as const, responsive: true, maintainAspectRatio: false, plugins: { legend: { labels: { color: theme.text } } } };
  const series = (key: 'review.series.replied' | 'review.series.skipped' | 'review.series.negative' | 'review.series.resolved' | 'review.series.present') => t(uiLang, key);

  const days = review.volumePerDay.map((d) => d.day);
  const topicLabels = review.negativesPerTopic.map((n) => t(uiLang, `topic.${n.topic}`));
  const bucketLabels = review.responseTimes.buckets.map((b) => t(uiLang, `review.bucket.${b.id}`));
  const toneLabels = review.toneCaught.map((c) => c.ruleId);

  return [
    {
      id: 'volume',
      title: t(uiLang, 'review.chart.volume'),
      hasData: review.total > 0,
      summary: review.volumePerDay.filter((d) => d.replied + d.skipped > 0).map((d) => `${d.day}: ${series('review.series.replied')} ${d.replied}, ${series('review.series.skipped')} ${d.skipped}, ${series('review.series.negative')} ${d.negative}`),
      config: {
        type: 'bar',
        data: {
          labels: days,
          datasets: [
            { label: series('review.series.replied'), data: review.volumePerDay.map((d) => d.replied), backgroundColor: theme.replied, stack: 'handled' },
            { label: series('review.series.skipped'), data: review.volumePerDay.map((d) => d.skipped), backgroundColor: theme.skipped, stack: 'handled' },
            { label: series('review.series.negative'), data: review.volumePerDay.map((d) => d.negative), backgroundColor: theme.negative, stack: 'negative' },
          ],
        },
        options: { ...common, scales: { x: { ...axes.x, stacked: true }, y: { ...axes.y, stacked: true } } },
      },
    },
    {
      id: 'topics',
      title: t(uiLang, 'review.chart.topics'),
      hasData: review.negativesPerTopic.length > 0,
      summary: review.negativesPerTopic.map((n, i) => `${topicLabels[i]}: ${n.count}`),
      config: {
        type: 'bar',
        data: { labels: topicLabels, datasets: [{ label: series('review.series.negative'), data: review.negativesPerTopic.map((n) => n.count), backgroundColor: theme.negative }] },
        options: { ...common, indexAxis: 'y', scales: { x: { ...axes.y }, y: { ...axes.x } } },
      },
    },
    {
      id: 'response',
      title: t(uiLang, 'review.chart.response'),
      hasData: review.outcomes.replied > 0,
      summary: review.responseTimes.buckets.map((b, i) => `${bucketLabels[i]}: ${b.count}`),
      config: {
        type: 'bar',
        data: { labels: bucketLabels, datasets: [{ label: series('review.series.replied'), data: review.responseTimes.buckets.map((b) => b.count), backgroundColor: theme.replied }] },
        options: { ...common, scales: axes },
      },
    },
    {
      id: 'outcomes',
      title: t(uiLang, 'review.chart.outcomes'),
      hasData: review.total > 0,
      summary: [`${series('review.series.replied')}: ${review.outcomes.replied}`, `${series('review.series.skipped')}: ${review.outcomes.skipped}`],
      config: {
        type: 'doughnut',
        data: {
          labels: [series('review.series.replied'), series('review.series.skipped')],
          datasets: [{ data: [review.outcomes.replied, review.outcomes.skipped], backgroundColor: [theme.replied, theme.skipped], borderColor: theme.background }],
        },
        options: common,
      },
    },
    {
      id: 'tone',
      title: t(uiLang, 'review.chart.tone'),
      hasData: review.toneCaught.length > 0,
      summary: review.toneCaught.map((c) => `${c.ruleId}: ${series('review.series.resolved')} ${c.resolved}, ${series('review.series.present')} ${c.present}`),
      config: {
        type: 'bar',
        data: {
          labels: toneLabels,
          datasets: [
            { label: series('review.series.resolved'), data: review.toneCaught.map((c) => c.resolved), backgroundColor: theme.resolved },
            { label: series('review.series.present'), data: review.toneCaught.map((c) => c.present), backgroundColor: theme.present },
          ],
        },
        options: { ...common, indexAxis: 'y', scales: { x: { ...axes.y, stacked: true }, y: { ...axes.x, stacked: true } } },
      },
    },
  ];
}
