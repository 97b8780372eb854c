import { create } from 'zustand';
import { browser } from 'wxt/browser';
import type { PageComment } from '@/lib/comments/comment';
import { classifyStorageError } from '@/lib/data/storage-errors';
import { getDatabase } from '@/lib/db/database';
import type { LoggedToneFinding } from '@/lib/db/log-entry';
import { countLog, firstSeenAt, handledKeys, listLog, mergeLogEntries, saveLogEntry } from '@/lib/db/log-store';
import { t, uiLangFor, type MessageKey } from '@/lib/i18n';
import type { Lang } from '@/lib/lang';
import { exportFileName, logToCsv, logToJson } from '@/lib/log/export';
import { describeProblem, parseLogExport } from '@/lib/log/import';
import { PageReportSchema, type PageReport } from '@/lib/messaging/messages';
import { looksLikeMessage, parseMessage } from '@/lib/messaging/parse';
import { downloadText } from '@/lib/panel/download';
import { buildLogEntry } from '@/lib/panel/log-entry-builder';
import { enableGenericReader, fetchPage, insertReply, notifyHandled, revealComment, tabOrigin } from '@/lib/panel/page-client';
import { NO_FILTER, type QueueFilter } from '@/lib/panel/queue-filter';
import { loadEngines, type Engines } from '@/lib/panel/engines';
import { recentReplyTexts } from '@/lib/panel/recent-replies';
import { orderQueue, type QueueItem } from '@/lib/queue/order';
import { brandProfileItem, DEFAULT_BRAND_PROFILE, loadBrandProfile, type BrandProfile } from '@/lib/settings/brand-profile';
import { activeSnoozes, caughtFindingsItem, draftsItem, handlerNameItem, recentTemplatesItem, rememberTemplate, snoozedItem } from '@/lib/settings/panel-state';
import { pendingDraftItem, type PendingDraft } from '@/lib/settings/pending-draft';
import { loadTemplateLibrary, templateLibraryItem } from '@/lib/settings/template-library';
import { loadUiLanguage, resolveUiLang, uiLanguageItem } from '@/lib/settings/ui-language';
import { emptyUserLibrary, type UserTemplateLibrary } from '@/lib/templates/user-library';
import { loadToneSettings, toneSettingsItem } from '@/lib/settings/tone-settings';
import type { Finding, ToneSettings } from '@/lib/tone';
import { DEFAULT_TONE_SETTINGS } from '@/lib/tone/settings';

export type PageStatus = 'loading' | 'no-tab' | 'unsupported' | 'ready';

export interface Notice {
  kind: 'info' | 'error';
  text: string;
  /** Extra lines, e.g. which entries of an import are wrong. */
  details?: string[];
}

const SNOOZE_MS = 4 * 60 * 60 * 1000;
const DRAFT_SAVE_DELAY_MS = 400;

interface PanelState {
  /** The queue of the current tab, or the log of everything handled (sidepanel.html?view=log opens it). */
  view: 'queue' | 'log';
  uiLang: Lang;
  /** Analysis, tone and templates; null until loaded after the first render. */
  engines: Engines | null;
  tabId: number | null;
  status: PageStatus;
  page: PageReport | null;
  /** On a page no adapter reads: its origin, where the schema.org reader could be turned on. */
  unsupportedOrigin: string | null;
  queue: QueueItem[];
  handled: Set<string>;
  selectedKey: string | null;
  drafts: Record<string, string>;
  /** Tone problems seen in each draft while it was written: logged with the entry ("caught before posting"). */
  caught: Record<string, Record<string, LoggedToneFinding>>;
  handler: string;
  brand: BrandProfile;
  toneSettings: ToneSettings;
  recentTemplates: string[];
  /** The user's own templates and hidden built-ins (Options → Templates). */
  templateLibrary: UserTemplateLibrary;
  recentReplies: string[];
  snoozed: Record<string, number>;
  filter: QueueFilter;
  /** Set while the user is asked to confirm inserting a draft with serious problems. */
  confirmInsert: boolean;
  notice: Notice | null;
  /** The log database cannot be used at all (private window, blocked): shown until the panel closes. */
  logUnavailable: boolean;
  logCount: number | null;
  busy: boolean;
}

