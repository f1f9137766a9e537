import { isTextField, type EditableElement } from '@/utils/dom/editable';

/** Where the agent's caret was in a contenteditable, kept while focus is in the sidebar. */
export type SavedSelection = Range | null;

export function saveSelection(el: EditableElement): SavedSelection {
  if (isTextField(el)) return null; // text fields keep selectionStart/End themselves
  const selection = el.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return el.contains(range.commonAncestorContainer) ? range.cloneRange() : null;
}

/** Focuses the editor and puts the caret back where the agent left it (or at the end when nothing was saved). */
export function restoreSelection(el: EditableElement, saved: SavedSelection): void {
  el.focus({ preventScroll: true });
  if (isTextField(el)) return;
  const selection = el.ownerDocument.getSelection();
  if (!selection) return;
  const current = selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  if (saved && saved.startContainer.isConnected && el.contains(saved.commonAncestorContainer)) {
    selection.removeAllRanges();
    selection.addRange(saved);
  } else if (!current || !el.contains(current.commonAncestorContainer)) {
    const end = el.ownerDocument.createRange();
    end.selectNodeContents(el);
    end.collapse(false);
    selection.removeAllRanges();
    selection.addRange(end);
  }
}
