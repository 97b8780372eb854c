import { t } from '@/lib/i18n';
import type { Lang } from '@/lib/lang';

export function RatingBadge({ rating, uiLang }: { rating: number | null; uiLang: Lang }) {
  if (rating === null) return <span className="text-xs text-slate-500 dark:text-slate-400">{t(uiLang, 'panel.noRating')}</span>;
  return (
    <span className="text-xs font-semibold text-amber-700 dark:text-amber-400" aria-label={t(uiLang, 'panel.rating', { rating })}>
      {'★'.repeat(Math.round(rating))}
      <span className="text-slate-300 dark:text-slate-600">{'★'.repeat(5 - Math.round(rating))}</span>
    </span>
  );
}
