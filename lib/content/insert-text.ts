/**
 * Puts text into a site's reply editor the way the site's own code will see it. Nothing is submitted.
 * - textarea/input (React, Wiz): the native prototype value setter of the element's own frame, then a
 *   bubbling input event, so that the framework's value tracker notices the change.
 * - contenteditable (Draft.js, Lexical, YouTube): select the editor's content and insertText, which
 *   goes through the editor's own beforeinput/input handling; assigning textContent would not.
 */
export function insertIntoEditor(editor: HTMLElement, text: string): boolean {
  editor.focus();
  if (isTextField(editor)) {
    const view = editor.ownerDocument.defaultView ?? window;
    const prototype = editor instanceof view.HTMLTextAreaElement ? view.HTMLTextAreaElement.prototype : view.HTMLInputElement.prototype;
    const setValue = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
    if (!setValue) return false;
    // Keep the "@name " a site prefills when the user presses its Reply (Instagram, X mobile).
    const mention = /^@[\p{L}\p{N}._]+\s$/u.exec(editor.value)?.[0] ?? '';
    const value = text.startsWith(mention.trim()) ? text : mention + text;
    setValue.call(editor, value);
    editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: value }));
    editor.dispatchEvent(new Event('change', { bubbles: true }));
    editor.setSelectionRange(value.length, value.length);
    return editor.value === value;
  }
  if (editor.isContentEditable) {
    const selection = editor.ownerDocument.getSelection();
    const range = editor.ownerDocument.createRange();
    range.selectNodeContents(editor);
    selection?.removeAllRanges();
    selection?.addRange(range);
    // execCommand is deprecated but remains the one call rich editors accept as real typing.
    const inserted = editor.ownerDocument.execCommand('insertText', false, text);
    if (!inserted) {
      editor.dispatchEvent(new InputEvent('beforeinput', { bubbles: true, cancelable: true, inputType: 'insertText', data: text }));
    }
    return (editor.textContent ?? '').includes(text.slice(0, 40));
  }
  return false;
}

function isTextField(element: HTMLElement): element is HTMLTextAreaElement | HTMLInputElement {
  return element.tagName === 'TEXTAREA' || (element.tagName === 'INPUT' && (element as HTMLInputElement).type === 'text');
}
