import { useRef } from 'react';
import { t } from '@/lib/i18n';
import type { Lang } from '@/lib/lang';
import { segmentText } from '@/lib/panel/segments';
import type { SiteId } from '@/lib/sites/site-ids';
import { REPLY_LENGTH_LIMITS, replyLength } from '@/lib/templates/limits';
import { applySuggestion } from '@/lib/tone/apply-suggestion';
import type { Finding, ToneResult } from '@/lib/tone';
import { ToneFindings } from './ToneFindings';

interface Props {
  id: string;
  value: string;
  site: SiteId;
  tone: ToneResult;
  uiLang: Lang;
  onChange(text: string): void;
}

const MARK_STYLE: Record<Finding['severity'], string> = {
  error: 'bg-red-300/60 dark:bg-red-700/60',
  warning: 'bg-amber-300/60 dark:bg-amber-700/60',
  hint: 'bg-sky-200/60 dark:bg-sky-800/60',
};
/** Shared by the textarea and the highlight layer behind it, so that marks sit under their words. */
const TEXT_BOX = 'w-full whitespace-pre-wrap break-words rounded border p-2 font-sans text-sm leading-5';

/**
 * The reply draft with the live tone check: problem words highlighted in place (a layer behind a
 * transparent textarea), the findings with their calmer wordings, and the length against the site's limit.
 */
export function ReplyEditor({ id, value, site, tone, uiLang, onChange }: Props) {
  const backdrop = useRef<HTMLDivElement>(null);
  const limit = REPLY_LENGTH_LIMITS[site];
  const used = replyLength(value, limit.unit);
  const marked = tone.findings.filter((finding) => finding.range.end > finding.range.start);
  const segments = segmentText(value, marked.map((finding) => finding.range));

  return (
    <div className="space-y-2">
      <div className="relative rounded bg-white dark:bg-slate-900">
        <div ref={backdrop} aria-hidden="true" className={`${TEXT_BOX} pointer-events-none absolute inset-0 overflow-hidden border-transparent text-transparent`}>
          {segments.map((segment, index) =>
            segment.mark === null ? (
              <span key={index}>{segment.text}</span>
            ) : (
              <mark key={index} data-tone-mark={marked[segment.mark]!.ruleId} className={`rounded-sm text-transparent ${MARK_STYLE[marked[segment.mark]!.severity]}`}>
                {segment.text}
              </mark>
            ),
          )}
          {'\n'}
        </div>
        <textarea
          id={id}
          value={value}
          rows={8}
          spellCheck
          onChange={(event) => onChange(event.target.value)}
          onScroll={(event) => {
            if (backdrop.current) backdrop.current.scrollTop = event.currentTarget.scrollTop;
          }}
          placeholder={t(uiLang, 'panel.replyPlaceholder')}
          className={`${TEXT_BOX} relative resize-y border-slate-300 bg-transparent dark:border-slate-700`}
        />
      </div>
      <p data-testid="length" className={`text-right text-xs ${used > limit.max ? 'font-semibold text-red-700 dark:text-red-400' : 'text-slate-500 dark:text-slate-400'}`}>
        {used > limit.max
          ? t(uiLang, 'panel.tooLong', { used, max: limit.max, unit: t(uiLang, `unit.${limit.unit}`) })
          : t(uiLang, 'panel.length', { used, max: limit.max, unit: t(uiLang, `unit.${limit.unit}`) })}
      </p>
      <ToneFindings result={tone} uiLang={uiLang} onApply={(finding, index) => onChange(applySuggestion(value, finding, index))} />
    </div>
  );
}
