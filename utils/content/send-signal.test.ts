import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineSite, type SiteAdapter } from '@/utils/sites/define-site';
import { watchSends } from './send-signal';

let controller: AbortController;
const ctx = () =>
  ({
    addEventListener: (target: EventTarget, type: string, listener: EventListener, options?: AddEventListenerOptions) => target.addEventListener(type, listener, { ...options, signal: controller.signal }),
  }) as unknown as ContentScriptContext;

const site = (over: Partial<SiteAdapter>): SiteAdapter =>
  defineSite({ id: 'test', name: 'Test', channel: 'chat', matches: [], findComposers: (root) => Array.from(root.querySelectorAll<HTMLElement>('textarea')), ...over });

beforeEach(() => {
  controller = new AbortController();
  document.body.innerHTML = '<textarea id="reply"></textarea><input id="search"><button aria-label="Enviar"><span id="icon">›</span></button><button id="other">Otro</button>';
});
afterEach(() => controller.abort());

const key = (el: Element, init: KeyboardEventInit) => el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...init }));

describe('send signal', () => {
  it('a click on (or inside) the send button is a send, only with a draft', () => {
    const onSend = vi.fn();
    let draft = 'Hola';
    watchSends(ctx(), () => site({ sendSelector: 'button[aria-label="Enviar"]' }), () => draft !== '', onSend);
    (document.getElementById('icon') as HTMLElement).click();
    (document.getElementById('other') as HTMLElement).click();
    expect(onSend).toHaveBeenCalledTimes(1);
    draft = '';
    (document.querySelector('button[aria-label="Enviar"]') as HTMLElement).click();
    expect(onSend).toHaveBeenCalledTimes(1);
  });

  it('chats send on Enter (not Shift+Enter, not while composing), in a reply box only', () => {
    const onSend = vi.fn();
    watchSends(ctx(), () => site({}), () => true, onSend);
    const reply = document.getElementById('reply')!;
    key(reply, { shiftKey: true });
    key(reply, { isComposing: true });
    key(document.getElementById('search')!, {});
    expect(onSend).not.toHaveBeenCalled();
    key(reply, {});
    expect(onSend).toHaveBeenCalledTimes(1);
  });

  it('mail and ticket desks send on Ctrl/Cmd+Enter; plain Enter is a new line', () => {
    const onSend = vi.fn();
    watchSends(ctx(), () => site({ channel: 'email' }), () => true, onSend);
    const reply = document.getElementById('reply')!;
    key(reply, {});
    expect(onSend).not.toHaveBeenCalled();
    key(reply, { ctrlKey: true });
    key(reply, { metaKey: true });
    expect(onSend).toHaveBeenCalledTimes(2);
  });

  it('does nothing where no site is detected', () => {
    const onSend = vi.fn();
    watchSends(ctx(), () => undefined, () => true, onSend);
    key(document.getElementById('reply')!, {});
    expect(onSend).not.toHaveBeenCalled();
  });
});
