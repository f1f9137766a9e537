import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { EditableElement } from '@/utils/dom/editable';
import { insertWithChain } from './lazy-chain';
import { handleMessages, sendToBackground, sendToSidebars, type ContentProtocol, type InsertResult, type PageContext } from '@/utils/messaging';
import { genericAdapter } from '@/utils/custom-sites/generic-adapter';
import { customSiteFor } from '@/utils/custom-sites/store';
import { detectSite, detectSiteByFingerprint, type SiteAdapter } from '@/utils/sites';
import { DraftWatcher } from './draft-watcher';
import { clearHighlights, showHighlights } from './highlights';
import { spellingContent } from './spelling-content';
import { selectSpan, type DraftSpan } from './text-ranges';
import { FocusTracker } from './focus-tracker';
import { createSendGuard, type SendGuard } from './send-guard';
import { SidebarFrame } from './sidebar-frame';
import { lazyShortcutKeys } from './lazy-shortcut-keys';

/**
 * The content script's whole job on a supported page: know the site, keep the sidebar docked, remember the reply
 * box, and insert what the sidebar asks for. No storage, no search, no UI framework: those live in the sidebar.
 * It runs in every frame (reply boxes live in iframes on some sites); only the top frame detects the site and docks
 * the sidebar, every frame tracks focus and inserts into its own reply box.
 */
export class Copilot {
  private site: SiteAdapter | undefined;
  private sidebar: SidebarFrame | undefined;
  private readonly focus: FocusTracker;
  private readonly draft: DraftWatcher;
  private readonly keys: ReturnType<typeof lazyShortcutKeys>;
  private readonly send: SendGuard;
  readonly isTop = window === window.top;

  constructor(private readonly ctx: ContentScriptContext) {
    this.draft = new DraftWatcher(ctx, (text) => {
      if (!this.isTop || this.site) void sendToSidebars('draft:changed', { text });
    });
    this.focus = new FocusTracker(ctx, (el) => {
      // On a host where Cordial waits for the inbox (injectOn), stay silent until the page is ours.
      if (this.isTop && !this.site) return;
      this.draft.watch(el);
      this.keys.start();
      void sendToBackground('composer:focused', undefined).catch(() => undefined);
      if (this.isTop) this.announce();
    });
    // Reply shortcuts, loaded in the top frame once the page is Cordial's; in a subframe, whose top frame's site is
    // unknown, on the first reply box focused there. Before the send guard: Enter in the open shortcut picker chooses
    // a reply, it is no send.
    this.keys = lazyShortcutKeys(ctx, () => !this.isTop || !!this.site, () => this.target());
    this.send = createSendGuard(ctx, this.isTop ? () => this.site : null);
    const topOnly: Partial<Parameters<typeof handleMessages<ContentProtocol>>[0]> = this.isTop
      ? {
          'context:get': () => this.context(),
          // Unfolded, the page focuses the sidebar's iframe (unless `focus: false`); then the sidebar can focus its
          // own fields.
          'sidebar:set-collapsed': ({ collapsed, focus }) => this.sidebar?.setCollapsed(collapsed, focus),
          'copilot:stop': () => this.stop(),
        }
      : {};
    const stop = handleMessages<ContentProtocol>(
      {
        ...topOnly,
        'composer:insert': ({ text }) => this.insert(text),
        'draft:get': () => this.draft.current(),
        'highlight:show': ({ spans }) => {
          const el = this.focus.current?.element;
          return el?.isConnected ? showHighlights(el, this.draft.current(), spans) : 0;
        },
        'highlight:clear': () => clearHighlights(),
        'composer:replace': ({ span, replacement }) => this.replace(span, replacement),
        'send:guard': (state) => this.send.set(state),
        'send:resolve': ({ id, send }) => this.send.resolve(id, send),
        'clipboard:write': ({ text }) => navigator.clipboard.writeText(text).then(() => true, () => false),
        ...spellingContent(ctx, () => ({ el: this.focus.current?.element, draft: this.draft.current() }), (span, replacement) => this.replace(span, replacement)),
      },
      // Only Cordial's own pages talk to the content script; other content scripts (other frames) never do.
      (sender) => typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/')),
    );
    ctx.onInvalidated(() => {
      stop();
      this.sidebar?.remove();
    });
  }

