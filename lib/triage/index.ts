import { analyzeComment, type CommentAnalysis, type Severity } from '../analysis';
import type { PageComment } from '../comments/comment';

export type TriageLabel = CommentAnalysis['label'];

/** What the queue and the page markers need to know about a comment. */
export interface Triage {
  label: TriageLabel;
  /** Negative or mixed, and not answered yet by the business. */
  needsReply: boolean;
  severity: Severity;
  analysis: CommentAnalysis;
}

/** Where the comment's body starts in the text that was analysed (title, ". ", body). */
export function bodyOffset(comment: PageComment): number {
  return comment.title ? comment.title.length + 2 : 0;
}

/**
 * Analyses already made, by everything the analysis reads. Pages report all their comments after
 * every change (infinite scroll adds 50, the page sends 1,050), so most are judged again unchanged.
 */
const analysed = new Map<string, CommentAnalysis>();
/** Beyond this many the memo starts over: a long session must not grow without bound. */
const MAX_REMEMBERED = 20_000;

function analysisOf(comment: PageComment): CommentAnalysis {
  const text = comment.title ? `${comment.title}. ${comment.text}` : comment.text;
  const memoKey = `${comment.site}\u0000${comment.rating ?? ''}\u0000${text}`;
  let analysis = analysed.get(memoKey);
  if (!analysis) {
    if (analysed.size >= MAX_REMEMBERED) analysed.clear();
    analysis = analyzeComment({ text, rating: comment.rating, site: comment.site });
    analysed.set(memoKey, analysis);
  }
  return analysis;
}

/** Judges a comment from its title, text and rating with the analysis engine. */
export function triageComment(comment: PageComment): Triage {
  const analysis = analysisOf(comment);
  const critical = analysis.label === 'negative' || analysis.label === 'mixed';
  return { label: analysis.label, needsReply: critical && comment.ownerReply === null, severity: analysis.severity, analysis };
}
