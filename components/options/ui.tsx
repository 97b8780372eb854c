/** Small building blocks shared by the options sections: labelled fields, switches, notices. */
import { useState, type ReactNode } from 'react';

export const INPUT_CLASS =
  'w-full rounded border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 focus:outline-2 focus:outline-sky-600 aria-[invalid=true]:border-red-600 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100';
export const BUTTON_CLASS =
  'rounded bg-sky-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-sky-800 focus:outline-2 focus:outline-offset-2 focus:outline-sky-600 disabled:opacity-50';
export const SECONDARY_BUTTON_CLASS =
  'rounded border border-slate-400 px-2 py-1 text-sm text-slate-800 hover:bg-slate-100 focus:outline-2 focus:outline-sky-600 dark:border-slate-500 dark:text-slate-100 dark:hover:bg-slate-800';
export const DANGER_BUTTON_CLASS =
  'rounded bg-red-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-800 focus:outline-2 focus:outline-offset-2 focus:outline-red-600';

export function Section({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} data-testid={`section-${id}`} className="scroll-mt-4 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <h2 id={`${id}-title`} className="text-lg font-bold">
        {title}
      </h2>
      {intro && <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{intro}</p>}
      <div className="mt-3 space-y-3">{children}</div>
    </section>
  );
}

export interface Notice {
  kind: 'ok' | 'error';
  text: string;
  details?: string[];
}

export function useNotice() {
  return useState<Notice | null>(null);
}

export function NoticeLine({ notice }: { notice: Notice | null }) {
  if (!notice) return null;
  const error = notice.kind === 'error';
  return (
    <div
      role={error ? 'alert' : 'status'}
      className={`rounded px-3 py-2 text-sm ${error ? 'bg-red-50 text-red-800 dark:bg-red-950 dark:text-red-200' : 'bg-emerald-50 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100'}`}
    >
      {notice.text}
      {notice.details && notice.details.length > 0 && (
        <ul className="mt-1 list-disc pl-5">
          {notice.details.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Described({ id, hint, errors }: { id: string; hint?: string | undefined; errors?: string[] | undefined }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      )}
      {errors && errors.length > 0 && (
        <ul id={`${id}-error`} className="text-xs font-medium text-red-700 dark:text-red-300">
          {errors.map((error, i) => (
            <li key={i}>{error}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function describedBy(id: string, hint: string | undefined, errors: string[] | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : '', errors?.length ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: string | undefined;
  errors?: string[] | undefined;
  multiline?: boolean;
  rows?: number;
  inputMode?: 'text' | 'numeric' | 'decimal';
}

export function TextField({ id, label, value, onChange, hint, errors, multiline, rows = 4, inputMode }: TextFieldProps) {
  const common = {
    id,
    value,
    className: INPUT_CLASS,
    'aria-invalid': errors && errors.length > 0 ? true : undefined,
    'aria-describedby': describedBy(id, hint, errors),
  };
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={rows} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} type="text" inputMode={inputMode} onChange={(event) => onChange(event.target.value)} />
      )}
      <Described id={id} hint={hint} errors={errors} />
    </div>
  );
}

interface ToggleProps {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange(checked: boolean): void;
  description?: ReactNode;
  /** A switch (on/off setting) rather than a checkbox in a list of choices. */
  asSwitch?: boolean;
}

export function Toggle({ id, label, checked, onChange, description, asSwitch }: ToggleProps) {
  return (
    <div className="flex items-start gap-2">
      <input
        id={id}
        type="checkbox"
        role={asSwitch ? 'switch' : undefined}
        aria-checked={asSwitch ? checked : undefined}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={description ? `${id}-description` : undefined}
        className="mt-1 h-4 w-4 shrink-0 accent-sky-700"
      />
      <div className="min-w-0">
        <label htmlFor={id} className="text-sm font-medium">
          {label}
        </label>
        {description && (
          <div id={`${id}-description`} className="text-xs text-slate-600 dark:text-slate-400">
            {description}
          </div>
        )}
      </div>
    </div>
  );
}

/** A group of checkboxes with a visible legend. */
export function CheckboxGroup<T extends string>({
  id,
  legend,
  options,
  selected,
  onChange,
  labelOf,
  errors,
}: {
  id: string;
  legend: string;
  options: readonly T[];
  selected: readonly T[];
  onChange(selected: T[]): void;
  labelOf(option: T): string;
  errors?: string[] | undefined;
}) {
  return (
    <fieldset className="space-y-1" aria-describedby={errors?.length ? `${id}-error` : undefined}>
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="grid grid-cols-[repeat(auto-fill,minmax(11rem,1fr))] gap-x-3 gap-y-1">
        {options.map((option) => (
          <Toggle
            key={option}
            id={`${id}-${option}`}
            label={labelOf(option)}
            checked={selected.includes(option)}
            onChange={(checked) => onChange(checked ? [...selected, option] : selected.filter((item) => item !== option))}
          />
        ))}
      </div>
      <Described id={id} errors={errors} />
    </fieldset>
  );
}
