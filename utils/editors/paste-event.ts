import type { EditableElement } from '@/utils/dom/editable';
import { ANY_RICH_EDITOR, RICH_EDITOR_SELECTORS } from './rich-editors';
import { hasLink, paragraphsHtml } from './simple-html';
import type { EditorStrategy } from './types';

/**
 * Firefox runs content scripts behind Xray wrappers, and keeps what they put in a DataTransfer from the page: the
 * editor gets an empty paste, and Quill 2 then deletes the selected shortcut for nothing. There the chain goes on to the
 * next strategy without a paste. Told by `cloneInto`, a helper Firefox gives its content scripts alone.
 */
const pageSeesOurClipboardData = () => typeof (globalThis as { cloneInto?: unknown }).cloneInto !== 'function';

/**
 * Every rich editor handles paste through its own model (one undo step, paragraphs from line breaks): Lexical,
 * ProseMirror, Draft.js, CKEditor 5, Quill 2, Slate. A synthetic ClipboardEvent carries the reply as text/plain.
 */
export const pasteEvent: EditorStrategy = {
  id: 'paste-event',
  matches: (el) => el.matches(ANY_RICH_EDITOR) && pageSeesOurClipboardData(),
  insert(el: EditableElement, text: string, options) {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    // Email takes simple rich text: a reply's links arrive as links. ProseMirror also needs paragraphs because its
    // plain-text paste folds runs of line breaks into one break, losing the reply's blank lines.
    const links = options.rich && hasLink(text);
    if (links || el.matches(RICH_EDITOR_SELECTORS.prosemirror)) data.setData('text/html', paragraphsHtml(el.ownerDocument, text, links));
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
    el.dispatchEvent(event);
    // An editor that handled the paste cancels it; Quill 1, which waits for the browser's own paste, does not.
    return event.defaultPrevented;
  },
};

