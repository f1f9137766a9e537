import type { DraftSpan } from './text-ranges';

export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * The field's value cut at the spans that are really there (same words at the same offsets), in order; overlapping
 * or stale spans are dropped. A zero-width space ends the text so a trailing newline keeps its line, as in the field.
 */
export function splitBySpans(value: string, spans: readonly DraftSpan[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at || span.end <= span.start || value.slice(span.start, span.end) !== span.text) continue;
    if (span.start > at) out.push({ text: value.slice(at, span.start), mark: false });
    out.push({ text: span.text, mark: true });
    at = span.end;
  }
  out.push({ text: `${value.slice(at)}\u200b`, mark: false });
  return out;
}

/** What decides where a character lands in a text field; copied from the field onto its mirror. */
export const MIRRORED = (
  'font-family font-size font-weight font-style font-variant font-stretch font-kerning font-feature-settings ' +
  'line-height letter-spacing word-spacing text-transform text-indent text-align tab-size direction ' +
  'white-space word-break overflow-wrap hyphens box-sizing ' +
  'padding-top padding-right padding-bottom padding-left ' +
  'border-top-width border-right-width border-bottom-width border-left-width'
).split(' ');

const STYLE = `:host{all:initial;position:fixed;pointer-events:none;z-index:2147483645;overflow:hidden}
div{position:absolute;inset:0;margin:0;overflow:hidden;color:transparent;border:0 solid transparent}
mark{color:transparent;background:rgb(255 196 0/.45);border-radius:2px}`;

let current: { host: HTMLElement; stop: AbortController } | null = null;

/**
 * Text fields have no DOM ranges, so the CSS Highlight API cannot paint in them: here a mirror of the field (its
 * text, transparent, in the same font, padding, wrapping and scroll offset) lies exactly over it and paints the
 * marks. It lives in Cordial's own shadow root (the page's CSS cannot reach it), never takes a click, follows
 * scrolling and resizing, and goes away when the agent types or the sidebar clears it. Returns the marks painted.
 */
export function showFieldMarks(field: HTMLTextAreaElement | HTMLInputElement, spans: readonly DraftSpan[]): number {
  clearFieldMarks();
  const segments = splitBySpans(field.value, spans);
  const count = segments.filter((s) => s.mark).length;
  if (!count) return 0;
  const doc = field.ownerDocument;
  const host = doc.createElement('cordial-marks');
  const root = host.attachShadow({ mode: 'open' });
  const mirror = doc.createElement('div');
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const computed = getComputedStyle(field);
  for (const name of MIRRORED) mirror.style.setProperty(name, computed.getPropertyValue(name));
  const px = (name: string) => parseFloat(computed.getPropertyValue(name)) || 0;
  // The field's scroll bars take room from its text; the mirror has none, so it gets that room as padding.
  const borders = (a: string, b: string) => px(`border-${a}-width`) + px(`border-${b}-width`);
  mirror.style.paddingRight = `${px('padding-right') + field.offsetWidth - field.clientWidth - borders('left', 'right')}px`;
  mirror.style.paddingBottom = `${px('padding-bottom') + field.offsetHeight - field.clientHeight - borders('top', 'bottom')}px`;
  if (field instanceof HTMLInputElement) {
    // One line, vertically centred in the box as the browser draws an input.
    mirror.style.whiteSpace = 'pre';
    mirror.style.lineHeight = `${field.clientHeight - px('padding-top') - px('padding-bottom')}px`;
  }
  mirror.append(
    ...segments.map((s) => {
      if (!s.mark) return s.text;
      const mark = doc.createElement('mark');
      mark.textContent = s.text;
      return mark;
    }),
  );
  root.append(style, mirror);
  const sync = () => {
    const r = field.getBoundingClientRect();
    Object.assign(host.style, { top: `${r.top}px`, left: `${r.left}px`, width: `${r.width}px`, height: `${r.height}px` });
    mirror.scrollTop = field.scrollTop;
    mirror.scrollLeft = field.scrollLeft;
  };
  const stop = new AbortController();
  // Capture sees the field's own scroll (which does not bubble) and any scrolling ancestor's.
  for (const type of ['scroll', 'resize']) addEventListener(type, sync, { capture: true, passive: true, signal: stop.signal });
  field.addEventListener('input', clearFieldMarks, { signal: stop.signal });
  const resized = new ResizeObserver(sync);
  resized.observe(field);
  stop.signal.addEventListener('abort', () => resized.disconnect());
  doc.documentElement.append(host);
  sync();
  current = { host, stop };
  return count;
}

export function clearFieldMarks(): void {
  current?.stop.abort();
  current?.host.remove();
  current = null;
}
