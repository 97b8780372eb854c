import type { Lang } from '@/lib/lang';
import { t } from '@/lib/i18n';
import { storageProblemText } from './storage-message';
import type { Notice } from './ui';

/** Writes to storage and tells the user how it went; storage failures become a clear message, never a crash. */
export async function persist(lang: Lang, setNotice: (notice: Notice) => void, write: () => Promise<unknown>, okText = t(lang, 'options.saved')): Promise<boolean> {
  try {
    await write();
    setNotice({ kind: 'ok', text: okText });
    return true;
  } catch (error) {
    setNotice({ kind: 'error', text: storageProblemText(lang, error) });
    return false;
  }
}
