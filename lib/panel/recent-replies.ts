import type { LogEntry } from '../db/log-entry';

/** Replies this team sent lately, so that a copy-pasted reply is noticed. */
export function recentReplyTexts(entries: LogEntry[], limit = 30): string[] {
  return [...entries]
    .filter((entry) => entry.outcome === 'replied' && entry.replyText)
    .sort((a, b) => b.handledAt - a.handledAt)
    .slice(0, limit)
    .map((entry) => entry.replyText);
}
