import { t } from '@/lib/i18n';
import type { Lang } from '@/lib/lang';
import type { TriageLabel } from '@/lib/triage';

const STYLES: Record<TriageLabel, string> = {
  negative: 'bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200',
  mixed: 'bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-200',
  positive: 'bg-green-100 text-green-800 dark:bg-green-950 dark:text-green-200',
  neutral: 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200',
};

export function LabelPill({ label, uiLang }: { label: TriageLabel; uiLang: Lang }) {
  return <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${STYLES[label]}`}>{t(uiLang, `label.${label}`)}</span>;
}
