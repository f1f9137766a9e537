import { describe, expect, it } from 'vitest';
import { FRAME_INBOX, type InboxDelivery, type SidebarProtocol } from '@/utils/messaging';
import { createFrameHub } from './frame-inbox';

const ID = 'cordial-test';
const BASE = 'moz-extension://uuid/';

/** A framed page's inbox port, as the background sees it; `answer` is what the page's listeners say. */
function framePort(tabId: number, frameId: number, answer: (delivery: InboxDelivery) => unknown = () => undefined, url = `${BASE}sidepanel.html?mode=frame`) {
  const onMessage: Array<(m: unknown) => void> = [];
  const onDisconnect: Array<() => void> = [];
  const delivered: InboxDelivery[] = [];
  const port = {
    name: FRAME_INBOX,
    sender: { id: ID, url, tab: { id: tabId }, frameId },
    postMessage: (delivery: InboxDelivery) => {
      delivered.push(delivery);
      queueMicrotask(() => onMessage.forEach((l) => l({ n: delivery.n, answer: answer(delivery) })));
    },
    onMessage: { addListener: (l: (m: unknown) => void) => onMessage.push(l) },
    onDisconnect: { addListener: (l: () => void) => onDisconnect.push(l) },
    disconnect: () => onDisconnect.forEach((l) => l()),
    delivered,
  };
  return port;
}

function hubWith(...ports: object[]) {
  const hub = createFrameHub(ID, BASE);
  for (const port of ports) hub.connect(port as never);
  return hub;
}

const message = (name: keyof SidebarProtocol | string, payload: unknown = {}) => ({ cordial: 1, name, payload });
const contentScript = (tabId: number, frameId = 0) => ({ id: ID, url: 'https://mail.example/inbox', tab: { id: tabId, url: 'https://mail.example/inbox', title: 'Inbox' } as never, frameId });

describe('frame inboxes (Firefox: framed extension pages hear no runtime message)', () => {
  it('passes a content script’s message to the framed pages of its own tab only, with a sender stripped to ids', async () => {
    const mine = framePort(7, 42);
    const other = framePort(8, 43);
    const hub = hubWith(mine, other);
    await hub.deliver(message('draft:changed', { text: 'hola' }), contentScript(7));
    expect(mine.delivered).toEqual([{ n: 1, message: message('draft:changed', { text: 'hola' }), sender: { id: ID, url: 'https://mail.example/inbox', frameId: 0, tab: { id: 7 } } }]);
    expect(other.delivered).toEqual([]);
  });

  it('passes the background’s messages (no tab) to every framed page, and never a page’s message back to itself', async () => {
    const a = framePort(7, 42);
    const b = framePort(8, 43);
    const hub = hubWith(a, b);
    await hub.deliver(message('library:changed', { reload: true }), { id: ID, url: `${BASE}background.html` });
    expect([a.delivered.length, b.delivered.length]).toEqual([1, 1]);
    // The picker's question (same tab) reaches the sidebar, not the picker itself.
    const picker = framePort(7, 44, () => undefined, `${BASE}picker.html#t`);
    hub.connect(picker as never);
    await hub.deliver(message('shortcut:expand', { span: { start: 0, end: 3 } }), picker.sender as never);
    expect(a.delivered).toHaveLength(2);
    expect(picker.delivered).toEqual([]);
  });

  it('answers with the first page’s answer; undefined when every page declines or goes away; nothing to claim without inboxes', async () => {
    expect(hubWith().deliver(message('send:attempt', { id: 1, text: 'x', held: true }), contentScript(7))).toBeUndefined();
    const hub = hubWith(framePort(7, 42), framePort(7, 43, () => 'ask'));
    await expect(hub.deliver(message('send:attempt', { id: 1, text: 'x', held: true }), contentScript(7))).resolves.toBe('ask');

    const gone = { ...framePort(7, 42), postMessage: () => undefined };
    const pending = hubWith(gone).deliver(message('send:attempt', { id: 2, text: 'x', held: true }), contentScript(7));
    gone.disconnect();
    await expect(pending).resolves.toBeUndefined();
  });

  it('keeps only Cordial’s framed pages and passes only the messages framed pages handle', () => {
    const fromContentScript = { ...framePort(7, 0), sender: contentScript(7) };
    const otherName = { ...framePort(7, 1), name: 'something-else' };
    const noTab = { ...framePort(7, 2), sender: { id: ID, url: `${BASE}options.html`, frameId: 0 } };
    const hub = hubWith(fromContentScript, otherName, noTab);
    expect(hub.deliver(message('draft:changed', { text: 'x' }), contentScript(7))).toBeUndefined();

    hub.connect(framePort(7, 42) as never);
    for (const name of ['spell:check', 'library:load', 'context:get']) expect(hub.deliver(message(name), contentScript(7))).toBeUndefined();
    expect(hub.deliver(message('draft:changed'), { ...contentScript(7), id: 'another-extension' })).toBeUndefined();
    expect(hub.deliver({ name: 'draft:changed' }, contentScript(7))).toBeUndefined();
  });
});
