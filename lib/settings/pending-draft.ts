import { storage } from 'wxt/utils/storage';

/** A draft typed in a site's reply box that the side panel should show; it may still be opening. */
export interface PendingDraft {
  tabId: number;
  key: string | null;
  text: string;
}

/** Session storage: gone when the browser closes, like the draft it carries. */
export const pendingDraftItem = storage.defineItem<PendingDraft | null>('session:pendingDraft', { fallback: null });
