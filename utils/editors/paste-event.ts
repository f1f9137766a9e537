import type { EditableElement } from '@/utils/dom/editable';
import { ANY_RICH_EDITOR, RICH_EDITOR_SELECTORS } from './rich-editors';
import type { EditorStrategy } from './types';

/**
 * Every rich editor handles paste through its own model (one undo step, paragraphs from line breaks): Lexical,
 * ProseMirror, Draft.js, CKEditor 5, Quill 2, Slate. A synthetic ClipboardEvent carries the reply as text/plain.
 */
export const pasteEvent: EditorStrategy = {
  id: 'paste-event',
  matches: (el) => el.matches(ANY_RICH_EDITOR),
  insert(el: EditableElement, text: string) {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    // ProseMirror's plain-text paste folds runs of line breaks into one paragraph break; the same text as paragraphs
    // keeps the reply's blank lines.
    if (el.matches(RICH_EDITOR_SELECTORS.prosemirror)) data.setData('text/html', paragraphsHtml(el.ownerDocument, text));
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
    el.dispatchEvent(event);
    // An editor that handled the paste cancels it; Quill 1, which waits for the browser's own paste, does not.
    return event.defaultPrevented;
  },
};

/** One `<p>` per line, built through the DOM so the text is escaped (and no HTML sink is used: Trusted Types). */
export function paragraphsHtml(doc: Document, text: string): string {
  const holder = doc.createElement('div');
  for (const line of text.split('\n')) {
    const p = doc.createElement('p');
    p.textContent = line;
    holder.append(p);
  }
  return Array.from(holder.children, (p) => p.outerHTML).join('');
}
