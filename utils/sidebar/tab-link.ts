import { browser } from 'wxt/browser';
import {
  handleMessages,
  sendToBackground,
  sendToTab,
  type ContentProtocol,
  type InsertResult,
  type PageContext,
  type SendAttempt,
  type ShortcutExpansion,
  type SidebarProtocol,
} from '@/utils/messaging';
import { receiveSidebarKey } from './key-message';

/** Expands a shortcut into the reply box of frame `frameId`; resolves whether this sidebar took the job. */
export type ExpandHandler = (expansion: ShortcutExpansion, frameId: number) => Promise<boolean>;

export type SidebarMode = 'frame' | 'panel';

/**
 * Docked in a page (any parent window) or the browser's own side panel. Decided by where the page is, never by its
 * address: a page that framed `sidepanel.html` itself must not get a side panel's powers (following the active tab).
 */
export function sidebarMode(embedded = window.parent !== window): SidebarMode {
  return embedded ? 'frame' : 'panel';
}

/**
 * The sidebar's line to one tab's content script. In a page's iframe that is the tab around it; in the browser's
 * side panel it is the active tab, followed as the agent switches tabs.
 */
export class TabLink {
  tabId: number | null = null;
  /** The active tab's address in the side panel, when the browser lets us see it (activeTab). */
  tabUrl: string | undefined;
  private listeners = new Set<(context: PageContext | null) => void>();
  private draftListeners = new Set<(text: string) => void>();
  private focusSearchListeners = new Set<() => void>();
  private expandHandler: ExpandHandler | undefined;
  private sendHandler: ((attempt: SendAttempt, frameId: number) => 'release' | 'ask') | undefined;

  /** Frame mode: which tab and frame this sidebar serves, once it has shown its tab's key (null: none was given). */
  private readonly admitted: Promise<{ tabId: number; frameId: number } | null> | undefined;

  constructor(readonly mode: SidebarMode) {
    // Listening starts now, synchronously with the page's first script: the content script hands the key over on the
    // frame's load event, which can come before any effect runs.
    if (mode === 'frame') {
      let ids: { tabId: number; frameId: number } | null = null;
      this.admitted = receiveSidebarKey(async (key) => !!(ids = await sendToBackground('tab:whoami', { key }))).then(() => ids);
    }
  }

  async start(): Promise<void> {
    handleMessages<SidebarProtocol>({
      'context:changed': (context, sender) => {
        if (sender.tab?.id === this.tabId && (sender.frameId ?? 0) === 0) this.emit(context);
      },
      // Any frame of this tab: the reply box may live in an iframe.
      'draft:changed': ({ text }, sender) => {
        if (sender.tab?.id === this.tabId && typeof text === 'string') for (const listener of this.draftListeners) listener(text);
      },
      // The keyboard command: for the docked sidebar of this tab (the page has just focused its iframe).
      'sidebar:focus-search': ({ tabId }) => {
        if (this.mode === 'frame' && tabId === this.tabId) for (const listener of this.focusSearchListeners) listener();
      },
    });
    // A request with an answer: every extension page hears it, so only this tab's docked sidebar may answer (a side
    // panel following the same tab stays silent, or the reply would go in twice).
    handleMessages<SidebarProtocol>(
      {
        'shortcut:expand': (expansion, sender) => {
          // The picker (an extension page) says which frame the reply box is in; a content script is that frame.
          const fromPicker = sender.url?.startsWith(browser.runtime.getURL('/')) && typeof expansion.frameId === 'number';
          return this.expandHandler!(expansion, fromPicker ? expansion.frameId! : (sender.frameId ?? 0));
        },
      },
      (sender) => this.mode === 'frame' && !!this.expandHandler && sender.tab?.id !== undefined && sender.tab.id === this.tabId,
    );
    if (this.mode === 'frame') {
      // Sends are answered by the sidebar inside the page only (a side panel open on the same tab stays out of it),
      // and only for its own tab: another tab's sidebar must not answer at all, or its answer could win.
      handleMessages<SidebarProtocol>(
        {
          'send:attempt': (attempt, sender) =>
            typeof attempt?.id === 'number' && typeof attempt.held === 'boolean' ? (this.sendHandler?.(attempt, sender.frameId ?? 0) ?? 'release') : 'release',
        },
        (sender) => sender.tab?.id !== undefined && sender.tab.id === this.tabId,
      );
      // Without its tab's key (a page framed this sidebar itself) it serves no tab and shows nothing of the library.
      this.tabId = (await this.admitted)?.tabId ?? null;
    } else {
      await this.followActiveTab();
      browser.tabs.onActivated.addListener(() => void this.followActiveTab());
      browser.tabs.onUpdated.addListener((tabId, info) => {
        if (tabId === this.tabId && info.status === 'complete') void this.refresh();
      });
    }
    await this.refresh();
  }

