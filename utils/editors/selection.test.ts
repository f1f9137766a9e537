import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveSelection, selectionRangeIn } from './selection';

/** An editor in an open shadow root, and Chromium's view of a caret the agent put at `offset` in its text. */
function shadowEditor(offset: number, how: 'composed' | 'shadow-selection') {
  document.body.innerHTML = '<main><p>Antes</p><div id="host"></div></main>';
  const host = document.getElementById('host')!;
  const el = document.createElement('div');
  el.contentEditable = 'true';
  el.textContent = 'Hola ;gracias';
  host.attachShadow({ mode: 'open' }).append(el);
  const text = el.firstChild as Text;
  const inside = document.createRange();
  inside.setStart(text, offset);
  inside.collapse(true);
  // The document's selection answers with the host's place in its parent: what Chromium gives for a typed caret.
  const retargeted = document.createRange();
  retargeted.setStart(host.parentNode!, 1);
  const selection = {
    rangeCount: 1,
    getRangeAt: () => retargeted,
    // A StaticRange's fields (happy-dom has no StaticRange).
    getComposedRanges: how === 'composed' ? ({ shadowRoots }: { shadowRoots: ShadowRoot[] }) => (shadowRoots.includes(host.shadowRoot!) ? [{ startContainer: text, startOffset: offset, endContainer: text, endOffset: offset, collapsed: true }] : []) : undefined,
  };
  vi.spyOn(document, 'getSelection').mockReturnValue(selection as unknown as Selection);
  if (how === 'shadow-selection') Object.assign(host.shadowRoot!, { getSelection: () => ({ rangeCount: 1, getRangeAt: () => inside }) });
  return { el, text };
}

afterEach(() => vi.restoreAllMocks());

describe('selectionRangeIn', () => {
  it('reads a caret inside a shadow root through getComposedRanges, as a live range in the editor', () => {
    const { el, text } = shadowEditor(13, 'composed');
    const range = selectionRangeIn(el)!;
    expect(range).toBeInstanceOf(Range);
    expect([range.startContainer, range.startOffset, range.collapsed]).toEqual([text, 13, true]);
    expect(saveSelection(el)?.startOffset).toBe(13);
  });

  it('falls back to the shadow root’s own selection (Chromium before getComposedRanges)', () => {
    const { el, text } = shadowEditor(5, 'shadow-selection');
    const range = selectionRangeIn(el)!;
    expect([range.startContainer, range.startOffset]).toEqual([text, 5]);
  });

  it('is null when the selection is outside the editor', () => {
    document.body.innerHTML = '<p>Fuera</p><div contenteditable="true">Dentro</div>';
    const [outside, el] = [document.querySelector('p')!, document.querySelector('div')!];
    const range = document.createRange();
    range.setStart(outside.firstChild!, 2);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    expect(selectionRangeIn(el)).toBeNull();
    range.setStart(el.firstChild!, 2);
    range.collapse(true);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    expect(selectionRangeIn(el)?.startOffset).toBe(2);
  });
});
