import { useEffect, useMemo, useState } from 'react';
import { t } from '@/lib/i18n';
import type { Lang } from '@/lib/lang';
import { dismissAlert, holdingStatements, type RadarAlert as Alert, type RadarState } from '@/lib/radar';
import { brandProfileItem, DEFAULT_BRAND_PROFILE, loadBrandProfile, type BrandProfile } from '@/lib/settings/brand-profile';
import { loadRadarState, parseRadarState, radarStateItem } from '@/lib/settings/radar-state';

interface Props {
  uiLang: Lang;
}

/**
 * The crisis radar's alerts (kept by the background in session storage): which topic spikes and
 * why — counts, window, usual rate — with example comments, the holding statements to publish,
 * and the way to the post-crisis review. Renders nothing while there is no alert.
 */
export function RadarAlert({ uiLang }: Props) {
  const [state, setState] = useState<RadarState | null>(null);
  const [brand, setBrand] = useState<BrandProfile>(DEFAULT_BRAND_PROFILE);
  useEffect(() => {
    void loadRadarState().then(setState);
    void loadBrandProfile().then(setBrand);
    const unwatch = [radarStateItem.watch((value) => setState(parseRadarState(value))), brandProfileItem.watch(() => void loadBrandProfile().then(setBrand))];
    return () => unwatch.forEach((stop) => stop());
  }, []);
  if (!state || state.alerts.length === 0) return null;
  const dismiss = (topic: string) => void radarStateItem.setValue(dismissAlert(state, topic));
  return (
    <>
      {state.alerts.map((alert) => (
        <AlertCard key={alert.topic} alert={alert} uiLang={uiLang} brand={brand} onDismiss={() => dismiss(alert.topic)} />
      ))}
    </>
  );
}

interface CardProps {
  alert: Alert;
  uiLang: Lang;
  brand: BrandProfile;
  onDismiss(): void;
}

function AlertCard({ alert, uiLang, brand, onDismiss }: CardProps) {
  const topic = t(uiLang, `topic.${alert.topic}`);
  const titleId = `radar-${alert.topic}`;
  const statements = useMemo(() => holdingStatements(uiLang, alert.topic, brand), [uiLang, alert.topic, brand]);
  const number = (value: number) => value.toLocaleString(uiLang, { maximumFractionDigits: 1 });
  const time = (at: number) => new Date(at).toLocaleString(uiLang, { dateStyle: 'medium', timeStyle: 'short' });
  const counts = { count: alert.windowNegatives, topic, hours: alert.windowHours, baselineDays: number(alert.baselineHours / 24) };
  return (
    <section
      aria-labelledby={titleId}
      data-testid="radar-alert"
      data-topic={alert.topic}
      className="m-2 rounded-md border-2 border-red-700 bg-red-50 p-3 text-sm text-slate-900 dark:border-red-400 dark:bg-red-950 dark:text-slate-100"
    >
      <div className="flex items-start gap-2">
        <h2 id={titleId} className="flex-1 text-base font-bold text-red-800 dark:text-red-200">
          <span aria-hidden="true">! </span>
          {t(uiLang, 'radar.alertTitle', { topic })}
        </h2>
        <button type="button" onClick={onDismiss} aria-label={t(uiLang, 'radar.dismissLabel', { topic })} className="rounded border border-red-700 px-2 py-0.5 dark:border-red-400">
          {t(uiLang, 'radar.dismiss')}
        </button>
      </div>
      <p data-testid="radar-counts" className="mt-1">
        {alert.ratio === null
          ? t(uiLang, 'radar.explainNoBaseline', counts)
          : t(uiLang, 'radar.explain', { ...counts, rate: number(alert.baselineRate), ratio: number(alert.ratio) })}
      </p>
      <p className="text-slate-700 dark:text-slate-300">{t(uiLang, 'radar.window', { from: time(alert.windowStart), to: time(alert.windowEnd) })}</p>
      <p className="mt-1 text-slate-700 dark:text-slate-300">{t(uiLang, 'radar.advice')}</p>

      <h3 className="mt-2 font-semibold">{t(uiLang, 'radar.examples')}</h3>
      <ul data-testid="radar-examples" className="mt-1 space-y-1">
        {alert.examples.map((example) => (
          <li key={example.key} className="rounded border-l-4 border-red-300 bg-white px-2 py-1 dark:border-red-700 dark:bg-slate-900">
            {example.text ?? <span className="text-slate-600 italic dark:text-slate-400">{t(uiLang, 'radar.exampleKey', { key: example.key })}</span>}
          </li>
        ))}
      </ul>

      {/* Closed at first, so the queue stays within reach below the alert. */}
      <details className="mt-2">
        <summary className="cursor-pointer font-semibold">{t(uiLang, 'radar.holdingTitle', { count: statements.length })}</summary>
        <p className="mt-1 text-slate-700 dark:text-slate-300">{t(uiLang, 'radar.gaps')}</p>
        <ul className="mt-1 space-y-2">
          {statements.map(({ template, filled }) => (
            <HoldingStatement key={template.id} title={template.title} text={filled} uiLang={uiLang} />
          ))}
        </ul>
      </details>
      <p className="mt-2">
        <a href="/review.html" target="_blank" rel="noopener" className="font-semibold text-sky-800 underline dark:text-sky-300">
          {t(uiLang, 'radar.openReview')}
        </a>
      </p>
    </section>
  );
}

function HoldingStatement({ title, text, uiLang }: { title: string; text: string; uiLang: Lang }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch (error) {
      // The text stays on screen to select by hand.
      console.warn('[Composure] could not copy the statement', error);
    }
  };
  return (
    <li data-testid="holding-statement" className="rounded border border-slate-300 bg-white p-2 dark:border-slate-700 dark:bg-slate-900">
      <div className="flex items-center gap-2">
        <h4 className="flex-1 font-medium">{title}</h4>
        <button type="button" onClick={() => void copy()} aria-label={t(uiLang, 'radar.copyLabel', { title })} className="rounded border border-slate-400 px-2 py-0.5 dark:border-slate-600">
          {copied ? t(uiLang, 'radar.copied') : t(uiLang, 'radar.copy')}
        </button>
      </div>
      <p className="mt-1 whitespace-pre-wrap">{text}</p>
    </li>
  );
}
