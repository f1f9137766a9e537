/**
 * Spelling underlines in the reply box (red, wavy), apart from the tone highlights (`highlights.ts`, another name).
 * Rich editors: the CSS Custom Highlight API (`cordial-spelling`), so the editor's DOM is never touched. Text fields
 * (no DOM ranges inside them) and browsers without the API: an overlay outside the editor, positioned over it, that
 * draws only the underlines (a mirror of the field's text in transparent ink, or boxes at the words' rectangles).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isTextField, type EditableElement } from '@/utils/dom/editable';
import { sendToSidebars, type ContentProtocol, type Handlers, type InsertResult } from '@/utils/messaging';
import { rangeForSpan, type DraftSpan } from './text-ranges';

const NAME = 'cordial-spelling';
const RED = 'rgb(220 38 38)';
const STYLE = `::highlight(${NAME}) { text-decoration: underline wavy ${RED}; text-decoration-skip-ink: none; text-underline-offset: 2px; }`;
const OVERLAY_ATTR = 'data-cordial-spelling-overlay';
const MARK_ATTR = 'data-cordial-spelling-mark';
const styled = new WeakSet<Document | ShadowRoot>();

type HighlightRegistry = { set(name: string, h: unknown): void; delete(name: string): void };
type HighlightCtor = new (...ranges: Range[]) => unknown;

function highlightApi(): { highlights: HighlightRegistry; Highlight: HighlightCtor } | null {
  const css = (globalThis as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (globalThis as unknown as { Highlight?: HighlightCtor }).Highlight;
  return css?.highlights && Highlight ? { highlights: css.highlights, Highlight } : null;
}

function ensureStyle(root: Document | ShadowRoot) {
  if (styled.has(root)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLE);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  styled.add(root);
}

interface Shown {
  el: EditableElement;
  spans: DraftSpan[];
  ranges: Range[];
  overlay: HTMLElement | null;
  cleanup: () => void;
}
let shown: Shown | null = null;

/** Grammarly and LanguageTool mark the page when they are active on it. */
export function otherChecker(doc: Document = document): string | null {
  const body = doc.body;
  if (!body) return null;
  if (body.hasAttribute('data-new-gr-c-s-check-loaded') || body.hasAttribute('data-gr-ext-installed') || doc.querySelector('grammarly-desktop-integration, grammarly-extension')) return 'Grammarly';
  if (body.hasAttribute('data-lt-installed') || doc.querySelector('lt-toolbar, lt-mirror, lt-highlighter, .lt-toolbar')) return 'LanguageTool';
  return null;
}

const MIRRORED = [
  'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant', 'font-stretch', 'letter-spacing', 'word-spacing', 'text-transform',
  'text-indent', 'line-height', 'tab-size', 'direction', 'text-align', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width', 'box-sizing',
];

function overlayRoot(el: Element): HTMLElement {
  const doc = el.ownerDocument;
  const root = doc.createElement('div');
  root.setAttribute(OVERLAY_ATTR, '');
  root.setAttribute('aria-hidden', 'true');
  root.style.cssText = 'position:fixed;pointer-events:none;z-index:2147483646;overflow:hidden;margin:0;background:transparent;';
  const parent = el.getRootNode() instanceof ShadowRoot ? (el.getRootNode() as ShadowRoot) : doc.body;
  parent.appendChild(root);
  return root;
}

/** Text fields: a mirror of the value in transparent ink over the field, the flagged words underlined. */
function mirrorField(field: HTMLTextAreaElement | HTMLInputElement, spans: readonly DraftSpan[]): { overlay: HTMLElement; place: () => void } {
  const overlay = overlayRoot(field);
  const computed = getComputedStyle(field);
  for (const prop of MIRRORED) overlay.style.setProperty(prop, computed.getPropertyValue(prop));
  overlay.style.borderStyle = 'solid';
  overlay.style.borderColor = 'transparent';
  overlay.style.color = 'transparent';
  overlay.style.whiteSpace = field instanceof HTMLTextAreaElement ? 'pre-wrap' : 'pre';
  overlay.style.overflowWrap = 'break-word';
  const value = field.value;
  let at = 0;
  for (const span of spans) {
    if (span.start < at || value.slice(span.start, span.end) !== span.text) continue;
    overlay.append(value.slice(at, span.start));
    const mark = field.ownerDocument.createElement('span');
    mark.setAttribute(MARK_ATTR, '');
    mark.textContent = span.text;
    mark.style.cssText = `text-decoration:underline wavy ${RED};text-decoration-skip-ink:none;text-underline-offset:2px;`;
    overlay.append(mark);
    at = span.end;
  }
  overlay.append(`${value.slice(at)}\u200b`);
  const place = () => {
    const rect = field.getBoundingClientRect();
    Object.assign(overlay.style, { left: `${rect.left}px`, top: `${rect.top}px`, width: `${rect.width}px`, height: `${rect.height}px` });
    overlay.scrollTop = field.scrollTop;
    overlay.scrollLeft = field.scrollLeft;
  };
  return { overlay, place };
}