  /** Detects the site (again, after SPA navigation) and mounts or removes the sidebar to match. */
  async detect(): Promise<void> {
    if (!this.isTop) return;
    const custom = await customSiteFor(location.origin).catch(() => undefined);
    const site = detectSite(location.href, document) ?? (custom ? (detectSiteByFingerprint(document) ?? genericAdapter(custom)) : undefined);
    if (site?.id === this.site?.id) return this.announce();
    this.site = site;
    if (!site) {
      this.sidebar?.remove();
      this.sidebar = undefined;
    } else {
      // The agent may have focused the reply box before the page became ours (SPA navigation).
      const focused = this.focus.current?.element;
      if (focused?.isConnected) this.draft.watch(focused);
      if (!this.sidebar) {
        this.sidebar = new SidebarFrame(this.ctx);
        await this.sidebar.mount();
      }
      this.keys.start();
    }
    this.announce();
  }

  /** Cordial was turned off for this site while the page is open. */
  stop(): void {
    this.send.set(null);
    this.sidebar?.remove();
    this.sidebar = undefined;
    this.site = undefined;
  }

  context(): PageContext | null {
    const site = this.site;
    if (!site) return null;
    let customerName: string | undefined;
    let hasComposer = false;
    let conversation: PageContext['conversation'];
    try {
      conversation = site.conversation?.(document, new URL(location.href));
      customerName = site.customerName?.(document);
      hasComposer = !!this.focus.current?.element.isConnected || site.findComposers(document).length > 0;
    } catch {
      // A broken selector must not take the sidebar down; the agent can type the name.
    }
    return { origin: location.origin, siteId: site.id, siteName: site.name, channel: site.channel, customerName, hasComposer, conversation };
  }

  private announce() {
    void sendToSidebars('context:changed', this.context());
  }

  private target(): { element: EditableElement; selection: Range | null } | null {
    const current = this.focus.current;
    if (current?.element.isConnected) return current;
    if (current) return null; // the agent's reply box is gone; do not guess another one
    const [first] = this.site?.findComposers(document) ?? [];
    return first ? { element: first, selection: null } : null;
  }

  /** Replaces the words the sidebar pointed at, if they are still where it saw them. */
  async replace(span: DraftSpan, replacement: string): Promise<InsertResult> {
    const target = this.target();
    if (!target) return { ok: false, reason: this.focus.hasLostElement ? 'composer-gone' : 'no-composer' };
    clearHighlights();
    const el = target.element;
    const selection = selectSpan(el, this.draft.current(), span);
    if (selection === false) return { ok: false, reason: 'not-verified', detail: 'the words are no longer in the draft' };
    // In a contenteditable, the editor must hold the span as its selection before the replacement reaches it.
    if (selection) await this.keys.settle(el, selection);
    const result = await insertWithChain(el, replacement, selection, { rich: this.site?.channel === 'email' });
    return result.ok ? result : { ok: false, reason: result.reason, detail: result.detail };
  }

  async insert(text: string): Promise<InsertResult> {
    const target = this.target();
    if (!target) return { ok: false, reason: this.focus.hasLostElement ? 'composer-gone' : 'no-composer' };
    const started = performance.now();
    // Email takes simple rich text (links); in a subframe the top frame's site is unknown, so plain text.
    const result = await insertWithChain(target.element, text, target.selection, { rich: this.site?.channel === 'email' });
    return result.ok ? { ...result, elapsedMs: performance.now() - started } : { ok: false, reason: result.reason, detail: result.detail };
  }
}
