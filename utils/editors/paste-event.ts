import type { EditableElement } from '@/utils/dom/editable';
import type { EditorStrategy } from './types';

/**
 * Rich editors keep their own document model and ignore (or fight) direct DOM edits; all of them accept a paste.
 * Fingerprints are the editors' own attributes and class names, which they keep stable across versions.
 */
const PASTE_EDITORS = [
  '[data-lexical-editor="true"]', // Lexical (Messenger, WhatsApp Web, Meta Business Suite)
  '.ProseMirror', // ProseMirror / Tiptap (Intercom, Front)
  '[data-slate-editor="true"]', // Slate
  '.public-DraftEditor-content', // Draft.js (legacy X)
  '.ck-editor__editable', // CKEditor 5 (Zendesk)
  '.ql-editor', // Quill
].join(',');

export const pasteEvent: EditorStrategy = {
  id: 'paste-event',
  matches: (el) => el.matches(PASTE_EDITORS),
  insert(el: EditableElement, text: string) {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
    el.dispatchEvent(event);
    // An editor that handled the paste cancels it; one that did not leaves it to the browser, which does nothing for a
    // synthetic paste.
    return event.defaultPrevented;
  },
};