/** Rich editors without the Highlight API: a box under each line of each word. */
function boxRanges(el: HTMLElement, ranges: readonly Range[]): { overlay: HTMLElement; place: () => void } {
  const overlay = overlayRoot(el);
  Object.assign(overlay.style, { left: '0', top: '0', width: '100vw', height: '100vh' });
  const place = () => {
    overlay.replaceChildren();
    for (const range of ranges) {
      for (const r of range.getClientRects()) {
        const box = el.ownerDocument.createElement('span');
        box.setAttribute(MARK_ATTR, '');
        box.style.cssText = `position:fixed;left:${r.left}px;top:${r.bottom - 2}px;width:${r.width}px;height:0;border-bottom:2px dotted ${RED};`;
        overlay.append(box);
      }
    }
  };
  return { overlay, place };
}

/** Underlines `spans` (offsets into `draft`) in `el`; returns how many it could place. */
export function showSpelling(el: EditableElement, draft: string, spans: readonly DraftSpan[]): number {
  clearSpelling();
  if (spans.length === 0) return 0;
  const doc = el.ownerDocument;
  const win = doc.defaultView ?? window;
  const api = highlightApi();
  let ranges: Range[] = [];
  let drawn: { overlay: HTMLElement; place: () => void } | null = null;
  if (isTextField(el)) {
    drawn = mirrorField(el as HTMLTextAreaElement, spans);
  } else {
    ranges = spans.map((span) => rangeForSpan(el, draft, span)).filter((r): r is Range => !!r);
    if (api) {
      const root = el.getRootNode();
      ensureStyle(root instanceof ShadowRoot ? root : doc);
      if (root instanceof ShadowRoot) ensureStyle(doc);
      api.highlights.set(NAME, new api.Highlight(...ranges));
    } else drawn = boxRanges(el, ranges);
  }
  let cleanup = () => {};
  if (drawn) {
    const { place } = drawn;
    place();
    let frame = 0;
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(place);
    };
    // The words move as soon as the agent types: hide the marks until the next check places them again.
    const hide = () => clearSpelling();
    win.addEventListener('scroll', schedule, { capture: true, passive: true });
    win.addEventListener('resize', schedule, { passive: true });
    el.addEventListener('input', hide);
    cleanup = () => {
      cancelAnimationFrame(frame);
      win.removeEventListener('scroll', schedule, { capture: true });
      win.removeEventListener('resize', schedule);
      el.removeEventListener('input', hide);
      drawn!.overlay.remove();
    };
  }
  shown = { el, spans: [...spans], ranges, overlay: drawn?.overlay ?? null, cleanup };
  return isTextField(el) ? (drawn?.overlay.querySelectorAll(`[${MARK_ATTR}]`).length ?? 0) : ranges.length;
}

export function clearSpelling(): void {
  highlightApi()?.highlights.delete(NAME);
  const current = shown;
  shown = null;
  current?.cleanup();
}

/** The draft offset of the underlined word under the caret of `el` (after a click), or null. */
export function spellingSpanAtCaret(el: EditableElement): DraftSpan | null {
  if (!shown || shown.el !== el) return null;
  if (isTextField(el)) {
    const caret = (el as HTMLTextAreaElement).selectionStart ?? -1;
    return shown.spans.find((s) => caret >= s.start && caret <= s.end) ?? null;
  }
  const selection = el.ownerDocument.getSelection();
  if (!selection?.anchorNode) return null;
  const index = shown.ranges.findIndex((r) => r.isPointInRange(selection.anchorNode!, selection.anchorOffset));
  return index >= 0 ? (shown.spans[index] ?? null) : null;
}

