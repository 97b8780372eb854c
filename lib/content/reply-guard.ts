import { browser } from 'wxt/browser';
import { tPage as t } from '../i18n/page';
import type { Lang } from '../lang';
import { GuardVerdictSchema, type GuardCheck, type GuardVerdict } from '../messaging/messages';
import { parseMessage } from '../messaging/parse';
import { sameOriginDocument } from '../sites/dom';
import type { SiteId } from '../sites/site-ids';

/** Checks wait for a pause in typing; typing itself is never delayed. */
const CHECK_DELAY_MS = 350;
const SUBMIT_LABEL = /^(post|reply|submit|send|publish|respond|submit response|post reply|publicar|responder|enviar|kirim|balas|posting|tanggapi)\b/i;

export interface GuardTarget {
  /** The comment this editor answers, if it sits inside one. */
  key: string | null;
  alreadyReplied: boolean;
  /** The block holding the editor and the site's own submit button (form or card). */
  scope: Element;
}

const BADGE_CSS = `
  :host { all: initial; position: fixed; z-index: 2147483646; }
  button { font: 600 12px/1.4 system-ui, sans-serif; border: 0; border-radius: 999px; padding: 2px 10px; cursor: pointer;
           box-shadow: 0 1px 3px rgb(0 0 0 / .25); }
  button[data-verdict="ok"] { background: #dcfce7; color: #166534; }
  button[data-verdict="caution"] { background: #fef3c7; color: #92400e; }
  button[data-verdict="stop"] { background: #fee2e2; color: #991b1b; }
`;
const WARNING_CSS = `
  :host { all: initial; position: fixed; z-index: 2147483647; left: 50%; bottom: 24px; transform: translateX(-50%); }
  div { font: 14px/1.45 system-ui, sans-serif; max-width: 480px; background: #7f1d1d; color: #fff; border-radius: 8px;
        padding: 10px 14px; box-shadow: 0 4px 14px rgb(0 0 0 / .3); display: flex; gap: 12px; align-items: start; }
  button { all: unset; cursor: pointer; font-weight: 700; }
`;

/**
 * Watches the site's own reply box while the user types in it: a small badge beside the editor
 * shows the tone verdict (checked by the background, off the page's thread), clicking it opens the
 * findings in the side panel, and pressing the site's submit button on a "stop" verdict shows a
 * warning first. Nothing is prevented: the user can always post, and the site's handlers run.
 */
export class ReplyGuard {
  private editor: HTMLElement | null = null;
  private target: GuardTarget | null = null;
  private verdict: GuardVerdict | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private badgeHost: HTMLElement | null = null;
  private warningHost: HTMLElement | null = null;
  private frame = 0;
  /** This document and the same-origin frame documents the guard listens in. */
  private readonly documents = new Set<Document>();
  private readonly frameElements = new WeakSet<HTMLIFrameElement>();
  /** Off once stopped (the site switched off): a frame that reloads later is not listened in again. */
  private running = false;

  constructor(
    private readonly site: SiteId,
    private readonly uiLang: Lang,
    private readonly targetFor: (editor: HTMLElement) => GuardTarget | null,
    private readonly isValid: () => boolean,
  ) {}

  start(): void {
    this.running = true;
    this.listenIn(document);
    window.addEventListener('resize', this.place, { passive: true });
    this.watchFramesIn(document.documentElement);
  }

  stop(): void {
    this.running = false;
    for (const doc of this.documents) this.stopListeningIn(doc);
    this.documents.clear();
    window.removeEventListener('resize', this.place);
    clearTimeout(this.timer);
    cancelAnimationFrame(this.frame);
    this.badgeHost?.remove();
    this.warningHost?.remove();
    this.badgeHost = this.warningHost = this.editor = this.target = this.verdict = null;
  }

