// Test-only helpers: load a site fixture (tests/fixtures/sites/<id>.html) into happy-dom and give it a layout.
// Never imported by the extension.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES_DIR = join(__dirname, '../../../tests/fixtures/sites/');

export function fixturePath(id: string): string {
  return `${FIXTURES_DIR}${id}.html`;
}

export function readFixture(id: string): string {
  return readFileSync(fixturePath(id), 'utf8');
}

/** Replaces the current document's content with the fixture's <head> and <body> (scripts do not run). */
export function mountFixture(doc: Document, html: string): void {
  const inner = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
  doc.documentElement.innerHTML = inner;
}

/** The fixture's invented customer, as its page shows it. */
export function fixtureCustomer(doc: Document): string | undefined {
  return doc.querySelector('meta[name="cordial-fixture-customer"]')?.getAttribute('content') ?? undefined;
}

/** Where the fixture's composer lives when it is inside a frame (Proton Mail). */
export function fixtureFrame(doc: Document): HTMLIFrameElement | null {
  const selector = doc.querySelector('meta[name="cordial-fixture-frame"]')?.getAttribute('content');
  return selector ? doc.querySelector<HTMLIFrameElement>(selector) : null;
}

function hiddenByMarkup(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return true;
    const style = (node as HTMLElement).style;
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
    if (node.tagName === 'HEAD' || node.tagName === 'TEMPLATE') return true;
  }
  return false;
}

/** Visible elements under the stub, the way the fixtures hide things (the hidden attribute, inline display:none). */
export function isShown(el: Element): boolean {
  return el.isConnected && !hiddenByMarkup(el);
}

/**
 * happy-dom has no layout (every box is 0×0), so `isVisible` would see nothing. Until restored, an element has a
 * box unless the markup hides it. Returns the restore function.
 */
export function stubLayout(): () => void {
  const proto = Element.prototype;
  const original = proto.getBoundingClientRect;
  proto.getBoundingClientRect = function (this: Element) {
    const size = hiddenByMarkup(this) ? 0 : 20;
    return { x: 0, y: 0, top: 0, left: 0, width: size * 10, height: size, right: size * 10, bottom: size, toJSON: () => ({}) } as DOMRect;
  };
  return () => {
    proto.getBoundingClientRect = original;
  };
}
