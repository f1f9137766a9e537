import { isVisible } from '../../dom/editable';

export interface ComposerOptions {
  /** Matches inside these containers are not reply boxes (search panels, internal-note columns, side lists). */
  notWithin?: string;
}

/** The element that has focus, through open shadow roots; null when nothing does. */
export function deepActiveElement(doc: Document | null | undefined): Element | null {
  let active: Element | null = doc?.activeElement ?? null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Every visible element under `root` that matches one of `selectors`, most relevant first: the one holding the
 * focus leads, the rest keep document order. Editors nest editable elements inside their root, so a match inside
 * another match is dropped (the outer one is the reply box). Hidden matches (other open tabs, collapsed drafts) never
 * count. A selector the engine rejects gives `[]`, never an exception into the page.
 */
export function visibleComposers(root: ParentNode, selectors: readonly string[], options: ComposerOptions = {}): HTMLElement[] {
  let found: HTMLElement[];
  try {
    found = Array.from(root.querySelectorAll<HTMLElement>(selectors.join(', '))).filter(isVisible);
    if (options.notWithin) {
      const notWithin = options.notWithin;
      found = found.filter((el) => !el.closest(notWithin));
    }
  } catch {
    return [];
  }
  found = found.filter((el) => !found.some((other) => other !== el && other.contains(el)));
  const active = deepActiveElement(found[0]?.ownerDocument);
  const focused = active ? found.findIndex((el) => el === active || el.contains(active)) : -1;
  if (focused > 0) found.unshift(...found.splice(focused, 1));
  return found;
}

/** A name candidate: a selector whose text is read, or a selector and the attribute that holds the name. */
export type NameSource = string | readonly [selector: string, attribute: string];

/** Display names come with decoration the agent does not want in a greeting. */
function cleanName(raw: string | null | undefined): string | undefined {
  const text = raw
    ?.replace(/\s+/g, ' ')
    .trim()
    // "Para: Ana", "De: Ana" labels some pages put in the same element
    .replace(/^(?:de|para|from|to)\s*:\s*/i, '')
    .trim();
  return text ? text : undefined;
}

/**
 * The first non-empty name among `sources`, tried in order, reading only visible elements (a hidden tab's customer
 * is not the one on screen). Never throws.
 */
export function visibleName(root: ParentNode, sources: readonly NameSource[]): string | undefined {
  for (const source of sources) {
    const [selector, attribute] = typeof source === 'string' ? [source, undefined] : source;
    let elements: Element[];
    try {
      elements = Array.from(root.querySelectorAll(selector));
    } catch {
      continue;
    }
    for (const el of elements) {
      if (!isVisible(el)) continue;
      const name = cleanName(attribute ? el.getAttribute(attribute) : el.textContent);
      if (name) return name;
    }
  }
  return undefined;
}
