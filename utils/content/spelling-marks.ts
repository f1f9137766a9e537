/**
 * Spelling underlines in the reply box (red, wavy), apart from the tone highlights (`highlights.ts`, another name).
 * Rich editors: the CSS Custom Highlight API (`cordial-spelling`), so the editor's DOM is never touched. Text fields
 * (no DOM ranges inside them) and browsers without the API: an overlay outside the editor, positioned over it, that
 * draws only the underlines (a mirror of the field's text in transparent ink, or lines under the words' rectangles).
 * Kept small: every supported page loads the content script.
 */
import { isTextField, type EditableElement } from '@/utils/dom/editable';
import { selectionRangeIn } from '@/utils/editors/selection';
import { rangeForSpan, type DraftSpan } from './text-ranges';

const NAME = 'cordial-spelling';
const WAVY = 'text-decoration:underline wavy #dc2626;text-decoration-skip-ink:none;text-underline-offset:2px;';
const MARK = 'data-cordial-spelling-mark';
// Copied from the text field so the mirror wraps its lines exactly like it.
const MIRRORED = 'fontFamily,fontSize,fontWeight,fontStyle,letterSpacing,wordSpacing,textTransform,textIndent,lineHeight,tabSize,direction,textAlign,paddingTop,paddingRight,paddingBottom,paddingLeft,borderTopWidth,borderRightWidth,borderBottomWidth,borderLeftWidth,boxSizing'.split(',');

