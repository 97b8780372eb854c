import { t } from '@/lib/i18n';
import type { Lang } from '@/lib/lang';
import type { Finding, ToneResult } from '@/lib/tone';

const SEVERITY_STYLE: Record<Finding['severity'], string> = {
  error: 'border-red-400 bg-red-50 dark:border-red-800 dark:bg-red-950',
  warning: 'border-amber-400 bg-amber-50 dark:border-amber-800 dark:bg-amber-950',
  hint: 'border-slate-300 bg-slate-50 dark:border-slate-700 dark:bg-slate-900',
};

interface Props {
  result: ToneResult;
  uiLang: Lang;
  onApply(finding: Finding, suggestionIndex: number): void;
}

/** The tone check of the draft: the verdict, and each finding with why and a calmer wording. */
export function ToneFindings({ result, uiLang, onApply }: Props) {
  const serious = result.findings.filter((finding) => finding.severity !== 'hint').length;
  return (
    <div className="space-y-1" data-testid="tone">
      <p data-testid="tone-verdict" data-verdict={result.verdict} className="text-sm font-semibold">
        {t(uiLang, `tone.${result.verdict}`, { count: serious })}
      </p>
      {result.findings.length > 0 && (
        <ul aria-label={t(uiLang, 'tone.title')} className="space-y-1">
          {result.findings.map((finding, index) => (
            <li key={`${finding.ruleId}-${finding.range.start}-${index}`} data-rule={finding.ruleId} className={`rounded border-l-4 p-2 text-sm ${SEVERITY_STYLE[finding.severity]}`}>
              <p>
                {finding.text && <q className="font-semibold">{finding.text}</q>} {finding.message}
              </p>
              {finding.suggestions.length > 0 && (
                <div className="mt-1 flex flex-wrap gap-1">
                  {finding.suggestions.map((suggestion, suggestionIndex) => (
                    <button
                      key={suggestionIndex}
                      type="button"
                      onClick={() => onApply(finding, suggestionIndex)}
                      className="rounded border border-slate-400 bg-white px-2 py-0.5 text-xs hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-800"
                    >
                      {suggestion.replacement ? t(uiLang, 'tone.apply', { replacement: suggestion.replacement }) : suggestion.label || t(uiLang, 'tone.remove')}
                    </button>
                  ))}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
