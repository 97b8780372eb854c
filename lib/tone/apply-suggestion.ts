/** Applies one suggestion of a finding to the text it was found in. */
import type { Finding } from './types';

const SENTENCE_START = /(?:^|[.!?\u00a1\u00bf\n]\s*)$/;

function capitalizeFirst(text: string): string {
  const at = text.search(/\S/);
  if (at < 0) return text;
  return text.slice(0, at) + text.charAt(at).toUpperCase() + text.slice(at + 1);
}

export function applySuggestion(text: string, finding: Finding, suggestionIndex: number): string {
  const suggestion = finding.suggestions[suggestionIndex];
  if (!suggestion) return text;
  let start = Math.max(0, Math.min(finding.range.start, text.length));
  let end = Math.max(start, Math.min(finding.range.end, text.length));
  if (suggestion.replacement !== '') return text.slice(0, start) + suggestion.replacement + text.slice(end);

  // Removing a word must not leave a stray comma, a double space or a lower-case sentence start.
  const swallowed = /^[,;:]?[ \t]*/.exec(text.slice(end))![0];
  end += swallowed.length;
  if (end === text.length || /^[.!?,;:]/.test(text.slice(end))) {
    while (start > 0 && /[ \t]/.test(text.charAt(start - 1))) start--;
  }
  let before = text.slice(0, start);
  // "is, obviously, open": both commas go with the word.
  if (swallowed.startsWith(',') && /,[ \t]*$/.test(before)) before = before.replace(/,[ \t]*$/, ' ');
  const after = text.slice(end);
  return before + (SENTENCE_START.test(before) ? capitalizeFirst(after) : after);
}
