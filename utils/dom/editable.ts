/** Input types an agent can type a reply into. Never `password`: a reply must not land in a secret field. */
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', '']);

export type EditableElement = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

export function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  if (el instanceof HTMLTextAreaElement) return !el.disabled && !el.readOnly;
  if (el instanceof HTMLInputElement) {
    return TEXT_INPUT_TYPES.has(el.type.toLowerCase()) && !el.disabled && !el.readOnly;
  }
  return false;
}

/**
 * The editable element that owns `node`: the text field itself, or the editing host of a contenteditable region
 * (the outermost element that is editable, since editors nest contenteditable spans inside their root).
 */
export function findEditableHost(node: Node | null): EditableElement | null {
  let el: Element | null = node instanceof Element ? node : (node?.parentElement ?? null);
  if (!el) return null;
  if (isTextField(el)) return el;
  if (!(el instanceof HTMLElement) || !el.isContentEditable) return null;
  let host: HTMLElement = el;
  for (let parent = host.parentElement; parent?.isContentEditable; parent = parent.parentElement) host = parent;
  return host;
}

/** The deepest element under the event's path, through open shadow roots. */
export function eventTarget(event: Event): Node | null {
  const path = event.composedPath();
  const first = path[0];
  return first instanceof Node ? first : null;
}

/** True when the element is rendered and not hidden; cheap enough for composer discovery. */
export function isVisible(el: Element): boolean {
  if (!el.isConnected) return false;
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

/** All elements matching `selector` under `root` that are visible, in document order. */
export function queryVisible(root: ParentNode, selector: string): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(selector)).filter(isVisible);
}

/** Trimmed text of the first element matching `selector`, or undefined. Never throws. */
export function readText(root: ParentNode, selector: string, attribute?: string): string | undefined {
  const el = root.querySelector(selector);
  const raw = attribute ? el?.getAttribute(attribute) : el?.textContent;
  const text = raw?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}
