import type { EditableElement } from '@/utils/dom/editable';
import { execInsertText } from './exec-command';
import type { EditorStrategy } from './types';

/**
 * Plain `contenteditable` (Gmail, Outlook, most webmail). `insertText` is an undoable, trusted edit; the browser turns
 * line breaks into the editor's own paragraph markup, so multi-line replies keep their lines.
 */
export const plainContentEditable: EditorStrategy = {
  id: 'plain-contenteditable',
  matches: (el) => el.isContentEditable,
  insert: (el: EditableElement, text: string) => execInsertText(el.ownerDocument, text),
};
