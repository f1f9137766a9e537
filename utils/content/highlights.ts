import type { EditableElement } from '@/utils/dom/editable';
import { isTextField } from '@/utils/dom/editable';
import { browser } from 'wxt/browser';
import { rangeForSpan, type DraftSpan } from './text-ranges';

const NAME = 'cordial-evidence';
const STYLE = `::highlight(${NAME}) { background-color: rgb(255 196 0 / 0.45); color: inherit; }`;
const styled = new WeakSet<Document | ShadowRoot>();

type FieldMarks = typeof import('./field-marks');
const loaded = () => (globalThis as { cordialFieldMarks?: FieldMarks }).cordialFieldMarks;

/** The text-field overlay (entrypoints/field-marks.ts), loaded on first use: most pages never need it. */
async function fieldMarks(): Promise<FieldMarks | undefined> {
  if (!loaded()) await import(/* @vite-ignore */ browser.runtime.getURL('/field-marks.js')).catch(() => undefined);
  return loaded();
}

type HighlightRegistry = { set(name: string, h: unknown): void; delete(name: string): void };
type HighlightCtor = new (...ranges: Range[]) => unknown;

function registry(): { highlights: HighlightRegistry; Highlight: HighlightCtor } | null {
  const css = (globalThis as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (globalThis as unknown as { Highlight?: HighlightCtor }).Highlight;
  return css?.highlights && Highlight ? { highlights: css.highlights, Highlight } : null;
}

/** The highlight colour is a constructed stylesheet: a page's CSP, which blocks inline <style>, does not apply. */
function ensureStyle(root: Document | ShadowRoot) {
  if (styled.has(root)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLE);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  styled.add(root);
}

/**
 * Shows the draft words behind a verdict inside the reply box with the CSS Custom Highlight API: no element is added
 * to the editor, so its model never sees a change. Text fields have no DOM ranges: there a mirror laid over the field
 * paints them (field-marks.ts). Returns how many spans were highlighted.
 */
export function showHighlights(el: EditableElement, draft: string, spans: readonly DraftSpan[]): number | Promise<number> {
  if (isTextField(el)) return fieldMarks().then((marks) => marks?.showFieldMarks(el, spans) ?? 0);
  const api = registry();
  if (!api) return 0;
  const ranges = spans.map((span) => rangeForSpan(el, draft, span)).filter((r): r is Range => !!r);
  const root = el.getRootNode();
  ensureStyle(root instanceof ShadowRoot ? root : el.ownerDocument);
  if (root instanceof ShadowRoot) ensureStyle(el.ownerDocument);
  api.highlights.set(NAME, new api.Highlight(...ranges));
  return ranges.length;
}

export function clearHighlights(): void {
  loaded()?.clearFieldMarks();
  registry()?.highlights.delete(NAME);
}
