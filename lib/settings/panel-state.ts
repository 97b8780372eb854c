import { storage } from 'wxt/utils/storage';
import type { LoggedToneFinding } from '../db/log-entry';

/**
 * What the side panel keeps between openings: drafts per comment and the tone problems caught in
 * them (so closing the panel loses no work and no record), recently used templates (so ten replies on one page do not read the same), the handler
 * name and snoozed comments.
 */
export const draftsItem = storage.defineItem<Record<string, string>>('local:drafts', { fallback: {}, version: 1 });
/** Tone problems seen in each draft while it was written (comment key → finding id → finding). */
export const caughtFindingsItem = storage.defineItem<Record<string, Record<string, LoggedToneFinding>>>('local:caughtFindings', { fallback: {}, version: 1 });
export const recentTemplatesItem = storage.defineItem<string[]>('local:recentTemplates', { fallback: [], version: 1 });
export const handlerNameItem = storage.defineItem<string>('local:handlerName', { fallback: '', version: 1 });
/** Comment key → until when (epoch ms) it stays out of the queue. */
export const snoozedItem = storage.defineItem<Record<string, number>>('local:snoozed', { fallback: {}, version: 1 });

/** Most template ids remembered; the ranker only looks at the latest dozen. */
export const MAX_RECENT_TEMPLATES = 30;

export function rememberTemplate(recent: string[], id: string): string[] {
  return [id, ...recent.filter((other) => other !== id)].slice(0, MAX_RECENT_TEMPLATES);
}

/** Drops snoozes that have run out. */
export function activeSnoozes(snoozed: Record<string, number>, now: number): Record<string, number> {
  return Object.fromEntries(Object.entries(snoozed).filter(([, until]) => until > now));
}
