import type { EditableElement } from '@/utils/dom/editable';
import { RICH_EDITOR_SELECTORS } from './rich-editors';
import type { EditorStrategy } from './types';

/** An `insertFromPaste` input event carrying the text as a DataTransfer, for the editors matching `selector`. */
function beforeInputFor(id: string, selector: string): EditorStrategy {
  return {
    id,
    matches: (el) => el.matches(selector),
    insert(el: EditableElement, text: string) {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      const event = new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: data, bubbles: true, cancelable: true, composed: true });
      el.dispatchEvent(event);
      return event.defaultPrevented;
    },
  };
}

/**
 * Slate, before the paste: slate-react adopts a new DOM selection on a throttled timer (up to 100 ms after the
 * `selectionchange`), and its paste handler inserts at the selection it holds, so a replacement reaching it as a paste
 * lands at the old caret beside the words. Its `beforeinput` handler first reads the DOM selection (slate-react's
 * `flushDOMSelectionChange`, there for extensions that select and then insert), so the text replaces what is selected.
 */
export const slateBeforeInput = beforeInputFor('slate-before-input', RICH_EDITOR_SELECTORS.slate);

/** Lexical builds that ignore a synthetic paste event. */
export const beforeInput = beforeInputFor('before-input', RICH_EDITOR_SELECTORS.lexical);