  onContext(listener: (context: PageContext | null) => void): void {
    this.listeners.add(listener);
  }

  onDraft(listener: (text: string) => void): void {
    this.draftListeners.add(listener);
  }

  onFocusSearch(listener: () => void): void {
    this.focusSearchListeners.add(listener);
  }

  /** Lets this sidebar expand typed shortcuts (the docked sidebar only). */
  onExpand(handler: ExpandHandler): void {
    this.expandHandler = handler;
  }

  /** Answers the tab's send attempts (frame mode only). */
  onSendAttempt(handler: (attempt: SendAttempt, frameId: number) => 'release' | 'ask'): void {
    this.sendHandler = handler;
  }

  /** To every frame of the tab (the send guard's state: a reply box and its send button may live in different frames). */
  broadcast<K extends keyof ContentProtocol & string>(name: K, payload: ContentProtocol[K]['request']): Promise<unknown> {
    if (this.tabId === null) return Promise.resolve();
    return sendToTab(this.tabId, name, payload, null).catch(() => undefined);
  }

  async refresh(): Promise<void> {
    let context = await this.request('context:get', undefined).catch(() => null);
    // In a page's iframe the content script is there by definition; a first miss is a race with its start-up.
    for (let attempt = 0; !context && this.mode === 'frame' && attempt < 5; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      context = await this.request('context:get', undefined).catch(() => null);
    }
    this.emit(context);
    if (context) {
      const draft = await this.request('draft:get', undefined).catch(() => '');
      for (const listener of this.draftListeners) listener(draft);
    }
  }

  request<K extends keyof ContentProtocol & string>(name: K, payload: ContentProtocol[K]['request'], frameId = 0): Promise<ContentProtocol[K]['response']> {
    if (this.tabId === null) return Promise.reject(new Error('no tab'));
    return sendToTab(this.tabId, name, payload, frameId);
  }

  /** Inserts into the reply box the agent focused last, in whichever frame of the tab it lives. */
  async insert(text: string): Promise<InsertResult | null> {
    return this.toComposer('composer:insert', { text });
  }

  /** A request for the frame that holds the agent's reply box; null when the tab cannot be reached. */
  async toComposer<K extends 'composer:insert' | 'composer:replace' | 'composer:focus' | 'highlight:show' | 'highlight:clear' | 'spelling:show' | 'spelling:clear' | 'spelling:fix'>(
    name: K,
    payload: ContentProtocol[K]['request'],
  ): Promise<ContentProtocol[K]['response'] | null> {
    if (this.tabId === null) return null;
    const frameId = await sendToBackground('composer:frame', { tabId: this.tabId }).catch(() => 0);
    try {
      return await this.request(name, payload, frameId);
    } catch {
      // The frame that held the reply box is gone (closed pop-up, navigated iframe).
      return frameId === 0 || (name !== 'composer:insert' && name !== 'composer:replace' && name !== 'spelling:fix') ? null : ({ ok: false, reason: 'composer-gone' } as ContentProtocol[K]['response']);
    }
  }

  private async followActiveTab() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    this.tabId = tab?.id ?? null;
    this.tabUrl = tab?.url;
    await this.refresh();
  }

  private emit(context: PageContext | null) {
    for (const listener of this.listeners) listener(context);
  }
}
