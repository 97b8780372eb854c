// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { insertIntoEditor } from './insert-text';

function textarea(value = ''): { area: HTMLTextAreaElement; seen: string[] } {
  document.body.replaceChildren();
  const area = document.createElement('textarea');
  area.value = value;
  document.body.append(area);
  const seen: string[] = [];
  area.addEventListener('input', () => seen.push(area.value));
  return { area, seen };
}

describe('inserting a reply into a site textarea', () => {
  it('replaces the draft and fires the input event the site listens to', () => {
    const { area, seen } = textarea('old draft');
    expect(insertIntoEditor(area, 'Thank you for telling us.')).toBe(true);
    expect(area.value).toBe('Thank you for telling us.');
    expect(seen).toEqual(['Thank you for telling us.']);
    expect(area.selectionStart).toBe(area.value.length);
  });

  it('keeps the "@name " the site prefilled when Reply was pressed', () => {
    const { area } = textarea('@maria.g ');
    insertIntoEditor(area, 'Thank you, Maria.');
    expect(area.value).toBe('@maria.g Thank you, Maria.');
  });

  it('does not double a mention the reply already starts with', () => {
    const { area } = textarea('@maria.g ');
    insertIntoEditor(area, '@maria.g Thank you.');
    expect(area.value).toBe('@maria.g Thank you.');
  });
});
