import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { eventTarget, findEditableHost, type EditableElement } from '@/utils/dom/editable';
import { askSidebars } from '@/utils/messaging';
import { shouldHold, type SendGuardState } from '@/utils/send/guard';
import { findSite, type SiteAdapter } from '@/utils/sites';
import { findSendButton, isSendKey, nearest, sendButtonOn, sendKeyOf } from '@/utils/sites/lib/send';
import { readDraft } from './draft-watcher';

export interface SendGuard {
  set(state: SendGuardState | null): void;
  /** The agent's answer to a held send: re-trigger it exactly once, or go back to the draft. False when it could not. */
  resolve(id: number, send: boolean): boolean;
}

/** A sidebar that does not answer must never keep the agent from sending. */
const ANSWER_MS = 2000;

function swallow(event: Event) {
  event.preventDefault();
  event.stopImmediatePropagation();
}

/** Presses a button the way a mouse does: some sites act on mousedown/mouseup (Gmail's Closure buttons), most on click. */
function activate(el: HTMLElement) {
  const init = { bubbles: true, cancelable: true, composed: true, view: window, button: 0 };
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) el.dispatchEvent(new (type.startsWith('m') ? MouseEvent : PointerEvent)(type, init));
  el.click();
}

/**
 * Notices every send (a click on the site's send button, the send key in a reply box) in the capture phase, before
 * the page acts on it, and reports it to the sidebar with the draft as it is at that instant. When the sidebar's last
 * state says a confirm-before-send step is missing, the send is stopped right there and waits for the agent's answer
 * in the sidebar; "send" presses the button again (or, for a key with no button to press, the key), which the guard
 * lets through. Untrusted events (a page's or Cordial's own) are never judged.
 * `topSite` is the top frame's detected site; other frames find theirs from the sidebar's state.
 */
export function createSendGuard(ctx: ContentScriptContext, topSite: (() => SiteAdapter | undefined) | null): SendGuard {
  let state: SendGuardState | null = null;
  let held: { id: number; composer?: EditableElement; button?: HTMLElement; key?: KeyboardEventInit } | null = null;
  // The send button a pointer went down on, until its click: one press, one decision.
  let press: { button: HTMLElement; held: boolean } | null = null;
  let passing = false;
  // After a confirmed send Cordial could not re-trigger, the agent's own next send goes through.
  let bypass = false;
  let seq = 0;
  const site = () => (topSite ? topSite() : state ? findSite(state.siteId) : undefined);

  /** Judges one send; true when it was held back. */
  const attempt = (event: Event, composer: EditableElement | undefined, how: { button?: HTMLElement; key?: KeyboardEventInit }) => {
    // Null when the reply box is in another frame (Proton Mail's editor): the sidebar uses the draft it has.
    const text = composer ? readDraft(composer) : null;
    if (text !== null && !text.trim()) return false; // an empty box sends nothing
    const hold = !bypass && shouldHold(state, text);
    const id = ++seq;
    bypass = false;
    // A new send replaces one still waiting for an answer: never two held at once, never a stale one re-sent.
    held = hold ? { id, composer, ...how } : null;
    if (hold) swallow(event);
    const answer = Promise.race([askSidebars('send:attempt', { id, text, held: hold }), new Promise<undefined>((r) => setTimeout(r, ANSWER_MS))]);
    if (hold) void answer.then((a) => a !== 'ask' && guard.resolve(id, true));
    return hold;
  };

  const onEvent = (event: Event) => {
    // mousedown, pointerup, mouseup only matter while a held press goes on.
    const followUp = event.type !== 'click' && event.type !== 'pointerdown' && event.type !== 'keydown';
    if (!event.isTrusted || passing || (followUp && !press?.held)) return;
    const adapter = site();
    if (!adapter) return;
    if (event instanceof KeyboardEvent) {
      if (!isSendKey(event, sendKeyOf(adapter))) return;
      const host = findEditableHost(eventTarget(event));
      if (!host || !adapter.findComposers(document).includes(host)) return;
      // The event itself serves as the init dictionary of its own re-dispatch (key, code, modifiers, bubbles…).
      return void attempt(event, host, { key: event });
    }
    const button = sendButtonOn(event.composedPath(), adapter.sendButtons);
    const pressed = press;
    if (followUp) {
      // …of a press that was held: the page must not see them either.
      if (pressed!.button === button) swallow(event);
      return;
    }
    press = null;
    // The click that ends a press judged at pointerdown; a click alone is a keyboard press (Enter or Space).
    if (event.type === 'click' && pressed && pressed.button === button) return void (pressed.held && swallow(event));
    if (!button || (event as MouseEvent).button) return;
    const isHeld = attempt(event, nearest(button, adapter.findComposers(document)), { button });
    if (event.type === 'pointerdown') press = { button, held: isHeld };
  };
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'keydown'] as const) ctx.addEventListener(window, type, onEvent, { capture: true });

  const guard: SendGuard = {
    set: (next) => void (state = next),
    resolve(id, send) {
      const h = held;
      if (h?.id !== id) return false;
      held = null;
      if (!send) {
        h.composer?.focus();
        return true;
      }
      const adapter = site();
      const button = h.button?.isConnected ? h.button : adapter && h.composer && findSendButton(adapter, h.composer);
      passing = true;
      try {
        if (button) activate(button);
        else if (h.key && h.composer?.isConnected) h.composer.dispatchEvent(new KeyboardEvent('keydown', h.key));
        else return !(bypass = true);
      } finally {
        passing = false;
      }
      return true;
    },
  };
  return guard;
}
