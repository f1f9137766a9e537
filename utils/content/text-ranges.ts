import { isTextField, type EditableElement } from '@/utils/dom/editable';

export interface DraftSpan {
  /** Offsets into the draft text the sidebar checked (the editor's rendered text). */
  start: number;
  end: number;
  text: string;
}

/** How many times `text` occurs in `draft` before `start`: which occurrence the span is. */
function occurrenceIndex(draft: string, span: DraftSpan): number {
  let count = 0;
  for (let at = draft.indexOf(span.text); at !== -1 && at < span.start; at = draft.indexOf(span.text, at + 1)) count++;
  return count;
}

const same = (s: string) => s.replace(/\u00a0/g, ' ');

/**
 * The DOM range of a draft span inside a contenteditable. The draft is the editor's rendered text, which differs
 * from its text nodes at block boundaries only, so the span is found as the same occurrence of the same words in the
 * concatenated text nodes — robust to any editor's markup, and never edits the DOM.
 */
export function rangeForSpan(el: HTMLElement, draft: string, span: DraftSpan): Range | null {
  if (!span.text) return null;
  const nodes: Text[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const whole = same(nodes.map((n) => n.data).join(''));
  const wanted = same(span.text);
  let at = -1;
  for (let k = occurrenceIndex(draft, span), from = 0; k >= 0; k--) {
    at = whole.indexOf(wanted, from);
    if (at === -1) return null;
    from = at + 1;
  }
  const locate = (offset: number, preferEnd: boolean): [Text, number] | null => {
    let base = 0;
    for (const node of nodes) {
      const len = node.data.length;
      if (offset < base + len || (preferEnd && offset === base + len)) return [node, offset - base];
      base += len;
    }
    return null;
  };
  const start = locate(at, false);
  const end = locate(at + wanted.length, true);
  if (!start || !end) return null;
  const range = el.ownerDocument.createRange();
  range.setStart(start[0], start[1]);
  range.setEnd(end[0], end[1]);
  return range;
}

/** Selects a draft span in the editor, so the insertion chain replaces exactly it. False when it is not there. */
export function selectSpan(el: EditableElement, draft: string, span: DraftSpan): Range | null | false {
  if (isTextField(el)) {
    const field = el as HTMLTextAreaElement;
    // A text field's value is the draft itself; still, check the words are where the sidebar saw them.
    if (field.value.slice(span.start, span.end) !== span.text) return false;
    field.focus({ preventScroll: true });
    field.setSelectionRange(span.start, span.end);
    return null;
  }
  return rangeForSpan(el, draft, span) ?? false;
}
