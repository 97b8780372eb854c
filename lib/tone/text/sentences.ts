/** Sentence spans of a text, for rules that judge a sentence as a whole (e.g. is a question softened?). */

export interface Span {
  start: number;
  end: number;
}

const SENTENCE_END = /[.!?\n\u3002\uff01\uff1f]+["')\]]*(?=\s|$)|\n/g;

export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text)) {
    const end = m.index + m[0].length;
    if (end > start) spans.push(trimSpan(text, start, end));
    start = end;
    if (m[0].length === 0) SENTENCE_END.lastIndex++;
  }
  if (start < text.length) spans.push(trimSpan(text, start, text.length));
  return spans.filter((s) => s.end > s.start);
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return { start, end };
}
