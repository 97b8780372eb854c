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

/** Judges a comment from its title, text and rating with the analysis engine. */
export function triageComment(comment: PageComment): Triage {
  const text = comment.title ? `${comment.title}. ${comment.text}` : comment.text;
  const analysis = analyzeComment({ text, rating: comment.rating, site: comment.site });
  const critical = analysis.label === 'negative' || analysis.label === 'mixed';
  return { label: analysis.label, needsReply: critical && comment.ownerReply === null, severity: analysis.severity, analysis };
}