type Registry = { set(name: string, h: unknown): void; delete(name: string): void };
const css = () => (globalThis as unknown as { CSS?: { highlights?: Registry } }).CSS?.highlights;
const HighlightCtor = () => (globalThis as unknown as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
const styled = new WeakSet<Document | ShadowRoot>();

let shown: { el: EditableElement; spans: DraftSpan[]; ranges: Range[]; off: () => void } | null = null;

/** Grammarly and LanguageTool mark the page when they are active on it. */
export function otherChecker(doc = document): string | null {
  const b = doc.body;
  if (b?.hasAttribute('data-new-gr-c-s-check-loaded') || b?.hasAttribute('data-gr-ext-installed') || doc.querySelector('grammarly-desktop-integration,grammarly-extension')) return 'Grammarly';
  if (b?.hasAttribute('data-lt-installed') || doc.querySelector('lt-toolbar,lt-mirror,lt-highlighter')) return 'LanguageTool';
  return null;
}

/** The overlay: fixed over `el`, outside the editor, never in the way of the mouse. */
function overlay(el: EditableElement, draw: (box: HTMLElement) => void): () => void {
  const doc = el.ownerDocument;
  const box = doc.createElement('div');
  box.setAttribute('data-cordial-spelling-overlay', '');
  const root = el.getRootNode();
  (root instanceof ShadowRoot ? root : doc.body).append(box);
  const place = () => {
    const r = el.getBoundingClientRect();
    box.style.cssText += `left:${r.left}px;top:${r.top}px;width:${r.width}px;height:${r.height}px;`;
    draw(box);
  };
  box.style.cssText = 'position:fixed;pointer-events:none;z-index:2147483646;overflow:hidden;margin:0;color:transparent;border-color:transparent;border-style:solid;';
  place();
  const win = doc.defaultView!;
  const opts = { capture: true, passive: true };
  // The words move as soon as the agent types: hide the marks until the next check places them again.
  const hide = () => clearSpelling();
  win.addEventListener('scroll', place, opts);
  win.addEventListener('resize', place, opts);
  el.addEventListener('input', hide);
  return () => {
    win.removeEventListener('scroll', place, opts);
    win.removeEventListener('resize', place, opts);
    el.removeEventListener('input', hide);
    box.remove();
  };
}

/** Underlines `spans` (offsets into `draft`) in `el`; returns how many it placed. */
export function showSpelling(el: EditableElement, draft: string, spans: readonly DraftSpan[]): number {
  clearSpelling();
  if (!spans.length) return 0;
  let ranges: Range[] = [];
  let off = () => {};
  let count: number;
  const field = isTextField(el) ? (el as HTMLTextAreaElement) : null;
  const Highlight = HighlightCtor();
  if (field) {
    const value = field.value;
    const computed = getComputedStyle(field) as unknown as Record<string, string>;
    const mine = spans.filter((s, i) => value.slice(s.start, s.end) === s.text && s.start >= (spans[i - 1]?.end ?? 0));
    count = mine.length;
    off = overlay(field, (box) => {
      if (!box.firstChild) {
        for (const p of MIRRORED) (box.style as unknown as Record<string, string>)[p] = computed[p]!;
        box.style.whiteSpace = field.localName === 'textarea' ? 'pre-wrap' : 'pre';
        box.style.overflowWrap = 'break-word';
        let at = 0;
        for (const s of mine) {
          const mark = box.ownerDocument.createElement('span');
          mark.setAttribute(MARK, '');
          mark.style.cssText = WAVY;
          mark.textContent = s.text;
          box.append(value.slice(at, s.start), mark);
          at = s.end;
        }
        box.append(`${value.slice(at)}\u200b`);
      }
      box.scrollTop = field.scrollTop;
      box.scrollLeft = field.scrollLeft;
    });
  } else {
    ranges = spans.map((s) => rangeForSpan(el, draft, s)).filter((r): r is Range => !!r);
    count = ranges.length;
    const registry = css();
    if (registry && Highlight) {
      for (const root of new Set([el.getRootNode(), el.ownerDocument])) {
        if (!(root instanceof Document || root instanceof ShadowRoot) || styled.has(root)) continue;
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(`::highlight(${NAME}){${WAVY}}`);
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        styled.add(root);
      }
      registry.set(NAME, new Highlight(...ranges));
    } else {
      off = overlay(el, (box) => {
        const at = box.getBoundingClientRect();
        box.replaceChildren(
          ...ranges.flatMap((range) =>
            [...range.getClientRects()].map((r) => {
              const line = box.ownerDocument.createElement('span');
              line.setAttribute(MARK, '');
              line.style.cssText = `position:absolute;left:${r.left - at.left}px;top:${r.bottom - at.top - 2}px;width:${r.width}px;border-bottom:2px dotted #dc2626;`;
              return line;
            }),
          ),
        );
      });
    }
  }
  shown = { el, spans: [...spans], ranges, off };
  return count;
}

export function clearSpelling(): void {
  css()?.delete(NAME);
  const was = shown;
  shown = null;
  was?.off();
}

/** The underlined word under the caret of `el` (after a click), or null. */
export function spellingSpanAtCaret(el: EditableElement): DraftSpan | null {
  if (shown?.el !== el) return null;
  const { spans, ranges } = shown;
  if (isTextField(el)) {
    const caret = (el as HTMLTextAreaElement).selectionStart ?? -1;
    return spans.find((s) => caret >= s.start && caret <= s.end) ?? null;
  }
  const caret = selectionRangeIn(el); // an editor in a shadow root included
  const i = caret ? ranges.findIndex((r) => r.isPointInRange(caret.startContainer, caret.startOffset)) : -1;
  return spans[i] ?? null;
}

/** Offset of (node, offset) in the text of `el`. */
function textOffset(el: HTMLElement, node: Node, offset: number): number {
  const range = el.ownerDocument.createRange();
  range.setStart(el, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/**
 * Runs `replace` (the insertion chain, which selects the word and types over it) and puts the caret back where the
 * agent left it, moved by the change in length when it was after the word.
 */
export async function withCaretKept<T>(el: EditableElement, draft: string, span: DraftSpan, replacement: string, replace: () => Promise<T>): Promise<T> {
  const move = (caret: number, start: number) => (caret >= start + span.text.length ? caret + replacement.length - span.text.length : caret > start ? start + replacement.length : caret);
  if (isTextField(el)) {
    const field = el as HTMLTextAreaElement;
    const [s, e] = [field.selectionStart ?? 0, field.selectionEnd ?? 0];
    const result = await replace();
    field.setSelectionRange(move(s, span.start), move(e, span.start));
    return result;
  }
  const doc = el.ownerDocument;
  const sel = doc.getSelection();
  // The agent clicked in the sidebar's frame: rich editors (Lexical) follow the DOM selection only while focused.
  if (doc.activeElement !== el) el.focus({ preventScroll: true });
  const range = rangeForSpan(el, draft, span);
  // Read through selectionRangeIn: in a shadow root the document's selection points at the host, not at the caret.
  const agent = selectionRangeIn(el);
  const caret = agent && range ? textOffset(el, agent.startContainer, agent.startOffset) : null;
  const start = range ? textOffset(el, range.startContainer, range.startOffset) : 0;
  if (range && sel) {
    // Select the word first and give the page a task to see it: Lexical moves its own selection only on the
    // (asynchronous) `selectionchange`, which the chain's one animation frame does not always wait for.
    sel.removeAllRanges();
    sel.addRange(range.cloneRange());
    await new Promise((resolve) => setTimeout(resolve, 60));
  }
  const result = await replace();
  if (caret !== null) {
    // Back to the same text offset in the editor's (re-rendered) text nodes.
    let rest = move(caret, start);
    const walker = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      if (rest <= n.length) {
        sel?.collapse(n, rest);
        break;
      }
      rest -= n.length;
    }
  }
  return result;
}
