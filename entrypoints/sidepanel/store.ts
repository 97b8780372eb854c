import { create } from 'zustand';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { PageComment } from '@/lib/comments/comment';
import { getDatabase } from '@/lib/db/database';
import { countLog, firstSeenAt, handledKeys, listLog, mergeLogEntries, saveLogEntry } from '@/lib/db/log-store';
import { t, uiLangFor, type MessageKey } from '@/lib/i18n';
import type { Lang } from '@/lib/lang';
import { exportFileName, logToCsv, logToJson } from '@/lib/log/export';
import { describeProblem, parseLogExport } from '@/lib/log/import';
import { PageReportSchema, type PageReport } from '@/lib/messaging/messages';
import { looksLikeMessage, parseMessage } from '@/lib/messaging/parse';
import { downloadText } from '@/lib/panel/download';
import { buildLogEntry } from '@/lib/panel/log-entry-builder';
import { fetchPage, insertReply, notifyHandled, revealComment } from '@/lib/panel/page-client';
import { orderQueue, type QueueItem } from '@/lib/queue/order';
import { pendingDraftItem, type PendingDraft } from '@/lib/settings/pending-draft';
import { triageComment } from '@/lib/triage';

const handlerName = storage.defineItem<string>('local:handlerName', { fallback: '', version: 1 });

export type PageStatus = 'loading' | 'no-tab' | 'unsupported' | 'ready';

export interface Notice {
  kind: 'info' | 'error';
  text: string;
  /** Extra lines, e.g. which entries of an import are wrong. */
  details?: string[];
}

interface PanelState {
  uiLang: Lang;
  tabId: number | null;
  status: PageStatus;
  page: PageReport | null;
  queue: QueueItem[];
  handled: Set<string>;
  selectedKey: string | null;
  drafts: Record<string, string>;
  handler: string;
  notice: Notice | null;
  logCount: number | null;
  busy: boolean;
}

interface PanelActions {
  start(): () => void;
  select(key: string): void;
  setDraft(key: string, text: string): void;
  setHandler(name: string): void;
  insertSelected(): Promise<void>;
  markSelected(outcome: 'replied' | 'skipped', skipReason?: string): Promise<void>;
  exportLog(kind: 'csv' | 'json'): Promise<void>;
  importLog(file: File): Promise<void>;
  say(key: MessageKey, kind?: Notice['kind'], vars?: Record<string, string | number>): void;
}

