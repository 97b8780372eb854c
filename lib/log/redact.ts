import type { LogEntry } from '../db/log-entry';

/**
 * Log entries safe to share outside the team: each author becomes "Reviewer N" (the same person
 * keeps the same number), and their name is also replaced where the comment or the reply says it.
 */
export function redactAuthors(entries: LogEntry[]): LogEntry[] {
  const aliases = new Map<string, string>();
  const aliasOf = (author: string) => {
    let alias = aliases.get(author);
    if (!alias) {
      alias = `Reviewer ${aliases.size + 1}`;
      aliases.set(author, alias);
    }
    return alias;
  };
  return entries.map((entry) => {
    if (!entry.author) return entry;
    const alias = aliasOf(entry.author);
    const names = namesIn(entry.author);
    const scrub = (text: string) => names.reduce((result, name) => result.replace(wordPattern(name), alias), text);
    return { ...entry, author: alias, commentText: scrub(entry.commentText), replyText: scrub(entry.replyText) };
  });
}

/** The full name, then each part long enough to identify ("Maria G" → "Maria G", "Maria"). */
function namesIn(author: string): string[] {
  const parts = author.split(/[\s._@-]+/).filter((part) => part.length >= 3);
  return [author, ...parts].filter((name, index, all) => all.indexOf(name) === index).sort((a, b) => b.length - a.length);
}

function wordPattern(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
}
