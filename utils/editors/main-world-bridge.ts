import type { EditableElement } from '@/utils/dom/editable';
import { RICH_EDITOR_SELECTORS } from './rich-editors';
import type { EditorStrategy } from './types';

/** Event names shared with the main-world script (entrypoints/editor-bridge.content.ts). */
export const BRIDGE_INSERT = 'cordial:bridge-insert';
export const BRIDGE_RESULT = 'cordial:bridge-result';

/**
 * Some editors only take text through their JavaScript API, which lives in the page's world, out of a content
 * script's reach: CKEditor 5's model (`element.ckeditorInstance`) when paste is not enough, and Quill 1, whose paste
 * handler waits for the browser's real paste. A tiny main-world script does the call. The page can see this event
 * (it can see the editor anyway) and could answer it falsely, which is why every insert is verified by reading back.
 */
export const mainWorldBridge: EditorStrategy = {
  id: 'main-world-bridge',
  matches: (el) => el.matches(`${RICH_EDITOR_SELECTORS.ckeditor5},${RICH_EDITOR_SELECTORS.quill}`),
  insert(el: EditableElement, text: string) {
    const id = Math.random().toString(36).slice(2);
    let handled = false;
    const onResult = (event: Event) => {
      const detail = (event as CustomEvent<unknown>).detail;
      if (typeof detail !== 'string') return;
      try {
        const answer = JSON.parse(detail) as { id?: unknown; handled?: unknown };
        if (answer.id === id) handled = answer.handled === true;
      } catch {
        // Not ours.
      }
    };
    const doc = el.ownerDocument;
    doc.addEventListener(BRIDGE_RESULT, onResult);
    // The main-world listener runs synchronously inside dispatchEvent, so the answer is already here afterwards.
    el.dispatchEvent(new CustomEvent(BRIDGE_INSERT, { bubbles: true, composed: true, detail: JSON.stringify({ id, text }) }));
    doc.removeEventListener(BRIDGE_RESULT, onResult);
    return handled;
  },
};
