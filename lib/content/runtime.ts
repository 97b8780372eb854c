import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageComment } from '../comments/comment';
import {
  MAX_REPORTED_COMMENTS,
  PageVerdictsSchema,
  ToContentSchema,
  type InsertReplyResult,
  type PageReport,
  type ToContent,
} from '../messaging/messages';
import { looksLikeMessage, parseMessage } from '../messaging/parse';
import type { PageLayout, SiteAdapter } from '../sites/adapter';
import { isShown } from '../sites/dom';
import { insertIntoEditor } from './insert-text';
import { MARKER_TAG, MarkerLayer } from './markers';
import { loadPagePreferences, switchesChanged, type PagePreferences } from './preferences';
import { extractCard, ReadAhead, type EarlyReadings } from './read-ahead';
import { ReplyGuard, type GuardTarget } from './reply-guard';
import { inSlices } from './slices';

/** Set on every card we have read, so repeated passes skip it until it changes. */
const PROCESSED = 'data-composure-key';
/** Mutations are batched: a burst of appended comments is read in one pass. */
const SCAN_DELAY_MS = 60;
const INVALIDATION_CHECK_MS = 3000;
/** How far up from a changed block to look for the comment drawn just before it. */
const PRECEDING_CARD_LEVELS = 4;

/**
 * The card we read that the page draws right before this block: the block itself, or one of its
 * nearest ancestors, follows it (or follows a block that ends with it). Earlier replies in the
 * same list hold no card, so the search goes on one level up.
 */
function cardJustBefore(block: Element): Element | null {
  let node: Element | null = block;
  for (let level = 0; node && level < PRECEDING_CARD_LEVELS; level++, node = node.parentElement) {
    const previous = node.previousElementSibling;
    if (!previous) continue;
    if (previous.hasAttribute(PROCESSED)) return previous;
    const inside = previous.querySelectorAll(`[${PROCESSED}]`);
    if (inside.length > 0) return inside[inside.length - 1]!;
  }
  return null;
}

/** Whether one of the element's ancestors is in the set: one walk up, not a comparison with every other. */
function hasAncestorIn(element: Element, set: Set<Element>): boolean {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) if (set.has(parent)) return true;
  return false;
}

interface Found {
  comment: PageComment;
  card: Element;
}

/**
 * Runs one site adapter on the page: reads every comment, keeps reading what the page adds
 * (infinite scroll, SPA navigation, expanded text), reports to the extension, marks the cards and
 * answers the side panel. Everything is undone when the extension context goes away.
 */
/** User Timing mark when a content script starts, so tools can time our scan apart from the browser's injection delay. */
export const START_MARK = 'composure:start';

export function runSiteAdapter(adapter: SiteAdapter, ctx: ContentScriptContext): void {
  performance.mark(START_MARK);
  const preferences = loadPagePreferences(adapter.id);
  const ahead = new ReadAhead(
    adapter,
    preferences.then(({ enabled }) => enabled),
    () => ctx.isValid,
  );
  void Promise.all([preferences, ahead.done]).then(([loaded]) => {
    const early = ahead.take();
    if (ctx.isValid) runWithPreferences(adapter, ctx, loaded, early);
  });
}

