import { tPage as t } from '../i18n/page';
import type { Lang } from '../lang';
import type { PageVerdicts } from '../messaging/messages';

type Verdict = PageVerdicts['verdicts'][number];

export const MARKER_TAG = 'composure-marker';

const MARKER_CSS = `
  :host { all: initial; display: block; margin: 0 0 6px; }
  .pill { display: inline-flex; gap: 6px; align-items: center; font: 600 12px/1.6 system-ui, sans-serif;
          border-radius: 999px; padding: 1px 10px; color: #1f2937; background: #e5e7eb; }
  .pill[data-label="negative"] { background: #fee2e2; color: #991b1b; }
  .pill[data-label="mixed"] { background: #fef3c7; color: #92400e; }
  .pill[data-label="positive"] { background: #dcfce7; color: #166534; }
  .pill.flash { animation: flash 1.2s ease-in-out 2; }
  @keyframes flash { 50% { box-shadow: 0 0 0 4px #f59e0b; } }
`;

/**
 * The small label Composure puts at the top of a comment card. It lives in its own shadow root so
 * that the page's CSS cannot reach it and ours cannot leak out; only text nodes go in.
 */
export class MarkerLayer {
  private readonly markers = new Map<string, HTMLElement>();

  /** `slot`: the card's named slot to show markers in, for cards with a shadow root (see SiteAdapter.markerSlot). */
  constructor(
    private readonly uiLang: Lang,
    private readonly slot?: string,
  ) {}

  place(card: Element, verdict: Verdict): void {
    let host = this.markers.get(verdict.key);
    if (!host || !host.isConnected) {
      host = card.ownerDocument.createElement(MARKER_TAG);
      host.dataset.composureFor = verdict.key;
      if (this.slot) host.slot = this.slot;
      const shadow = host.attachShadow({ mode: 'open' });
      const style = card.ownerDocument.createElement('style');
      style.textContent = MARKER_CSS;
      const pill = card.ownerDocument.createElement('span');
      pill.className = 'pill';
      pill.setAttribute('part', 'pill');
      shadow.append(style, pill);
      card.prepend(host);
      this.markers.set(verdict.key, host);
    }
    const pill = host.shadowRoot!.querySelector<HTMLElement>('.pill')!;
    pill.dataset.label = verdict.label;
    host.dataset.label = verdict.label;
    host.dataset.needsReply = String(verdict.needsReply);
    const parts = [t(this.uiLang, `marker.${verdict.label}`)];
    const critical = verdict.label === 'negative' || verdict.label === 'mixed';
    if (verdict.handled) parts.push(t(this.uiLang, 'marker.handled'));
    else if (verdict.needsReply) parts.push(t(this.uiLang, 'marker.needsReply'));
    else if (critical) parts.push(t(this.uiLang, 'marker.answered'));
    pill.textContent = parts.join(' · ');
  }

  flash(key: string): boolean {
    const pill = this.markers.get(key)?.shadowRoot?.querySelector('.pill');
    if (!pill) return false;
    pill.classList.remove('flash');
    void (pill as HTMLElement).offsetWidth; // restart the animation
    pill.classList.add('flash');
    return true;
  }

  remove(key: string): void {
    this.markers.get(key)?.remove();
    this.markers.delete(key);
  }

  removeAll(): void {
    for (const host of this.markers.values()) host.remove();
    this.markers.clear();
  }
}
