import { browser } from 'wxt/browser';
import type { GuardCheck, GuardVerdict } from '../messaging/messages';
import { pendingDraftItem, type PendingDraft } from '../settings/pending-draft';
import { loadToneSettings } from '../settings/tone-settings';
import { checkTone } from '../tone';


/** The tone verdict for a draft in a site's own reply box, with the problems worth naming there. */
export async function checkGuardDraft(request: GuardCheck): Promise<GuardVerdict> {
  const result = checkTone(request.text, {
    site: request.site,
    uiLang: request.uiLang,
    settings: await loadToneSettings(),
    context: { alreadyReplied: request.alreadyReplied },
  });
  const problems = result.findings
    .filter((finding) => finding.severity !== 'hint')
    .slice(0, 20)
    .map((finding) => ({ severity: finding.severity, message: finding.message.slice(0, 1000), text: finding.text.slice(0, 1000) }));
  return { type: 'guard/verdict', verdict: result.verdict, problems };
}

/** Opens the side panel on the tab (where the browser allows it) and hands it the draft. */
export async function openPanelWithDraft(draft: PendingDraft): Promise<{ ok: boolean }> {
  await pendingDraftItem.setValue(draft);
  try {
    if (browser.sidePanel?.open) await browser.sidePanel.open({ tabId: draft.tabId });
    else await (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction?.open();
  } catch {
    // Without a user gesture reaching here the browser refuses; an open panel still picks the draft up.
  }
  return { ok: true };
}
