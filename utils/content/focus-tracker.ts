import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { eventTarget, findEditableHost, type EditableElement } from '@/utils/dom/editable';
import { saveSelection, type SavedSelection } from '@/utils/editors/selection';

/**
 * Remembers the reply box the agent last focused, and where the caret was in it, so a click in the sidebar (which
 * takes focus away) still inserts where the agent was typing. Listens in the capture phase on the window, and reads
 * the event's composed path, so editors inside open shadow roots count too.
 */
export class FocusTracker {
  private element: EditableElement | null = null;
  private selection: SavedSelection = null;

  constructor(
    ctx: ContentScriptContext,
    private readonly onChange: (el: EditableElement) => void,
  ) {
    ctx.addEventListener(window, 'focusin', (event) => this.track(eventTarget(event)), { capture: true });
    ctx.addEventListener(document, 'selectionchange', () => this.rememberSelection());
    // The agent may have clicked into the reply box before Cordial loaded.
    this.track(document.activeElement);
  }

  private track(node: Node | null) {
    let target = node;
    // document.activeElement stops at a shadow host; follow open shadow roots down to the focused element.
    while (target instanceof Element && target.shadowRoot?.activeElement) target = target.shadowRoot.activeElement;
    const host = findEditableHost(target);
    if (!host) return;
    const changed = host !== this.element;
    this.element = host;
    this.rememberSelection();
    if (changed) this.onChange(host);
  }

  private rememberSelection() {
    const el = this.element;
    if (!el || !el.isConnected) return;
    const saved = saveSelection(el);
    if (saved) this.selection = saved;
  }

  /** The last focused editable while it is still in the page. */
  get current(): { element: EditableElement; selection: SavedSelection } | null {
    if (!this.element) return null;
    return { element: this.element, selection: this.selection };
  }

  get hasLostElement(): boolean {
    return !!this.element && !this.element.isConnected;
  }
}
