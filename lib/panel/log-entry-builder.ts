import type { PageComment } from '../comments/comment';
import type { LogEntry, LoggedToneFinding } from '../db/log-entry';
import type { Triage } from '../triage';

export interface HandledInput {
  comment: PageComment;
  triage: Triage;
  pageUrl: string;
  replyText: string;
  handler: string;
  outcome: LogEntry['outcome'];
  skipReason: string | null;
  detectedAt: number | undefined;
  handledAt: number;
  /** Tone problems caught while the reply was drafted, and whether each was fixed. */
  toneFindings: LoggedToneFinding[];
}

/** The log entry for a comment the user just replied to or skipped. */
export function buildLogEntry(input: HandledInput): LogEntry {
  const { comment } = input;
  return {
    key: comment.key,
    site: comment.site,
    commentId: comment.id,
    pageUrl: input.pageUrl,
    permalink: comment.permalink,
    author: comment.author,
    rating: comment.rating,
    commentText: comment.text,
    commentDate: comment.dateText,
    // A comment handled before any sighting was stored is counted from now (response time 0).
    detectedAt: Math.min(input.detectedAt ?? input.handledAt, input.handledAt),
    handledAt: input.handledAt,
    replyText: input.replyText.trim(),
    handler: input.handler.trim(),
    outcome: input.outcome,
    skipReason: input.skipReason,
    analysis: {
      label: input.triage.label,
      score: input.triage.analysis.score,
      lang: input.triage.analysis.lang,
      topics: input.triage.analysis.topics.map((topic) => topic.id),
      severity: input.triage.severity,
    },
    toneFindings: input.toneFindings,
  };
}