/** Offset of (node, offset) in the concatenated text nodes of `el`. */
function textOffset(el: HTMLElement, node: Node, offset: number): number {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let total = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n === node) return total + offset;
    total += (n as Text).data.length;
  }
  // An element position: count the text before that child.
  const range = el.ownerDocument.createRange();
  range.setStart(el, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

function placeCaret(el: HTMLElement, offset: number) {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let base = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const len = (n as Text).data.length;
    if (offset <= base + len) {
      el.ownerDocument.getSelection()?.collapse(n, offset - base);
      return;
    }
    base += len;
  }
}

/**
 * Selects the word and waits for the page's `selectionchange`: Lexical moves its own selection only then (a task
 * later, so the chain's one animation frame is not always enough); the chain then finds the word already selected.
 */
function selectAndSettle(doc: Document, selection: Selection, range: Range): Promise<void> {
  return new Promise((resolve) => {
    let timer = 0;
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      clearTimeout(timer);
      setTimeout(resolve, 0);
    };
    doc.addEventListener('selectionchange', done);
    timer = window.setTimeout(done, 150);
    selection.removeAllRanges();
    selection.addRange(range.cloneRange());
  });
}

/**
 * Runs `replace` (the insertion chain, which selects the word and types over it) and puts the caret back where the
 * agent left it, moved by the change in length when it was after the word.
 */
export async function withCaretKept<T>(el: EditableElement, draft: string, span: DraftSpan, replacement: string, replace: () => Promise<T>): Promise<T> {
  const delta = replacement.length - (span.end - span.start);
  const move = (caret: number, start: number, end: number) => (caret >= end ? caret + delta : caret > start ? start + replacement.length : caret);
  if (isTextField(el)) {
    const field = el as HTMLTextAreaElement;
    const [s, e] = [field.selectionStart ?? 0, field.selectionEnd ?? 0];
    const result = await replace();
    field.setSelectionRange(move(s, span.start, span.end), move(e, span.start, span.end));
    return result;
  }
  const selection = el.ownerDocument.getSelection();
  // The agent clicked in the sidebar's frame: rich editors (Lexical) follow the DOM selection only while focused.
  if (el.ownerDocument.activeElement !== el) el.focus({ preventScroll: true });
  const range = rangeForSpan(el, draft, span);
  const caret = selection?.anchorNode && el.contains(selection.anchorNode) && range ? textOffset(el, selection.anchorNode, selection.anchorOffset) : null;
  const start = range ? textOffset(el, range.startContainer, range.startOffset) : 0;
  if (range && selection) await selectAndSettle(el.ownerDocument, selection, range);
  const result = await replace();
  if (caret !== null) placeCaret(el, move(caret, start, start + (span.end - span.start)));
  return result;
}

/**
 * The content script's spelling messages, and a click in an underlined word telling the sidebar to show its
 * suggestions. `composer` gives the agent's reply box (if still in the page) and its draft; `replace` is the
 * insertion chain's range replacement.
 */
export function spellingContent(
  ctx: { addEventListener: ContentScriptContext['addEventListener'] },
  composer: () => { el: EditableElement | undefined; draft: string },
  replace: (span: DraftSpan, replacement: string) => Promise<InsertResult>,
): Pick<Handlers<ContentProtocol>, 'spelling:show' | 'spelling:clear' | 'spelling:fix'> {
  ctx.addEventListener(document, 'click', () => {
    const { el } = composer();
    const span = el && spellingSpanAtCaret(el);
    if (span) void sendToSidebars('spelling:clicked', { offset: span.start });
  });
  return {
    'spelling:show': ({ spans }) => {
      const { el, draft } = composer();
      return { shown: el?.isConnected ? showSpelling(el, draft, spans) : 0, otherChecker: otherChecker() };
    },
    'spelling:clear': () => clearSpelling(),
    'spelling:fix': ({ span, replacement }) => {
      const { el, draft } = composer();
      return el?.isConnected ? withCaretKept(el, draft, span, replacement, () => replace(span, replacement)) : replace(span, replacement);
    },
  };
}
