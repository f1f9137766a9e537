import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { disableCustomSite, enableCustomSite, syncCustomSiteScripts } from './registration';
import { listCustomSites } from './store';

// The fake browser has storage but no permissions or scripting API: model the browser's side of both.
let granted: string[];
let registered: Array<{ id: string; matches: string[] }>;
beforeEach(() => {
  fakeBrowser.reset();
  granted = [];
  registered = [];
  Object.assign(fakeBrowser, {
    permissions: {
      getAll: async () => ({ origins: [...granted] }),
      contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.includes(o)),
      remove: async ({ origins }: { origins: string[] }) => {
        granted = granted.filter((o) => !origins.includes(o));
        return true;
      },
    },
    scripting: {
      getRegisteredContentScripts: async () => registered.map(({ id }) => ({ id })),
      unregisterContentScripts: vi.fn(async () => void (registered = [])),
      registerContentScripts: vi.fn(async (scripts: Array<{ id: string; matches: string[] }>) => void registered.push(...scripts)),
      executeScript: vi.fn(async () => []),
    },
  });
});

describe('custom sites', () => {
  it('refuses to turn a site on without its host permission', async () => {
    expect(await enableCustomSite('https://ayuda.example.com/tickets/1', 'chat')).toEqual({ ok: false, reason: 'no-permission' });
    expect(await listCustomSites()).toEqual([]);
    expect(registered).toEqual([]);
  });

  it('remembers the site with its channel and registers the content script for its origin only', async () => {
    granted = ['https://ayuda.example.com/*'];
    expect(await enableCustomSite('https://ayuda.example.com/tickets/1', 'chat', 7)).toEqual({ ok: true });
    expect(await listCustomSites()).toEqual([{ origin: 'https://ayuda.example.com', channel: 'chat' }]);
    expect(registered).toMatchObject([{ id: 'cordial-custom-sites', matches: ['https://ayuda.example.com/*'] }]);
    // Pages there cannot fetch the lazily loaded parts (not web-accessible): they come with the content script.
    expect((registered[0] as unknown as { js: string[] }).js).toEqual(['insert-chain.js', 'field-marks.js', 'spelling-marks.js', 'shortcut-keys.js', 'content-scripts/copilot.js']);
  });

  it('starts Cordial in the agent’s tab at once, unless the tab has moved on to another site meanwhile', async () => {
    granted = ['https://ayuda.example.com/*', 'https://correo.example.org/*'];
    const urls: Record<number, string> = { 7: 'https://ayuda.example.com/tickets/1', 8: 'https://correo.example.org/inbox' };
    Object.assign(fakeBrowser.tabs, { get: async (id: number) => ({ id, url: urls[id] }) });
    const executeScript = (fakeBrowser as unknown as { scripting: { executeScript: ReturnType<typeof vi.fn> } }).scripting.executeScript;
    await enableCustomSite('https://ayuda.example.com/tickets/1', 'chat', 7);
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(executeScript.mock.calls[0]![0]).toMatchObject({ target: { tabId: 7, allFrames: true } });
    await enableCustomSite('https://ayuda.example.com/tickets/1', 'chat', 8);
    await enableCustomSite('https://ayuda.example.com/tickets/1', 'chat', 9);
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  it('forgets a site whose permission was revoked in the browser', async () => {
    granted = ['https://ayuda.example.com/*', 'https://correo.example.org/*'];
    await enableCustomSite('https://ayuda.example.com', 'chat');
    await enableCustomSite('https://correo.example.org', 'email');
    granted = ['https://correo.example.org/*'];
    await syncCustomSiteScripts();
    expect(await listCustomSites()).toEqual([{ origin: 'https://correo.example.org', channel: 'email' }]);
    expect(registered[0]!.matches).toEqual(['https://correo.example.org/*']);
  });

  it('turning a site off gives the permission back and unregisters it', async () => {
    granted = ['https://ayuda.example.com/*'];
    await enableCustomSite('https://ayuda.example.com', 'social');
    await disableCustomSite('https://ayuda.example.com');
    expect(granted).toEqual([]);
    expect(await listCustomSites()).toEqual([]);
    expect(registered).toEqual([]);
  });
});
