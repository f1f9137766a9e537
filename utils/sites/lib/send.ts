import type { Channel } from '../../../protocols/types';
import { isVisible } from '../../dom/editable';
import type { SiteAdapter } from '../define-site';

/** How a key press in the reply box sends: Enter alone (Shift+Enter is a new line), Ctrl/Cmd+Enter, or no key. */
export type SendKey = 'enter' | 'mod-enter' | 'none';

/** Chat consoles and social inboxes send on Enter; mail clients on Ctrl/Cmd+Enter (Enter is a new paragraph). */
export const CHANNEL_SEND_KEY: Readonly<Record<Channel, SendKey>> = { email: 'mod-enter', social: 'enter', chat: 'enter' };

export const sendKeyOf = (site: Pick<SiteAdapter, 'channel' | 'sendKey'>): SendKey => site.sendKey ?? CHANNEL_SEND_KEY[site.channel];

export type KeyLike = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'> & Partial<Pick<KeyboardEvent, 'isComposing' | 'keyCode'>>;

/** Whether this key press sends the reply under `rule`. */
export function isSendKey(event: KeyLike, rule: SendKey): boolean {
  // While an IME composes (Japanese, Chinese, Korean…) Enter picks a candidate; 229 is how Safari says so.
  if (event.key !== 'Enter' || event.isComposing || event.keyCode === 229 || event.shiftKey || event.altKey) return false;
  const mod = event.ctrlKey || event.metaKey;
  return rule === 'enter' ? !mod : rule === 'mod-enter' && mod;
}

/** The send button (an element matching the adapter's selectors) on an event's path, if the event hit one. */
export function sendButtonOn(path: readonly EventTarget[], selectors: readonly string[] | undefined): HTMLElement | undefined {
  if (!selectors?.length) return undefined;
  try {
    return path.find((node): node is HTMLElement => node instanceof HTMLElement && node.matches(selectors.join()));
  } catch {
    return undefined; // a selector the engine rejects matches nothing
  }
}

/** Of `candidates`, the one closest to `el` in the tree: the send button of this reply box, the box of this button. */
export function nearest<T extends Element>(el: Element, candidates: readonly T[]): T | undefined {
  for (let at: Element | null = el; at; at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host || null)) {
    const hit = candidates.find((c) => at!.contains(c));
    if (hit) return hit;
  }
  return candidates[0];
}

/** The visible send button that belongs to `composer` (Gmail can have several compose windows open). */
export function findSendButton(site: Pick<SiteAdapter, 'sendButtons'>, composer: Element): HTMLElement | undefined {
  if (!site.sendButtons?.length) return undefined;
  try {
    const all = Array.from(composer.ownerDocument.querySelectorAll<HTMLElement>(site.sendButtons.join())).filter(isVisible);
    return nearest(composer, all);
  } catch {
    return undefined;
  }
}