  private listenIn(doc: Document): void {
    if (this.documents.has(doc)) return;
    this.documents.add(doc);
    doc.addEventListener('input', this.onInput, { capture: true, passive: true });
    doc.addEventListener('click', this.onClick, { capture: true, passive: true });
    doc.addEventListener('scroll', this.place, { capture: true, passive: true });
  }

  private stopListeningIn(doc: Document): void {
    doc.removeEventListener('input', this.onInput, { capture: true });
    doc.removeEventListener('click', this.onClick, { capture: true });
    doc.removeEventListener('scroll', this.place, { capture: true });
  }

  /**
   * Some sites open their reply box in a same-origin iframe (Google's merchant panel): its events
   * never reach this document, so the guard listens in each such frame. The runtime hands over
   * what the page adds, from the one MutationObserver it already keeps.
   */
  watchFramesIn(node: Node): void {
    if (!this.running || node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    if (element.localName === 'iframe') this.watchFrame(element as HTMLIFrameElement);
    else if (element.firstElementChild) for (const frame of element.getElementsByTagName('iframe')) this.watchFrame(frame);
  }

  /** Listens in the frame's document now and after each load (a frame that navigates gets a new one). */
  private watchFrame(frame: HTMLIFrameElement): void {
    if (this.frameElements.has(frame)) return;
    this.frameElements.add(frame);
    const attach = () => {
      const doc = sameOriginDocument(frame);
      if (doc && this.running && this.isValid()) this.listenIn(doc);
    };
    frame.addEventListener('load', attach);
    attach();
  }

  private readonly onInput = (event: Event): void => {
    const editor = editorOf(event.target);
    if (!editor) return;
    const target = this.targetOf(editor);
    if (!target) return;
    this.editor = editor;
    this.target = target;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.check(), CHECK_DELAY_MS);
  };

  /** In a frame, the comment is the one around the frame, and the frame's own form holds the submit button. */
  private targetOf(editor: HTMLElement): GuardTarget | null {
    const frame = editor.ownerDocument === document ? null : frameOf(editor);
    if (!frame) return this.targetFor(editor);
    const around = this.targetFor(frame);
    return around && { ...around, scope: editor.closest('form') ?? editor.ownerDocument.body };
  }

  private async check(): Promise<void> {
    const { editor, target } = this;
    if (!editor || !target || !this.isValid()) return;
    const text = editorText(editor);
    if (!text.trim()) {
      this.verdict = null;
      this.badgeHost?.remove();
      this.badgeHost = null;
      return;
    }
    const request: GuardCheck = { type: 'guard/check', site: this.site, uiLang: this.uiLang, text: text.slice(0, 20_000), key: target.key, alreadyReplied: target.alreadyReplied };
    try {
      const verdict = parseMessage(GuardVerdictSchema, await browser.runtime.sendMessage(request), `${this.site} reply guard`);
      if (!verdict || editor !== this.editor) return;
      this.verdict = verdict;
      this.showBadge(verdict);
    } catch {
      // The extension went away (reload/update): stay silent in the page.
    }
  }

  private showBadge(verdict: GuardVerdict): void {
    if (!this.badgeHost?.isConnected) {
      this.badgeHost = document.createElement('composure-guard');
      const shadow = this.badgeHost.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = BADGE_CSS;
      const button = document.createElement('button');
      button.type = 'button';
      button.addEventListener('click', () => void this.openPanel());
      shadow.append(style, button);
      document.documentElement.append(this.badgeHost);
    }
    const button = this.badgeHost.shadowRoot!.querySelector('button')!;
    const problems = verdict.problems.filter((problem) => problem.severity !== 'hint').length;
    button.dataset.verdict = verdict.verdict;
    this.badgeHost.dataset.verdict = verdict.verdict;
    button.textContent = t(this.uiLang, `guard.${verdict.verdict}`, { count: problems });
    button.title = verdict.problems.map((problem) => `${problem.message} (“${problem.text}”)`).join('\n');
    this.place();
  }

