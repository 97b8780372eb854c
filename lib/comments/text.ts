import { MAX_COMMENT_TEXT } from './comment';

/** Icon fonts render their ligature name as text ("open_in_new"); strip them before reading. */
const ICON_SELECTOR = 'i.google-symbols, .material-symbols-outlined, .material-icons, svg, style, script, composure-marker';

/** Visible-ish text of an element: icons and our own markers removed, whitespace collapsed. */
export function readText(element: Element | null | undefined): string {
  if (!element) return '';
  let source: Element = element;
  if (element.querySelector(ICON_SELECTOR)) {
    source = element.cloneNode(true) as Element;
    source.querySelectorAll(ICON_SELECTOR).forEach((icon) => icon.remove());
  }
  return (source.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Caps text at what we carry across contexts, reporting whether it was cut. */
export function capText(text: string): { text: string; cut: boolean } {
  if (text.length <= MAX_COMMENT_TEXT) return { text, cut: false };
  return { text: text.slice(0, MAX_COMMENT_TEXT), cut: true };
}

export function nonEmpty(text: string | null | undefined): string | null {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}
