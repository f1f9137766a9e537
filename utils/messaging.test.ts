import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { dispatchToListeners, handleMessages, isEnvelope, relayToOwnTab, type ContentProtocol, type SidebarProtocol } from './messaging';

const own = { id: fakeBrowser.runtime.id, url: 'chrome-extension://test-extension-id/sidepanel.html' };

describe('messaging', () => {
  beforeEach(() => fakeBrowser.reset());

  it('recognises only Cordial envelopes', () => {
    expect(isEnvelope({ cordial: 1, name: 'context:get' })).toBe(true);
    for (const other of [null, 'x', { name: 'context:get' }, { cordial: 2, name: 'x' }, { cordial: 1, name: 3 }]) expect(isEnvelope(other)).toBe(false);
  });

  it('answers typed requests from the extension with the handler result', async () => {
    handleMessages<ContentProtocol>({ 'composer:insert': ({ text }) => ({ ok: true, strategy: `got ${text}` }) });
    const [answer] = await fakeBrowser.runtime.onMessage.trigger({ cordial: 1, name: 'composer:insert', payload: { text: 'hola' } }, own);
    expect(answer).toEqual({ ok: true, strategy: 'got hola' });
  });

  it('ignores unknown names, foreign senders and rejected senders', async () => {
    let calls = 0;
    handleMessages<ContentProtocol>({ 'context:get': () => { calls++; return null; } }, (sender) => sender.url === own.url);
    const results = [
      ...(await fakeBrowser.runtime.onMessage.trigger({ cordial: 1, name: 'nope', payload: null }, own)),
      ...(await fakeBrowser.runtime.onMessage.trigger({ cordial: 1, name: 'context:get' }, { id: 'another-extension', url: own.url })),
      ...(await fakeBrowser.runtime.onMessage.trigger({ cordial: 1, name: 'context:get' }, { id: own.id, url: 'https://evil.example/' })),
      ...(await fakeBrowser.runtime.onMessage.trigger({ name: 'context:get' }, own)),
    ];
    expect(results).toEqual([undefined, undefined, undefined, undefined]);
    expect(calls).toBe(0);
  });

  it('stops listening when asked', async () => {
    const stop = handleMessages<ContentProtocol>({ 'context:get': () => null });
    stop();
    const results = await fakeBrowser.runtime.onMessage.trigger({ cordial: 1, name: 'context:get' }, own);
    expect(results).toEqual([]);
  });

  it('lets a page answer only the requests meant for it, by sender and payload', async () => {
    handleMessages<ContentProtocol>({ 'context:get': () => null }, (_sender, payload) => (payload as { token?: string } | undefined)?.token === 'mine');
    expect(await fakeBrowser.runtime.onMessage.trigger({ cordial: 1, name: 'context:get', payload: { token: 'other' } }, own)).toEqual([undefined]);
    expect(await fakeBrowser.runtime.onMessage.trigger({ cordial: 1, name: 'context:get', payload: { token: 'mine' } }, own)).toEqual([null]);
  });

  it('a framed page hands a delivery to its handlers as runtime.onMessage would: the first that takes it answers', async () => {
    const sender = { id: fakeBrowser.runtime.id, url: 'https://mail.example/', tab: { id: 7 } as never, frameId: 0 };
    const stopA = handleMessages<SidebarProtocol>({ 'draft:changed': () => undefined }, (s) => s.tab?.id === 8);
    const stopB = handleMessages<SidebarProtocol>({ 'send:attempt': () => 'ask' as const });
    await expect(dispatchToListeners({ cordial: 1, name: 'send:attempt', payload: { id: 1, text: null, held: false } }, sender)).resolves.toBe('ask');
    await expect(dispatchToListeners({ cordial: 1, name: 'draft:changed', payload: { text: 'x' } }, sender)).resolves.toBeUndefined();
    stopB();
    await expect(dispatchToListeners({ cordial: 1, name: 'send:attempt', payload: { id: 1, text: null, held: false } }, sender)).resolves.toBeUndefined();
    stopA();
  });

  it('sends only to the tab the framed page lives in, and only Cordial’s envelopes', async () => {
    const sent: unknown[] = [];
    // Firefox's framed pages have no tabs API: the background's tabs.sendMessage does the sending.
    const spy = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, m: unknown, options?: { frameId?: number }) => {
      sent.push([tabId, m, options]);
      return 'ok';
    }) as never);
    const frame = { id: fakeBrowser.runtime.id, url: own.url, tab: { id: 7 } as never, frameId: 42 };
    await expect(relayToOwnTab({ tabId: 7, frameId: 0, message: { cordial: 1, name: 'context:get' } }, frame)).resolves.toBe('ok');
    await expect(relayToOwnTab({ tabId: 7, frameId: null, message: { cordial: 1, name: 'send:guard' } }, frame)).resolves.toBe('ok');
    expect(sent).toEqual([[7, { cordial: 1, name: 'context:get' }, { frameId: 0 }], [7, { cordial: 1, name: 'send:guard' }, undefined]]);
    await expect(relayToOwnTab({ tabId: 8, frameId: 0, message: { cordial: 1, name: 'context:get' } }, frame)).rejects.toThrow();
    await expect(relayToOwnTab({ tabId: 7, frameId: 0, message: { cordial: 1, name: 'context:get' } }, { ...frame, tab: undefined })).rejects.toThrow();
    await expect(relayToOwnTab({ tabId: 7, frameId: 0, message: { name: 'context:get' } }, frame)).rejects.toThrow();
    expect(sent).toHaveLength(2);
    spy.mockRestore();
  });
});
