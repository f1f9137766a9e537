import type { EditableElement } from '@/utils/dom/editable';
import { execInsertHtml, execInsertText } from './exec-command';
import { hasLink, linesHtml } from './simple-html';
import type { EditorStrategy } from './types';

/**
 * Plain `contenteditable` (Gmail, Outlook, most webmail). `insertText` is an undoable, trusted edit; the browser turns
 * line breaks into the editor's own paragraph markup, so multi-line replies keep their lines.
 */
export const plainContentEditable: EditorStrategy = {
  id: 'plain-contenteditable',
  matches: (el) => el.isContentEditable,
  insert: (el: EditableElement, text: string, { rich }) =>
    // Email: links as links, lines as <br> like typed ones. Refused under Trusted Types, where plain text goes in.
    (rich && hasLink(text) && execInsertHtml(el.ownerDocument, linesHtml(el.ownerDocument, text))) || execInsertText(el.ownerDocument, text),
};
