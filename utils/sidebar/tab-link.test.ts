import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { PageContext } from '@/utils/messaging';
import { SIDEBAR_KEY_PREFIX } from './key-message';
import { TabLink, sidebarMode } from './tab-link';

const KEY = 'a'.repeat(32);
/** The content script hands its docked sidebar the tab's key (the test window is its own parent). */
const handKey = (key = KEY) => window.dispatchEvent(new MessageEvent('message', { data: SIDEBAR_KEY_PREFIX + key, source: window }));

const gmail: PageContext = { origin: 'https://mail.google.com', siteId: 'gmail', siteName: 'Gmail', channel: 'email', hasComposer: true };
const whatsapp: PageContext = { origin: 'https://web.whatsapp.com', siteId: 'whatsapp', siteName: 'WhatsApp Web', channel: 'social', hasComposer: true };

describe('sidebarMode', () => {
  it('is the docked sidebar whenever the page is framed, whatever its address says', () => {
    expect(sidebarMode(true)).toBe('frame');
    expect(sidebarMode(false)).toBe('panel');
    expect(sidebarMode()).toBe('panel'); // the test window is top-level, like the browser's side panel
  });
});

describe('TabLink in the side panel', () => {
  let contexts: Map<number, PageContext>;
  beforeEach(() => {
    fakeBrowser.reset();
    contexts = new Map();
    // The fake browser has no tabs.sendMessage: each tab's content script answers context:get with its page.
    fakeBrowser.tabs.sendMessage = vi.fn(async (tabId: number, message: { name: string }) => (message.name === 'context:get' ? (contexts.get(tabId) ?? null) : undefined)) as never;
  });

  it('follows the active tab as the agent switches tabs, and keeps only its own tab\'s updates', async () => {
    const first = await fakeBrowser.tabs.create({ url: 'https://mail.google.com/mail/u/0/' });
    const second = await fakeBrowser.tabs.create({ url: 'https://web.whatsapp.com/' });
    contexts.set(first.id!, gmail);
    contexts.set(second.id!, whatsapp);

    const seen: Array<PageContext | null> = [];
    const link = new TabLink('panel');
    link.onContext((c) => seen.push(c));
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async () => [{ ...first, active: true }] as never);
    await link.start();
    expect(link.tabId).toBe(first.id);
    expect(seen.at(-1)).toEqual(gmail);

    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async () => [{ ...second, active: true }] as never);
    await fakeBrowser.tabs.onActivated.trigger({ tabId: second.id!, windowId: 0 });
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(whatsapp));
    expect(link.tabId).toBe(second.id);
    expect(link.tabUrl).toBe('https://web.whatsapp.com/');

    // A content script in another tab announcing a change is not this panel's business.
    await fakeBrowser.runtime.onMessage.trigger({ cordial: 1, name: 'context:changed', payload: gmail }, { id: fakeBrowser.runtime.id, tab: { id: first.id }, frameId: 0 } as never);
    expect(seen.at(-1)).toEqual(whatsapp);
    await fakeBrowser.runtime.onMessage.trigger({ cordial: 1, name: 'context:changed', payload: { ...whatsapp, customerName: 'Ana' } }, { id: fakeBrowser.runtime.id, tab: { id: second.id }, frameId: 0 } as never);
    expect(seen.at(-1)).toEqual({ ...whatsapp, customerName: 'Ana' });
  });
});

