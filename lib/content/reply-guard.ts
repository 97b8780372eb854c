import { browser } from 'wxt/browser';
import { tPage as t } from '../i18n/page';
import type { Lang } from '../lang';
import { GuardVerdictSchema, type GuardCheck, type GuardVerdict } from '../messaging/messages';
import { parseMessage } from '../messaging/parse';
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

  constructor(
    private readonly site: SiteId,
    private readonly uiLang: Lang,
    private readonly targetFor: (editor: HTMLElement) => GuardTarget | null,
    private readonly isValid: () => boolean,
  ) {}

  start(): void {
    document.addEventListener('input', this.onInput, { capture: true, passive: true });
    document.addEventListener('click', this.onClick, { capture: true, passive: true });
    window.addEventListener('scroll', this.place, { capture: true, passive: true });
    window.addEventListener('resize', this.place, { passive: true });
  }

  stop(): void {
    document.removeEventListener('input', this.onInput, { capture: true });
    document.removeEventListener('click', this.onClick, { capture: true });
    window.removeEventListener('scroll', this.place, { capture: true });
    window.removeEventListener('resize', this.place);
    clearTimeout(this.timer);
    cancelAnimationFrame(this.frame);
    this.badgeHost?.remove();
    this.warningHost?.remove();
    this.badgeHost = this.warningHost = this.editor = this.target = this.verdict = null;
  }

  private readonly onInput = (event: Event): void => {
    const editor = editorOf(event.target);
    if (!editor) return;
    const target = this.targetFor(editor);
    if (!target) return;
    this.editor = editor;
    this.target = target;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.check(), CHECK_DELAY_MS);
  };

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
      this.badgeHost.style.top = `${Math.max(0, box.bottom - 26)}px`;
      this.badgeHost.style.left = `${Math.max(0, box.right - 8)}px`;
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

function editorOf(node: EventTarget | null): HTMLElement | null {
  if (!(node instanceof HTMLElement)) return null;
  if (node instanceof HTMLTextAreaElement) return node;
  if (node.isContentEditable) {
    let root: HTMLElement = node;
    while (root.parentElement?.isContentEditable) root = root.parentElement;
    return root;
  }
  return null;
}

function editorText(editor: HTMLElement): string {
  return editor instanceof HTMLTextAreaElement ? editor.value : (editor.innerText ?? editor.textContent ?? '');
}

function isSubmitLike(button: Element): boolean {
  if (button.getAttribute('type') === 'submit') return true;
  const label = `${button.getAttribute('aria-label') ?? ''} ${button.textContent ?? ''}`.replace(/\s+/g, ' ').trim();
  return SUBMIT_LABEL.test(label) || /\b(submit|send|post|reply)\b/i.test(button.getAttribute('data-testid') ?? '');
}