export const usePanel = create<PanelState & PanelActions>()((set, get) => {
  /** Loads what the tab's content script sees, then which of those comments are already logged. */
  async function loadPage(tabId: number): Promise<void> {
    const page = await fetchPage(tabId);
    if (get().tabId !== tabId) return;
    if (!page) {
      set({ status: 'unsupported', page: null, queue: [] });
      return;
    }
    await showPage(page);
  }

  async function showPage(page: PageReport): Promise<void> {
    let handled = get().handled;
    try {
      handled = await handledKeys(getDatabase(), page.comments.map((comment) => comment.key));
    } catch {
      // The log is unavailable; the queue still works and saving will say why.
    }
    set({ status: 'ready', page, handled, queue: buildQueue(page.comments, handled) });
  }

  function buildQueue(comments: PageComment[], handled: Set<string>): QueueItem[] {
    return orderQueue(comments.map((comment, position) => ({ comment, triage: triageComment(comment), handled: handled.has(comment.key), position })));
  }

  async function refreshLogCount(): Promise<void> {
    try {
      set({ logCount: await countLog(getDatabase()) });
    } catch {
      set({ logCount: null });
    }
  }

  function selectedItem(): QueueItem | undefined {
    const { queue, selectedKey } = get();
    return queue.find((item) => item.comment.key === selectedKey);
  }

  return {
    uiLang: uiLangFor(navigator.language),
    tabId: null,
    status: 'loading',
    page: null,
    queue: [],
    handled: new Set(),
    selectedKey: null,
    drafts: {},
    handler: '',
    notice: null,
    logCount: null,
    busy: false,

    start() {
      const pinned = Number(new URLSearchParams(location.search).get('tabId'));
      /** A draft the reply guard sent from the site's own reply box: open it here with the full checker. */
      const takeDraft = async (draft: PendingDraft | null) => {
        if (!draft || draft.tabId !== get().tabId) return;
        await pendingDraftItem.setValue(null);
        if (draft.key && get().queue.some((item) => item.comment.key === draft.key)) {
          set({ selectedKey: draft.key, drafts: { ...get().drafts, [draft.key]: draft.text }, notice: null });
        }
      };
      const follow = async (tabId: number | undefined) => {
        if (tabId === undefined) return set({ status: 'no-tab', tabId: null });
        set({ tabId, status: 'loading', selectedKey: null, notice: null });
        await loadPage(tabId);
        await takeDraft(await pendingDraftItem.getValue());
      };
      if (Number.isInteger(pinned) && pinned > 0) void follow(pinned);
      else void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => follow(tab?.id));

      // Live updates: the content script reports whenever the page adds or changes comments.
      const onMessage = (raw: unknown, sender: Browser.runtime.MessageSender) => {
        if (sender.id !== browser.runtime.id || sender.tab?.id !== get().tabId) return false;
        if (!looksLikeMessage(raw) || raw.type !== 'page/report') return false;
        const report = parseMessage(PageReportSchema, raw, 'side panel');
        if (report) void showPage(report);
        return false; // the background answers reports, not the panel
      };
      const onActivated = (info: Browser.tabs.OnActivatedInfo) => {
        if (!pinned) void follow(info.tabId);
      };
      const onUpdated = (tabId: number, change: Browser.tabs.OnUpdatedInfo) => {
        if (tabId === get().tabId && change.status === 'complete') void loadPage(tabId);
      };
      browser.runtime.onMessage.addListener(onMessage);
      browser.tabs.onActivated.addListener(onActivated);
      browser.tabs.onUpdated.addListener(onUpdated);
      const unwatchDraft = pendingDraftItem.watch((draft) => void takeDraft(draft));
      void handlerName.getValue().then((handler) => set({ handler }));
      void refreshLogCount();
      return () => {
        browser.runtime.onMessage.removeListener(onMessage);
        browser.tabs.onActivated.removeListener(onActivated);
        browser.tabs.onUpdated.removeListener(onUpdated);
        unwatchDraft();
      };
    },

    select(key) {
      set({ selectedKey: key, notice: null });
      const { tabId } = get();
      if (tabId !== null) void revealComment(tabId, key);
    },

    setDraft(key, text) {
      set({ drafts: { ...get().drafts, [key]: text } });
    },

    setHandler(name) {
      set({ handler: name });
      void handlerName.setValue(name);
    },

    say(key, kind = 'info', vars = {}) {
      set({ notice: { kind, text: t(get().uiLang, key, vars) } });
    },

    async insertSelected() {
      const item = selectedItem();
      const { tabId, drafts } = get();
      const text = item ? drafts[item.comment.key]?.trim() : '';
      if (!item || tabId === null || !text) return get().say('panel.emptyReply', 'error');
      set({ busy: true });
      const result = await insertReply(tabId, item.comment.key, text);
      set({ busy: false });
      if (result.ok) get().say('panel.inserted');
      else get().say(`panel.insertFailed.${result.reason}`, 'error');
    },

    async markSelected(outcome, skipReason) {
      const item = selectedItem();
      const { tabId, drafts, page, handler } = get();
      if (!item || !page) return;
      const replyText = drafts[item.comment.key] ?? '';
      if (outcome === 'replied' && !replyText.trim()) return get().say('panel.emptyReply', 'error');
      set({ busy: true });
      try {
        const db = getDatabase();
        const entry = buildLogEntry({
          comment: item.comment,
          triage: item.triage,
          pageUrl: page.url,
          replyText,
          handler,
          outcome,
          skipReason: skipReason ?? null,
          detectedAt: await firstSeenAt(db, item.comment.key),
          handledAt: Date.now(),
        });
        await saveLogEntry(db, entry);
        const handled = new Set(get().handled).add(item.comment.key);
        const { [item.comment.key]: _saved, ...drafts } = get().drafts;
        set({ handled, drafts, queue: buildQueue(page.comments, handled) });
        get().say('panel.saved');
        if (tabId !== null) void notifyHandled(tabId, item.comment.key);
        await refreshLogCount();
      } catch (error) {
        // The draft stays in memory; the user can retry or copy it.
        get().say('panel.saveFailed', 'error', { reason: error instanceof Error ? error.message : String(error) });
      } finally {
        set({ busy: false });
      }
    },

    async exportLog(kind) {
      try {
        const entries = await listLog(getDatabase());
        const now = Date.now();
        if (kind === 'csv') downloadText(exportFileName('csv', now), logToCsv(entries), 'text/csv');
        else downloadText(exportFileName('json', now), logToJson(entries, now), 'application/json');
      } catch (error) {
        get().say('panel.exportFailed', 'error', { reason: error instanceof Error ? error.message : String(error) });
      }
    },

    async importLog(file) {
      const { uiLang } = get();
      const parsed = parseLogExport(await file.text());
      if (!parsed.ok) {
        set({ notice: { kind: 'error', text: t(uiLang, 'panel.importRefused', { file: file.name }), details: parsed.problems.map(describeProblem) } });
        return;
      }
      try {
        const result = await mergeLogEntries(getDatabase(), parsed.entries, file.name, Date.now());
        get().say('panel.imported', 'info', { file: file.name, added: result.added, unchanged: result.unchanged, conflicts: result.conflicts.length });
        await refreshLogCount();
        const { page } = get();
        if (page) await showPage(page);
      } catch (error) {
        get().say('panel.saveFailed', 'error', { reason: error instanceof Error ? error.message : String(error) });
      }
    },
  };
});