/** `readAhead`: the cards read while the preferences loaded, for the first pass only. */
function runWithPreferences(adapter: SiteAdapter, ctx: ContentScriptContext, preferences: PagePreferences, readAhead: EarlyReadings): void {
  let early: EarlyReadings | null = readAhead;
  const { uiLang } = preferences;
  let enabled = preferences.enabled;
  const markers = new MarkerLayer(uiLang, adapter.markerSlot);
  const found = new Map<string, Found>();
  const pendingRoots = new Set<Node>();
  /** Bumped when the page is read from scratch: slices of an older pass stop. */
  let generation = 0;
  let scanTimer: ReturnType<typeof setTimeout> | undefined;

  let currentUrl = new URL(location.href);
  function pageUrl(): URL {
    if (currentUrl.href !== location.href) currentUrl = new URL(location.href);
    return currentUrl;
  }

  /** Reads one card into `found`; true when what the page shows changed (new, replaced or moved). */
  function read(card: Element, earlier?: EarlyReadings['comments']): boolean {
    const comment = earlier?.has(card) ? earlier.get(card)! : extractCard(adapter, card, pageUrl());
    const previousKey = card.getAttribute(PROCESSED);
    card.setAttribute(PROCESSED, comment?.key ?? '');
    // A recycled cell (X) now shows another comment: the old one is no longer here.
    if (previousKey && previousKey !== comment?.key && found.get(previousKey)?.card === card) {
      found.delete(previousKey);
      markers.remove(previousKey);
    }
    if (!comment) return previousKey !== null && previousKey !== '';
    // Some sites render a comment twice (hidden copies): a shown card wins over a hidden one, and a
    // card the page drew again (modal reopened, list re-rendered, recycled cell) replaces one that left.
    const known = found.get(comment.key);
    if (!known || known.card === card || !known.card.isConnected || (!isShown(known.card) && isShown(card))) {
      found.set(comment.key, { comment, card });
      return true;
    }
    return false;
  }

  /** Cards under root not read yet. */
  function unreadCards(root: ParentNode): Element[] {
    return adapter.findCards(root).filter((card) => !card.hasAttribute(PROCESSED));
  }

  /**
   * Reads cards a slice at a time, giving the page its thread back between slices, so that even
   * thousands of comments never make one long task. Stops when the page was reset meanwhile.
   */
  async function readCards(cards: Iterable<Element>, { reread = false, earlier }: { reread?: boolean; earlier?: EarlyReadings['comments'] } = {}): Promise<boolean> {
    const run = generation;
    let changed = false;
    await inSlices(
      cards,
      (card) => {
        if ((reread || !card.hasAttribute(PROCESSED)) && read(card, earlier)) changed = true;
      },
      () => ctx.isValid && run === generation,
    );
    return changed;
  }

  async function flushPending(): Promise<void> {
    scanTimer = undefined;
    if (!ctx.isValid) return;
    // Many mutations touch the same places: collect each card to re-read and each block to scan once.
    const known = new Set<Element>();
    const blocks = new Set<Element>();
    for (const node of pendingRoots) {
      if (!node.isConnected) continue;
      if (node.nodeType === Node.TEXT_NODE && !node.nodeValue?.trim()) continue;
      const element = node instanceof Element ? node : node.parentElement;
      if (!element) continue;
      // Something changed inside a card we know (text expanded, reply added): read it again, and
      // look inside for comments the page just loaded ("more replies"). Outside any card, it may be
      // a reply drawn after the comment it answers (X's next cell, Facebook's reply block).
      const card = element.closest(`[${PROCESSED}]`) ?? cardJustBefore(element);
      if (card) known.add(card);
      blocks.add(element);
    }
    pendingRoots.clear();
    const outermost = [...blocks].filter((block) => !hasAncestorIn(block, blocks));
    const reread = await readCards(known, { reread: true });
    const added = await readCards(new Set(outermost.flatMap(unreadCards)));
    if (reread || added) void report();
  }

  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      // What the user types in a rich editor is not a comment: no re-reading while they type.
      if (mutation.target.parentElement?.isContentEditable || (mutation.target as HTMLElement).isContentEditable) continue;
      // Pages that re-render in place (React text updates) change text nodes without adding any.
      if (mutation.type === 'characterData') pendingRoots.add(mutation.target);
      for (const node of mutation.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE && (node as Element).localName === MARKER_TAG) continue;
        if (node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.TEXT_NODE) pendingRoots.add(node);
        guard.watchFramesIn(node);
      }
    }
    if (pendingRoots.size > 0 && scanTimer === undefined) scanTimer = setTimeout(() => void flushPending(), SCAN_DELAY_MS);
  });

  function layout(): PageLayout {
    if (found.size > 0) return 'recognised';
    return adapter.hasCommentArea(document) ? 'empty' : 'unrecognised';
  }

  function snapshot(): PageReport {
    const comments = [...found.values()].filter(({ card }) => card.isConnected).map(({ comment }) => comment);
    return {
      type: 'page/report',
      site: adapter.id,
      url: location.href,
      layout: layout(),
      replyBox: adapter.noReplyBox === undefined,
      comments: comments.slice(0, MAX_REPORTED_COMMENTS),
    };
  }

  /** Sends what the page holds to the extension and marks the cards with the verdicts it returns. */
  async function report(): Promise<void> {
    if (!ctx.isValid) return;
    try {
      const answer = await browser.runtime.sendMessage(snapshot());
      const verdicts = parseMessage(PageVerdictsSchema, answer, `${adapter.id} content script`);
      if (!verdicts || !ctx.isValid) return;
      const run = generation;
      await inSlices(
        verdicts.verdicts,
        (verdict) => {
          const entry = found.get(verdict.key);
          if (entry?.card.isConnected) markers.place(entry.card, verdict);
        },
        () => ctx.isValid && run === generation,
      );
    } catch (error) {
      // The extension was reloaded or updated: this script is an orphan now and must go quietly.
      if (!ctx.isValid) return;
      console.warn('[Composure] could not reach the extension', error);
    }
  }

  async function insertReply(key: string, text: string): Promise<InsertReplyResult> {
    const entry = found.get(key);
    if (!entry?.card.isConnected) return { ok: false, reason: 'comment-gone' };
    const editor = await adapter.findReplyEditor(entry.card);
    if (!editor) return { ok: false, reason: 'no-editor' };
    editor.scrollIntoView({ block: 'center' });
    return insertIntoEditor(editor, text) ? { ok: true } : { ok: false, reason: 'editor-refused' };
  }

  function reveal(key: string): boolean {
    const entry = found.get(key);
    if (!entry?.card.isConnected) return false;
    entry.card.scrollIntoView({ block: 'center', behavior: 'smooth' });
    markers.flash(key);
    return true;
  }

  async function handle(message: ToContent): Promise<unknown> {
    switch (message.type) {
      case 'page/get':
        // Null tells the panel this page (say, a site's home page) has no comments for us.
        return enabled && adapter.matchesUrl(pageUrl()) ? snapshot() : null;
      case 'page/insert-reply':
        return insertReply(message.key, message.text);
      case 'page/reveal':
        return { ok: reveal(message.key) };
      case 'page/handled':
        await report();
        return { ok: true };
    }
  }

  function onMessage(raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (response: unknown) => void): boolean {
    if (sender.id !== browser.runtime.id || !looksLikeMessage(raw)) return false;
    const message = parseMessage(ToContentSchema, raw, `${adapter.id} content script`);
    if (!message) return false;
    handle(message).then(sendResponse, (error: unknown) => {
      console.warn('[Composure] failed to handle a message', error);
      sendResponse(undefined);
    });
    return true; // answer asynchronously
  }

  function reset(): void {
    generation++;
    markers.removeAll();
    found.clear();
    pendingRoots.clear();
    document.querySelectorAll(`[${PROCESSED}]`).forEach((card) => card.removeAttribute(PROCESSED));
  }

  /** Reads the page from scratch; watches for changes only while the URL is a comment page. */
  function start(): void {
    reset();
    observer.disconnect();
    if (!enabled || !adapter.matchesUrl(pageUrl())) return;
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    // Only the first pass may use what was read ahead: after that, the page may have moved on.
    const earlier = early;
    early = null;
    const cards = earlier?.cards?.filter((card) => card.isConnected && !card.hasAttribute(PROCESSED)) ?? unreadCards(document);
    void readCards(cards, { earlier: earlier?.comments }).then(() => report());
  }

  /** Which comment an editor the user types in answers, and the block holding the site's submit button. */
  function guardTarget(editor: HTMLElement): GuardTarget | null {
    const card = editor.closest(`[${PROCESSED}]`);
    const entry = card ? found.get(card.getAttribute(PROCESSED) ?? '') : undefined;
    if (card && entry) return { key: entry.comment.key, alreadyReplied: entry.comment.ownerReply !== null, scope: editor.closest('form') ?? card };
    const scope = adapter.composerScope?.(editor);
    return scope ? { key: null, alreadyReplied: false, scope } : null;
  }
  const guard = new ReplyGuard(adapter.id, uiLang, guardTarget, () => ctx.isValid);

  /** The user switched this site off or on in the options: leave the page alone, or read it again. */
  const onStorageChanged = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !switchesChanged(changes)) return;
    void loadPagePreferences(adapter.id).then((latest) => {
      if (!ctx.isValid || latest.enabled === enabled) return;
      enabled = latest.enabled;
      if (enabled) guard.start();
      else guard.stop();
      start();
    });
  };

  browser.runtime.onMessage.addListener(onMessage);
  browser.storage.onChanged.addListener(onStorageChanged);
  // WXT notices that the extension was reloaded or updated only when asked; asking every few
  // seconds lets an orphaned script remove its markers and listeners even on a quiet page.
  ctx.setInterval(() => undefined, INVALIDATION_CHECK_MS);
  if (enabled) guard.start();
  ctx.addEventListener(window, 'wxt:locationchange', start);
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(scanTimer);
    browser.runtime.onMessage.removeListener(onMessage);
    browser.storage.onChanged.removeListener(onStorageChanged);
    guard.stop();
    reset();
  });
  start();
}
