import { useId } from 'react';
import { t } from '@/lib/i18n';
import type { Lang } from '@/lib/lang';

export type PeriodChoice = { kind: 'last'; days: 7 | 30 | 90 } | { kind: 'custom'; from: string; to: string };

interface Props {
  uiLang: Lang;
  choice: PeriodChoice;
  onChange(choice: PeriodChoice): void;
  /** Today on the user's calendar (YYYY-MM-DD), the default end of a custom period. */
  today: string;
}

/** Which period the review covers: the last 7, 30 or 90 days, or chosen dates (both included). */
export function PeriodChooser({ uiLang, choice, onChange, today }: Props) {
  const value = choice.kind === 'last' ? String(choice.days) : 'custom';
  const id = useId();
  return (
    <div className="no-print flex flex-wrap items-end gap-3">
      <div className="flex flex-col text-sm">
        <label htmlFor={`${id}-period`}>{t(uiLang, 'review.period')}</label>
        <select
          id={`${id}-period`}
          value={value}
          onChange={(event) => {
            const next = event.target.value;
            if (next === 'custom') onChange({ kind: 'custom', from: today, to: today });
            else onChange({ kind: 'last', days: Number(next) as 7 | 30 | 90 });
          }}
          className="rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-900"
        >
          <option value="7">{t(uiLang, 'review.period.7')}</option>
          <option value="30">{t(uiLang, 'review.period.30')}</option>
          <option value="90">{t(uiLang, 'review.period.90')}</option>
          <option value="custom">{t(uiLang, 'review.period.custom')}</option>
        </select>
      </div>
      {choice.kind === 'custom' && (
        <>
          <div className="flex flex-col text-sm">
            <label htmlFor={`${id}-from`}>{t(uiLang, 'review.from')}</label>
            <input id={`${id}-from`} type="date" value={choice.from} max={choice.to} onChange={(event) => onChange({ ...choice, from: event.target.value })} className="rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-900" />
          </div>
          <div className="flex flex-col text-sm">
            <label htmlFor={`${id}-to`}>{t(uiLang, 'review.to')}</label>
            <input id={`${id}-to`} type="date" value={choice.to} min={choice.from} onChange={(event) => onChange({ ...choice, to: event.target.value })} className="rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-900" />
          </div>
        </>
      )}
    </div>
  );
}
