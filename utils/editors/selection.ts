import { isTextField, type EditableElement } from '@/utils/dom/editable';

/** Where the agent's caret was in a contenteditable, kept while focus is in the sidebar. */
export type SavedSelection = Range | null;

/**
 * The selection's range when it lies inside `el`, else null. Chromium's document selection retargets a caret the agent
 * put inside a shadow tree to the shadow host (a range set by script reads back as set), so an editor in a shadow root
 * is read through `getComposedRanges` (Chrome 137, Firefox 142), or Chromium's older `ShadowRoot.getSelection`.
 */
export function selectionRangeIn(el: Element): Range | null {
  const selection = el.ownerDocument.getSelection();
  if (!selection?.rangeCount) return null;
  let range: AbstractRange = selection.getRangeAt(0);
  const root = el.getRootNode();
  if (!el.contains(range.startContainer) && root instanceof ShadowRoot) {
    const own = (root as { getSelection?(): Selection | null }).getSelection?.();
    range = selection.getComposedRanges?.({ shadowRoots: [root] })[0] ?? (own?.rangeCount ? own.getRangeAt(0) : range);
  }
  if (!el.contains(range.startContainer) || !el.contains(range.endContainer)) return null;
  if (range instanceof Range) return range;
  const live = el.ownerDocument.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live;
}

export function saveSelection(el: EditableElement): SavedSelection {
  if (isTextField(el)) return null; // text fields keep selectionStart/End themselves
  return selectionRangeIn(el)?.cloneRange() ?? null;
}

/** Focuses the editor and puts the caret back where the agent left it (or at the end when nothing was saved). */
export function restoreSelection(el: EditableElement, saved: SavedSelection): void {
  el.focus({ preventScroll: true });
  if (isTextField(el)) return;
  const selection = el.ownerDocument.getSelection();
  if (!selection) return;
  if (saved && saved.startContainer.isConnected && el.contains(saved.commonAncestorContainer)) {
    selection.removeAllRanges();
    selection.addRange(saved);
  } else if (!selectionRangeIn(el)) {
    const end = el.ownerDocument.createRange();
    end.selectNodeContents(el);
    end.collapse(false);
    selection.removeAllRanges();
    selection.addRange(end);
  }
}