  /** Keeps the badge at the editor's bottom-right corner; positioned over the page, so no layout moves. */
  private readonly place = (): void => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      if (!this.badgeHost || !this.editor?.isConnected) return;
      const box = this.editor.getBoundingClientRect();
      // An editor in a frame measures from the frame's viewport: add where the frame's content starts.
      const frame = this.editor.ownerDocument === document ? null : frameOf(this.editor);
      const outer = frame?.getBoundingClientRect();
      const top = box.bottom + (outer ? outer.top + frame!.clientTop : 0);
      const right = box.right + (outer ? outer.left + frame!.clientLeft : 0);
      this.badgeHost.style.top = `${Math.max(0, top - 26)}px`;
      this.badgeHost.style.left = `${Math.max(0, right - 8)}px`;
      this.badgeHost.style.transform = 'translateX(-100%)';
    });
  };

  private async openPanel(): Promise<void> {
    if (!this.editor || !this.isValid()) return;
    try {
      await browser.runtime.sendMessage({ type: 'guard/open-panel', key: this.target?.key ?? null, text: editorText(this.editor).slice(0, 20_000) });
    } catch {
      // Nothing to open when the extension is gone.
    }
  }

  /** On the site's own submit button with a "stop" verdict: a warning, never a block. */
  private readonly onClick = (event: Event): void => {
    if (this.verdict?.verdict !== 'stop' || !this.target) return;
    const button = (event.target as Element | null)?.closest?.('button, [role="button"], input[type="submit"]');
    if (!button || !this.target.scope.contains(button) || !isSubmitLike(button)) return;
    const first = this.verdict.problems.find((problem) => problem.severity === 'error') ?? this.verdict.problems[0];
    if (first) this.warn(`${first.message} (“${first.text}”)`);
  };

  private warn(problem: string): void {
    this.warningHost?.remove();
    const host = document.createElement('composure-guard-warning');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = WARNING_CSS;
    const box = document.createElement('div');
    box.setAttribute('role', 'alert');
    const text = document.createElement('span');
    text.textContent = t(this.uiLang, 'guard.warning', { problem });
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = '×';
    close.setAttribute('aria-label', t(this.uiLang, 'guard.dismiss'));
    close.addEventListener('click', () => host.remove());
    box.append(text, close);
    shadow.append(style, box);
    document.documentElement.append(host);
    this.warningHost = host;
    setTimeout(() => host.remove(), 15_000);
  }
}

/** Checks by node type and tag, not instanceof: a frame's elements come from the frame's own window. */
function editorOf(node: EventTarget | null): HTMLElement | null {
  if (!node || (node as Node).nodeType !== Node.ELEMENT_NODE) return null;
  const element = node as HTMLElement;
  if (element.localName === 'textarea') return element;
  if (element.isContentEditable) {
    let root: HTMLElement = element;
    while (root.parentElement?.isContentEditable) root = root.parentElement;
    return root;
  }
  return null;
}

function editorText(editor: HTMLElement): string {
  return editor.localName === 'textarea' ? (editor as HTMLTextAreaElement).value : (editor.innerText ?? editor.textContent ?? '');
}

/** The iframe element (in this document) that shows the editor's document. */
function frameOf(editor: HTMLElement): HTMLIFrameElement | null {
  try {
    const frame = editor.ownerDocument.defaultView?.frameElement;
    return frame?.ownerDocument === document ? (frame as HTMLIFrameElement) : null;
  } catch {
    return null;
  }
}


function isSubmitLike(button: Element): boolean {
  if (button.getAttribute('type') === 'submit') return true;
  const label = `${button.getAttribute('aria-label') ?? ''} ${button.textContent ?? ''}`.replace(/\s+/g, ' ').trim();
  return SUBMIT_LABEL.test(label) || /\b(submit|send|post|reply)\b/i.test(button.getAttribute('data-testid') ?? '');
}
