// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readText, readTextWithImageAlt } from './text';

function element(build: (el: HTMLElement) => void): HTMLElement {
  const el = document.createElement('div');
  build(el);
  return el;
}

describe('readText', () => {
  it('collapses every kind of whitespace to single spaces, trimmed, whatever the text', () => {
    const whitespace = fc.constantFrom(' ', '  ', '\n', '\t', '\u00a0', '\u2003', '\r\n', '\u3000');
    const text = fc.array(fc.oneof(fc.string({ maxLength: 6 }), whitespace), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (raw) => {
        const leaf = element((el) => (el.textContent = raw));
        return readText(leaf) === raw.replace(/\s+/g, ' ').trim();
      }),
      { numRuns: 500 },
    );
  });

  it('leaves icon ligatures and our own markers out', () => {
    const card = element((el) => {
      const icon = document.createElement('i');
      icon.className = 'material-icons';
      icon.textContent = 'star';
      const marker = document.createElement('composure-marker');
      marker.textContent = 'Negative';
      el.append(marker, 'Cold  soup', icon, '\n and a long wait');
    });
    expect(readText(card)).toBe('Cold soup and a long wait');
  });

  it('readTextWithImageAlt puts each image\'s alt text in its place (emoji drawn as images)', () => {
    const tweet = element((el) => {
      const emoji = document.createElement('img');
      emoji.alt = '😍';
      el.append('love it ', emoji, ' really');
    });
    expect(readTextWithImageAlt(tweet)).toBe('love it 😍 really');
    expect(readText(tweet)).toBe('love it really');
  });
});