interface PanelActions {
  start(): () => void;
  select(key: string | null): void;
  setDraft(key: string, text: string): void;
  useTemplate(key: string, templateId: string, text: string): void;
  noteFindings(key: string, findings: Finding[]): void;
  setHandler(name: string): void;
  setFilter(filter: Partial<QueueFilter>): void;
  insertSelected(force?: boolean): Promise<void>;
  cancelInsert(): void;
  copySelected(): Promise<void>;
  snoozeSelected(): Promise<void>;
  markSelected(outcome: 'replied' | 'skipped', skipReason?: string): Promise<void>;
  exportLog(kind: 'csv' | 'json'): Promise<void>;
  importLog(file: File): Promise<void>;
  enableGenericHere(): Promise<void>;
  showView(view: 'queue' | 'log'): void;
  /** Brings another tab forward and shows its comments. */
  showTab(tabId: number): Promise<void>;
  say(key: MessageKey, kind?: Notice['kind'], vars?: Record<string, string | number>): void;
}

export const usePanel = create<PanelState & PanelActions>()((set, get) => {
  let draftSaveTimer: ReturnType<typeof setTimeout> | undefined;

  /** Loads what the tab's content script sees, then which of those comments are already logged. */
  async function loadPage(tabId: number): Promise<void> {
    const page = await fetchPage(tabId);
    if (get().tabId !== tabId) return;
    if (!page) {
      set({ status: 'unsupported', page: null, queue: [], unsupportedOrigin: await tabOrigin(tabId) });
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
    const engines = await loadEngines();
    set({ status: 'ready', page, handled, queue: buildQueue(engines, page.comments, handled) });
  }

  function buildQueue(engines: Engines, comments: PageComment[], handled: Set<string>): QueueItem[] {
    return orderQueue(comments.map((comment, position) => ({ comment, triage: engines.triageComment(comment), handled: handled.has(comment.key), position })));
  }

  async function refreshLog(): Promise<void> {
    try {
      const db = getDatabase();
      set({ logCount: await countLog(db), recentReplies: recentReplyTexts(await db.log.orderBy('handledAt').reverse().limit(30).toArray()) });
    } catch (error) {
      set({ logCount: null, logUnavailable: classifyStorageError(error) === 'unavailable' });
    }
  }

  function selectedItem(): QueueItem | undefined {
    const { queue, selectedKey } = get();
    return queue.find((item) => item.comment.key === selectedKey);
  }

  function persistDrafts(): void {
    clearTimeout(draftSaveTimer);
    draftSaveTimer = setTimeout(() => {
      void draftsItem.setValue(get().drafts);
      void caughtFindingsItem.setValue(get().caught);
    }, DRAFT_SAVE_DELAY_MS);
  }

  /** Why the log could not be written, in terms the user can act on. */
  function sayStorageProblem(error: unknown): void {
    const problem = classifyStorageError(error);
    if (problem === 'quota') get().say('panel.storageFull', 'error');
    else if (problem === 'unavailable') get().say('panel.storageUnavailable', 'error');
    else get().say('panel.saveFailed', 'error', { reason: errorMessage(error) });
  }

  function errorMessage(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
  }

  return {
    view: new URLSearchParams(location.search).get('view') === 'log' ? 'log' : 'queue',
    uiLang: uiLangFor(navigator.language),
    engines: null,
    tabId: null,
    status: 'loading',
    page: null,
    unsupportedOrigin: null,
    queue: [],
    handled: new Set(),
    selectedKey: null,
    drafts: {},
    caught: {},
    handler: '',
    brand: DEFAULT_BRAND_PROFILE,
    toneSettings: DEFAULT_TONE_SETTINGS,
    recentTemplates: [],
    templateLibrary: emptyUserLibrary(),
    recentReplies: [],
    snoozed: {},
    filter: NO_FILTER,
    confirmInsert: false,
    notice: null,
    logUnavailable: false,
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
      const settingsLoaded = Promise.all([
        loadEngines().then((engines) => set({ engines })),
        draftsItem.getValue().then((drafts) => set({ drafts: { ...drafts, ...get().drafts } })),
        caughtFindingsItem.getValue().then((caught) => set({ caught: { ...caught, ...get().caught } })),
        handlerNameItem.getValue().then((handler) => set({ handler })),
        recentTemplatesItem.getValue().then((recentTemplates) => set({ recentTemplates })),
        snoozedItem.getValue().then((snoozed) => set({ snoozed: activeSnoozes(snoozed, Date.now()) })),
        loadBrandProfile().then((brand) => set({ brand })),
        loadToneSettings().then((toneSettings) => set({ toneSettings })),
        loadUiLanguage().then((choice) => set({ uiLang: resolveUiLang(choice, navigator.language) })),
        loadTemplateLibrary().then((templateLibrary) => set({ templateLibrary })),
        refreshLog(),
      ]);
      void settingsLoaded.then(() => {
        if (Number.isInteger(pinned) && pinned > 0) return follow(pinned);
        return browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => follow(tab?.id));
      });

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
      const unwatch = [
        pendingDraftItem.watch((draft) => void takeDraft(draft)),
        brandProfileItem.watch(() => void loadBrandProfile().then((brand) => set({ brand }))),
        toneSettingsItem.watch(() => void loadToneSettings().then((toneSettings) => set({ toneSettings }))),
        uiLanguageItem.watch(() => void loadUiLanguage().then((choice) => set({ uiLang: resolveUiLang(choice, navigator.language) }))),
        templateLibraryItem.watch(() => void loadTemplateLibrary().then((templateLibrary) => set({ templateLibrary }))),
      ];
      return () => {
        browser.runtime.onMessage.removeListener(onMessage);
        browser.tabs.onActivated.removeListener(onActivated);
        browser.tabs.onUpdated.removeListener(onUpdated);
        unwatch.forEach((stop) => stop());
      };
    },

    select(key) {
      set({ selectedKey: key, notice: null, confirmInsert: false });
      const { tabId } = get();
      if (key && tabId !== null) void revealComment(tabId, key);
    },

    setDraft(key, text) {
      set({ drafts: { ...get().drafts, [key]: text }, confirmInsert: false });
      persistDrafts();
    },

    useTemplate(key, templateId, text) {
      get().setDraft(key, text);
      const recentTemplates = rememberTemplate(get().recentTemplates, templateId);
      set({ recentTemplates });
      void recentTemplatesItem.setValue(recentTemplates);
    },

    noteFindings(key, findings) {
      const seen = { ...(get().caught[key] ?? {}) };
      let changed = false;
      for (const finding of findings) {
        if (finding.category === 'courtesy') continue;
        const id = `${finding.ruleId}:${finding.text}`;
        if (seen[id]) continue;
        seen[id] = { ruleId: finding.ruleId, severity: finding.severity, text: finding.text.slice(0, 2000), resolved: false };
        changed = true;
      }
      if (!changed) return;
      set({ caught: { ...get().caught, [key]: seen } });
      persistDrafts();
    },

    setHandler(name) {
      set({ handler: name });
      void handlerNameItem.setValue(name);
    },

    setFilter(filter) {
      set({ filter: { ...get().filter, ...filter } });
    },

    say(key, kind = 'info', vars = {}) {
      set({ notice: { kind, text: t(get().uiLang, key, vars) } });
    },

    async insertSelected(force = false) {
      const item = selectedItem();
      const { tabId, drafts, uiLang, toneSettings, recentReplies, engines } = get();
      const text = item ? drafts[item.comment.key]?.trim() : '';
      if (!item || tabId === null || !text || !engines) return get().say('panel.emptyReply', 'error');
      const serious = engines.checkDraft(item, text, { uiLang, settings: toneSettings, previousReplies: recentReplies }).findings.filter((f) => f.severity === 'error');
      if (serious.length > 0 && !force) {
        set({ confirmInsert: true, notice: { kind: 'error', text: t(uiLang, 'panel.confirmInsert', { count: serious.length }) } });
        return;
      }
      set({ busy: true, confirmInsert: false });
      const result = await insertReply(tabId, item.comment.key, text);
      set({ busy: false });
      if (result.ok) get().say('panel.inserted');
      else get().say(`panel.insertFailed.${result.reason}`, 'error');
    },

    cancelInsert() {
      set({ confirmInsert: false, notice: null });
    },

    async copySelected() {
      const item = selectedItem();
      const text = item ? get().drafts[item.comment.key] ?? '' : '';
      if (!text.trim()) return get().say('panel.emptyReply', 'error');
      await navigator.clipboard.writeText(text);
      get().say('panel.copied');
    },

    async snoozeSelected() {
      const item = selectedItem();
      if (!item) return;
      const until = Date.now() + SNOOZE_MS;
      const snoozed = { ...activeSnoozes(get().snoozed, Date.now()), [item.comment.key]: until };
      set({ snoozed, selectedKey: null });
      await snoozedItem.setValue(snoozed);
      get().say('panel.snoozed', 'info', { time: new Date(until).toLocaleTimeString(get().uiLang, { hour: '2-digit', minute: '2-digit' }) });
    },

    async markSelected(outcome, skipReason) {
      const item = selectedItem();
      const { tabId, drafts, page, handler, uiLang, toneSettings, recentReplies, engines } = get();
      if (!item || !page || !engines) return;
      const key = item.comment.key;
      const replyText = outcome === 'replied' ? drafts[key] ?? '' : '';
      if (outcome === 'replied' && !replyText.trim()) return get().say('panel.emptyReply', 'error');
      set({ busy: true });
      try {
        const db = getDatabase();
        const remaining = new Set(engines.checkDraft(item, replyText, { uiLang, settings: toneSettings, previousReplies: recentReplies }).findings.map((f) => `${f.ruleId}:${f.text}`));
        const toneFindings = Object.entries(get().caught[key] ?? {}).map(([id, finding]) => ({ ...finding, resolved: outcome === 'skipped' || !remaining.has(id) }));
        const entry = buildLogEntry({
          comment: item.comment,
          triage: item.triage,
          pageUrl: page.url,
          replyText,
          handler,
          outcome,
          skipReason: skipReason ?? null,
          detectedAt: await firstSeenAt(db, key),
          handledAt: Date.now(),
          toneFindings,
        });
        await saveLogEntry(db, entry);
        const handled = new Set(get().handled).add(key);
        const { [key]: _sent, ...remainingDrafts } = get().drafts;
        const { [key]: _caught, ...caught } = get().caught;
        set({ handled, drafts: remainingDrafts, caught, queue: buildQueue(engines, page.comments, handled) });
        void draftsItem.setValue(remainingDrafts);
        void caughtFindingsItem.setValue(caught);
        get().say('panel.saved');
        if (tabId !== null) void notifyHandled(tabId, key);
        await refreshLog();
      } catch (error) {
        // The draft stays; the user can retry or copy it.
        sayStorageProblem(error);
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
        get().say('panel.exportFailed', 'error', { reason: errorMessage(error) });
      }
    },

    async showTab(tabId) {
      await browser.tabs.update(tabId, { active: true }).catch(() => {});
      set({ tabId, status: 'loading', selectedKey: null, notice: null });
      await loadPage(tabId);
    },

    showView(view) {
      set({ view, notice: null });
      if (view === 'queue') void refreshLog();
    },

    async enableGenericHere() {
      const { tabId, unsupportedOrigin } = get();
      if (tabId === null || !unsupportedOrigin) return;
      const host = new URL(unsupportedOrigin).host;
      const result = await enableGenericReader(unsupportedOrigin, tabId);
      if (!result.ok) return get().say(`panel.genericFailed.${result.reason}`, 'error');
      get().say('panel.genericEnabled', 'info', { host });
      await loadPage(tabId);
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
        await refreshLog();
        const { page } = get();
        if (page) await showPage(page);
      } catch (error) {
        get().say('panel.saveFailed', 'error', { reason: errorMessage(error) });
      }
    },
  };
});
