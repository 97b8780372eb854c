import { z } from 'zod';
import { LogEntrySchema, type LogEntry } from '../db/log-entry';
import { LOG_EXPORT_FORMAT, LOG_EXPORT_VERSION } from './export';

/** Larger files are refused before parsing: no real log comes near it, and parsing would hang the panel. */
export const MAX_IMPORT_CHARS = 256 * 1024 * 1024;

export interface ImportProblem {
  /** 1-based entry number in the file, or null for a problem with the file as a whole. */
  entry: number | null;
  /** Comment key of that entry when it could be read. */
  key: string | null;
  /** Dotted path of the field, e.g. "rating" or "analysis.topics.2"; empty for the whole file. */
  field: string;
  message: string;
}

export type ParsedImport = { ok: true; entries: LogEntry[] } | { ok: false; problems: ImportProblem[] };

const EnvelopeSchema = z.object({
  format: z.literal(LOG_EXPORT_FORMAT),
  version: z.number().int().positive(),
  exportedAt: z.string().optional(),
  entries: z.array(z.unknown()),
});

const MAX_REPORTED_PROBLEMS = 10;

/**
 * Reads a JSON log export and validates every entry before anything is written. A bad file yields
 * the problems (which entry, which field, why); nothing is imported from it.
 */
export function parseLogExport(text: string): ParsedImport {
  const whole = (message: string): ParsedImport => ({ ok: false, problems: [{ entry: null, key: null, field: '', message }] });
  if (text.length > MAX_IMPORT_CHARS) return whole(`The file is too large to be a Composure log (${Math.round(text.length / 1048576)} MB).`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return whole(`The file is not valid JSON (${error instanceof Error ? error.message : 'unreadable'}); it may be truncated.`);
  }
  const envelope = EnvelopeSchema.safeParse(raw);
  if (!envelope.success) {
    const format = (raw as { format?: unknown } | null)?.format;
    if (format !== LOG_EXPORT_FORMAT) return whole('This is not a Composure log export (no "format": "composure-log").');
    return whole(`The file's header is damaged: ${z.prettifyError(envelope.error)}`);
  }
  if (envelope.data.version > LOG_EXPORT_VERSION) {
    return whole(`This export was made by a newer Composure (format version ${envelope.data.version}); update Composure to import it.`);
  }

  const entries: LogEntry[] = [];
  const problems: ImportProblem[] = [];
  envelope.data.entries.forEach((candidate, index) => {
    const parsed = LogEntrySchema.safeParse(candidate);
    if (parsed.success) {
      entries.push(parsed.data);
      return;
    }
    const key = typeof (candidate as { key?: unknown } | null)?.key === 'string' ? ((candidate as { key: string }).key.slice(0, 300)) : null;
    for (const issue of parsed.error.issues) {
      if (problems.length >= MAX_REPORTED_PROBLEMS) return;
      problems.push({ entry: index + 1, key, field: issue.path.map(String).join('.'), message: issue.message });
    }
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, entries };
}

/** One line per problem, for the user: "Entry 12 (tripadvisor:123), field rating: Too big: …". */
export function describeProblem(problem: ImportProblem): string {
  if (problem.entry === null) return problem.message;
  const where = problem.key ? `Entry ${problem.entry} (${problem.key})` : `Entry ${problem.entry}`;
  return problem.field ? `${where}, field ${problem.field}: ${problem.message}` : `${where}: ${problem.message}`;
}
