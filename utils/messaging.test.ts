import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleMessages, isEnvelope, type ContentProtocol } from './messaging';

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
});
