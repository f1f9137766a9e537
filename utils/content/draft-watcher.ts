import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { EditableElement } from '@/utils/dom/editable';
import { readEditorText } from '@/utils/editors/read-text';

const DEBOUNCE_MS = 250;
/** Drafts longer than this are checked on their beginning only: no reply to a customer is longer. */
const MAX_DRAFT_CHARS = 20_000;

/** The draft in `el` as the sidebar sees it (the send guard hashes the very same text). */
export const readDraft = (el: EditableElement): string => (el.isConnected ? readEditorText(el).slice(0, MAX_DRAFT_CHARS) : '');

/**
 * Tells the sidebar what the agent's draft says, as they type (debounced), so spelling and tone can be checked. The
 * text goes only to Cordial's own sidebar over the extension's messaging, never to the network, and is not stored.
 * Editors that re-render without an `input` event (a Lexical paste) are caught by a MutationObserver on the box.
 */
export class DraftWatcher {
  private element: EditableElement | null = null;
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private last: string | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly send: (text: string) => void,
  ) {
    ctx.addEventListener(document, 'input', () => this.schedule(), { capture: true });
    ctx.onInvalidated(() => this.stop());
  }

  /** Starts watching the reply box the agent focused (and reports its text at once). */
  watch(el: EditableElement): void {
    if (el === this.element) return;
    this.stop();
    this.element = el;
    this.observer = new MutationObserver(() => this.schedule());
    this.observer.observe(el, { characterData: true, childList: true, subtree: true });
    this.last = null;
    this.flush();
  }

  /** The draft now, for a sidebar that has just opened. */
  current(): string {
    return this.element ? readDraft(this.element) : '';
  }

  private schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), DEBOUNCE_MS);
  }

  private flush() {
    const text = this.current();
    if (text === this.last) return;
    this.last = text;
    this.send(text);
  }

  private stop() {
    clearTimeout(this.timer);
    this.observer?.disconnect();
    this.observer = null;
    this.element = null;
  }
}
