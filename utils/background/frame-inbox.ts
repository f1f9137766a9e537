/**
 * The background's side of the framed pages' inboxes (`FRAME_INBOX` in utils/messaging.ts). Firefox delivers no
 * runtime message to an extension page framed in a web page, so the background, which hears them all, passes each
 * message for sidebars and pickers to the inboxes of the tab it concerns and returns the first answer. In Chrome no
 * page opens an inbox and this does nothing.
 */
import { browser, type Browser } from 'wxt/browser';
import { FRAME_INBOX, forwardOwnSidebarMessages, isEnvelope, type InboxDelivery, type PickerProtocol, type SidebarProtocol } from '@/utils/messaging';

/** The messages framed pages handle (TypeScript keeps this list complete). */
const FOR_FRAMES: Record<keyof SidebarProtocol | keyof PickerProtocol, true> = {
  'context:changed': true,
  'draft:changed': true,
  'shortcuts:changed': true,
  'sidebar:focus-search': true,
  'shortcut:expand': true,
  'library:changed': true,
  'send:attempt': true,
  'spelling:words-changed': true,
  'spelling:clicked': true,
  'picker:show': true,
  'picker:key': true,
};

type Port = Pick<Browser.runtime.Port, 'name' | 'sender' | 'postMessage' | 'onMessage' | 'onDisconnect'>;

export interface FrameHub {
  /** A port opened to the background; kept if it is a framed Cordial page's inbox. */
  connect(port: Port): void;
  /**
   * Passes a message to the inboxes it concerns: a content script's to its own tab's pages, the background's or an
   * extension page's (no tab) to all. Undefined when no inbox gets it (the caller then claims no answer), otherwise the
   * first answer (undefined when every page declined).
   */
  deliver(message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined;
}

export function createFrameHub(extensionId: string, extensionUrl: string): FrameHub {
  const inboxes = new Set<Port>();
  const waiting = new Map<number, { port: Port; settle: (answer: unknown) => void }>();
  let count = 0;

  return {
    connect(port) {
      const tabId = port.sender?.tab?.id;
      if (port.name !== FRAME_INBOX || port.sender?.id !== extensionId || !port.sender.url?.startsWith(extensionUrl) || tabId === undefined) return;
      inboxes.add(port);
      port.onMessage.addListener((reply: unknown) => {
        const { n, answer } = (reply ?? {}) as { n?: unknown; answer?: unknown };
        const entry = typeof n === 'number' ? waiting.get(n) : undefined;
        if (entry?.port !== port) return;
        waiting.delete(n as number);
        entry.settle(answer);
      });
      port.onDisconnect.addListener(() => {
        inboxes.delete(port);
        for (const [n, entry] of waiting) {
          if (entry.port !== port) continue;
          waiting.delete(n);
          entry.settle(undefined);
        }
      });
    },

    deliver(message, sender) {
      if (!isEnvelope(message) || !(message.name in FOR_FRAMES) || sender.id !== extensionId) return undefined;
      const targets = [...inboxes].filter((port) => {
        const self = port.sender!.tab!.id === sender.tab?.id && port.sender!.frameId === sender.frameId && port.sender!.url === sender.url;
        return !self && (sender.tab?.id === undefined || port.sender!.tab!.id === sender.tab.id);
      });
      if (targets.length === 0) return undefined;
      // Only what the handlers read of the sender: never the tab's address or title.
      const from: Browser.runtime.MessageSender = { id: sender.id, url: sender.url, frameId: sender.frameId, ...(sender.tab?.id !== undefined && { tab: { id: sender.tab.id } as Browser.tabs.Tab }) };
      return new Promise((resolve) => {
        let left = targets.length;
        for (const port of targets) {
          const n = ++count;
          waiting.set(n, {
            port,
            settle: (answer) => {
              left -= 1;
              if (answer !== undefined || left === 0) resolve(answer);
            },
          });
          port.postMessage({ n, message, sender: from } satisfies InboxDelivery);
        }
      });
    },
  };
}

/** Wires the hub to the runtime: inbox ports, every message the background hears, and its own `sendToSidebars`. */
export function serveFrameInboxes(): FrameHub {
  const hub = createFrameHub(browser.runtime.id, browser.runtime.getURL('/'));
  browser.runtime.onConnect.addListener((port) => hub.connect(port));
  browser.runtime.onMessage.addListener(((message: unknown, sender: Browser.runtime.MessageSender) => hub.deliver(message, sender)) as never);
  forwardOwnSidebarMessages((message) => void hub.deliver(message, { id: browser.runtime.id, url: location.href }));
  return hub;
}
