import { isTextField, type EditableElement } from '@/utils/dom/editable';
import { execInsertText } from './exec-command';
import { InsertRefused, type EditorStrategy } from './types';

/**
 * `<textarea>` and text `<input>`, including React/Vue-controlled ones. `execCommand('insertText')` goes first: it
 * fires a trusted `input` event (frameworks update their state) and keeps the browser's undo. When it is refused, the
 * native value setter + an `input` event is the standard way to make React's value tracker see a change.
 * A reply that does not fit `maxlength` is refused whole: half a reply sent to a customer is worse than none.
 */
export const textField: EditorStrategy = {
  id: 'text-field',
  matches: (el) => isTextField(el),
  insert(el: EditableElement, text: string) {
    const field = el as HTMLTextAreaElement | HTMLInputElement;
    // An <input> is one line: keep the words, drop the line breaks.
    const value = field instanceof HTMLInputElement ? text.replace(/\s*\n\s*/g, ' ') : text;
    const start = field.selectionStart ?? field.value.length;
    const end = field.selectionEnd ?? start;
    if (field.maxLength >= 0 && field.value.length - (end - start) + value.length > field.maxLength) throw new InsertRefused('too-long');
    const before = field.value;
    if (execInsertText(field.ownerDocument, value) && field.value !== before) return true;
    const next = field.value.slice(0, start) + value + field.value.slice(end);
    const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, next);
    field.setSelectionRange(start + value.length, start + value.length);
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value }));
    return true;
  },
};
