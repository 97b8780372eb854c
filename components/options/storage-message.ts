import type { Lang } from '@/lib/lang';
import { t } from '@/lib/i18n';
import { classifyStorageError } from '@/lib/data/storage-errors';

/** What to tell the user when storage refused a read or write. */
export function storageProblemText(lang: Lang, error: unknown): string {
  const problem = classifyStorageError(error);
  if (problem === 'quota') return t(lang, 'options.storage.quota');
  if (problem === 'unavailable') return t(lang, 'options.storage.unavailable');
  return t(lang, 'options.storage.other', { message: error instanceof Error ? error.message : String(error) });
}