describe('TabLink: typed shortcuts', () => {
  const span = { start: 0, end: 8, text: ';gracias' };
  const message = (payload: object) => ({ cordial: 1, name: 'shortcut:expand', payload });
  let tabId: number;

  beforeEach(async () => {
    fakeBrowser.reset();
    fakeBrowser.tabs.sendMessage = vi.fn(async () => null) as never;
    tabId = (await fakeBrowser.tabs.create({ url: 'https://mail.google.com/mail/u/0/' })).id!;
  });
  afterEach(() => vi.restoreAllMocks());

  async function docked(mode: 'frame' | 'panel', handler = vi.fn(async () => true)) {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: { name: string; payload?: { key?: string } }) =>
      m.name === 'tab:whoami' ? (m.payload?.key === KEY ? { tabId, frameId: 3 } : null) : undefined) as never);
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async () => [{ id: tabId, active: true }] as never);
    const link = new TabLink(mode);
    if (mode === 'frame') handKey();
    link.onExpand(handler);
    await link.start();
    return handler;
  }

  it('only the docked sidebar of the tab answers, with the frame of the reply box', async () => {
    const handler = await docked('frame');
    const page = { id: fakeBrowser.runtime.id, url: 'https://mail.google.com/mail/u/0/', tab: { id: tabId }, frameId: 2 } as never;
    const answers = await fakeBrowser.runtime.onMessage.trigger(message({ span, shortcut: 'gracias', frameId: 9 }), page);
    expect(answers.filter((a) => a !== undefined)).toEqual([true]);
    // A content script's frame is its own, whatever the payload says.
    expect(handler).toHaveBeenCalledWith(expect.objectContaining({ shortcut: 'gracias' }), 2);

    const picker = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/picker.html#t`, tab: { id: tabId }, frameId: 5 } as never;
    await fakeBrowser.runtime.onMessage.trigger(message({ span, replyKey: 'p:r', frameId: 2 }), picker);
    expect(handler).toHaveBeenLastCalledWith(expect.objectContaining({ replyKey: 'p:r' }), 2);

    const otherTab = { id: fakeBrowser.runtime.id, url: 'https://x.com/messages', tab: { id: tabId + 1 }, frameId: 0 } as never;
    expect((await fakeBrowser.runtime.onMessage.trigger(message({ span, shortcut: 'gracias' }), otherTab)).filter((a) => a !== undefined)).toEqual([]);
    expect(handler).toHaveBeenCalledTimes(2);
  });

  it('a side panel following the same tab stays silent (the reply must not go in twice)', async () => {
    const handler = await docked('panel');
    const page = { id: fakeBrowser.runtime.id, url: 'https://mail.google.com/mail/u/0/', tab: { id: tabId }, frameId: 0 } as never;
    expect((await fakeBrowser.runtime.onMessage.trigger(message({ span, shortcut: 'gracias' }), page)).filter((a) => a !== undefined)).toEqual([]);
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('TabLink in the page’s iframe: sends', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    fakeBrowser.tabs.sendMessage = vi.fn(async (_tabId: number, message: { name: string }) => (message.name === 'context:get' ? gmail : '')) as never;
  });

  const attempt = (tabId: number, payload: unknown) =>
    fakeBrowser.runtime.onMessage.trigger({ cordial: 1, name: 'send:attempt', payload }, { id: fakeBrowser.runtime.id, tab: { id: tabId }, frameId: 3 } as never);

  it('answers its own tab’s send attempts (with the frame they came from) and stays silent for other tabs', async () => {
    const link = new TabLink('frame');
    // The background tells the iframe which tab it serves, once it shows that tab's key.
    fakeBrowser.runtime.onMessage.addListener(((message: { name: string; payload?: { key?: string } }) =>
      message.name === 'tab:whoami' ? Promise.resolve(message.payload?.key === KEY ? { tabId: 7, frameId: 1 } : null) : undefined) as never);
    handKey();
    const handler = vi.fn(() => 'ask' as const);
    link.onSendAttempt(handler);
    await link.start();
    expect(link.tabId).toBe(7);
    expect((await attempt(7, { id: 1, text: 'Hola', held: true })).filter(Boolean)).toEqual(['ask']);
    expect(handler).toHaveBeenCalledWith({ id: 1, text: 'Hola', held: true }, 3);
    expect((await attempt(8, { id: 2, text: 'Hola', held: true })).filter(Boolean)).toEqual([]);
    // A malformed attempt never holds a send.
    expect((await attempt(7, { text: 'Hola' })).filter(Boolean)).toEqual(['release']);
    expect(handler).toHaveBeenCalledTimes(1);
  });
});

describe('TabLink in an iframe the page made itself', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    fakeBrowser.tabs.sendMessage = vi.fn(async (_tabId: number, message: { name: string }) => (message.name === 'context:get' ? gmail : '')) as never;
    fakeBrowser.runtime.onMessage.addListener(((message: { name: string; payload?: { key?: string } }) =>
      message.name === 'tab:whoami' ? Promise.resolve(message.payload?.key === KEY ? { tabId: 7, frameId: 1 } : null) : undefined) as never);
  });
  afterEach(() => vi.useRealTimers());

  it('a forged key is refused and the real one, posted after it, still admits the sidebar', async () => {
    const link = new TabLink('frame');
    handKey('b'.repeat(32));
    handKey('not a key');
    handKey();
    await link.start();
    expect(link.tabId).toBe(7);
  });

  it('without its tab’s key it serves no tab: no page context, nothing to insert into', async () => {
    vi.useFakeTimers();
    const link = new TabLink('frame');
    const seen: Array<PageContext | null> = [];
    link.onContext((c) => seen.push(c));
    handKey('b'.repeat(32));
    const started = link.start();
    await vi.runAllTimersAsync();
    await started;
    expect(link.tabId).toBeNull();
    expect(seen.at(-1)).toBeNull();
    expect(fakeBrowser.tabs.sendMessage).not.toHaveBeenCalled();
  });
});
