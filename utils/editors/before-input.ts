import type { EditableElement } from '@/utils/dom/editable';
import { RICH_EDITOR_SELECTORS } from './rich-editors';
import type { EditorStrategy } from './types';

/**
 * Editors built on `beforeinput` (Slate, Lexical) also accept an `insertFromPaste` input event carrying a
 * DataTransfer — the path for builds that ignore a synthetic paste event.
 */
export const beforeInput: EditorStrategy = {
  id: 'before-input',
  matches: (el) => el.matches(`${RICH_EDITOR_SELECTORS.slate},${RICH_EDITOR_SELECTORS.lexical}`),
  insert(el: EditableElement, text: string) {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const event = new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: data, bubbles: true, cancelable: true, composed: true });
    el.dispatchEvent(event);
    return event.defaultPrevented;
  },
};
