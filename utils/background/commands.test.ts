import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { OPEN_SIDEBAR_COMMAND, runCommand } from './commands';

type Sidebars = { sidePanel?: { open: ReturnType<typeof vi.fn> }; sidebarAction?: { open: ReturnType<typeof vi.fn> } };
const browserSidebars = fakeBrowser as unknown as Sidebars;

let sendMessage: ReturnType<typeof vi.fn>;
beforeEach(() => {
  fakeBrowser.reset();
  // The content script of a page Cordial serves: a context, and no answer to the rest.
  sendMessage = vi.fn(async (_tabId: number, message: { name: string }) => (message.name === 'context:get' ? { siteId: 'gmail' } : undefined));
  fakeBrowser.tabs.sendMessage = sendMessage as never;
  browserSidebars.sidePanel = { open: vi.fn(async () => undefined) };
});
afterEach(() => {
  delete browserSidebars.sidePanel;
  delete browserSidebars.sidebarAction;
});

const gmail = { id: 7, url: 'https://mail.google.com/mail/u/0/#inbox' } as never;
const elsewhere = { id: 8, url: 'https://example.com/help' } as never;

describe('the open-sidebar command', () => {
  it('on a supported site, asks the tab’s top frame to open its sidebar with the search box focused', async () => {
    const broadcast = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    expect(await runCommand(OPEN_SIDEBAR_COMMAND, gmail)).toBe('sidebar');
    expect(sendMessage).toHaveBeenCalledWith(7, { cordial: 1, name: 'sidebar:set-collapsed', payload: { collapsed: false } }, { frameId: 0 });
    // Then, the iframe focused, the sidebar of that tab focuses its search box.
    expect(broadcast).toHaveBeenCalledWith({ cordial: 1, name: 'sidebar:focus-search', payload: { tabId: 7 } });
    expect(browserSidebars.sidePanel!.open).not.toHaveBeenCalled();
  });

  it('elsewhere, opens the browser’s side panel at once, inside the shortcut’s user gesture (before any await)', async () => {
    const outcome = runCommand(OPEN_SIDEBAR_COMMAND, elsewhere);
    expect(browserSidebars.sidePanel!.open).toHaveBeenCalledWith({ tabId: 8 });
    expect(await outcome).toBe('browser-sidebar');
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('uses Firefox’s sidebar where there is no side panel', async () => {
    delete browserSidebars.sidePanel;
    browserSidebars.sidebarAction = { open: vi.fn(async () => undefined) };
    expect(await runCommand(OPEN_SIDEBAR_COMMAND, elsewhere)).toBe('browser-sidebar');
    expect(browserSidebars.sidebarAction.open).toHaveBeenCalled();
  });

  it('does no harm when the page has no Cordial after all, or the panel refuses', async () => {
    sendMessage.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    browserSidebars.sidePanel!.open.mockRejectedValue(new Error('sidePanel.open() may only be called in response to a user gesture.'));
    expect(await runCommand(OPEN_SIDEBAR_COMMAND, gmail)).toBe('none');
    sendMessage.mockResolvedValue(null); // an inert page (no site detected) has no context and no sidebar
    expect(await runCommand(OPEN_SIDEBAR_COMMAND, gmail)).toBe('none');
  });

  it('ignores other commands', async () => {
    expect(await runCommand('something-else', gmail)).toBe('none');
    expect(sendMessage).not.toHaveBeenCalled();
  });
});
