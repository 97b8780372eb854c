/**
 * Why saving or reading failed, in terms the user can act on: storage full, storage unavailable
 * (private windows, Firefox with history disabled, a blocked database) or something else.
 */
export type StorageProblem = 'quota' | 'unavailable' | 'other';

const QUOTA = /quota|QUOTA_BYTES|exceeded|no space|disk is full/i;
const UNAVAILABLE = /MissingAPI|indexedDB.*(not|un)available|InvalidState|SecurityError|blocked|mutation operation|not allowed|access denied|databaseclosed/i;

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name} ${error.message} ${error.cause instanceof Error ? `${error.cause.name} ${error.cause.message}` : ''}`;
  return String(error);
}

export function classifyStorageError(error: unknown): StorageProblem {
  const text = describe(error);
  if (QUOTA.test(text)) return 'quota';
  if (UNAVAILABLE.test(text)) return 'unavailable';
  return 'other';
}
