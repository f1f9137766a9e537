import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { hashDraft, type SendGuardState } from '@/utils/send/guard';
import { defineSite, type SiteAdapter } from '@/utils/sites/define-site';
import { createSendGuard, type SendGuard } from './send-guard';

const ask = vi.hoisted(() => vi.fn());
vi.mock('@/utils/messaging', () => ({ askSidebars: ask }));

const site: SiteAdapter = defineSite({
  id: 'demo-chat',
  name: 'Demo',
  channel: 'chat',
  matches: ['http://chat.demo.localhost/*'],
  findComposers: (root) => Array.from(root.querySelectorAll('textarea')),
  sendButtons: ['button[aria-label="Enviar"]'],
});

/** A user's event: happy-dom marks none trusted, and the guard judges only trusted ones. */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
const click = (el: Element) => el.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true })));
const enter = (el: Element, init: KeyboardEventInit = {}) => el.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, composed: true, ...init })));
const state = (text: string, confirm: string[]): SendGuardState => ({ siteId: 'demo-chat', draft: hashDraft(text), confirm, confirmable: true });
const flush = () => new Promise((r) => setTimeout(r, 0));

let guard: SendGuard;
let stop: AbortController;
let box: HTMLTextAreaElement;
let button: HTMLButtonElement;
let sent: string[];

beforeEach(() => {
  stop = new AbortController();
  const ctx = { addEventListener: (t: EventTarget, type: string, fn: EventListener, o: AddEventListenerOptions) => t.addEventListener(type, fn, { ...o, signal: stop.signal }) };
  guard = createSendGuard(ctx as unknown as ContentScriptContext, () => site);
  document.body.innerHTML = '<textarea></textarea><button aria-label="Enviar"><span>➤</span></button>';
  box = document.querySelector('textarea')!;
  button = document.querySelector('button')!;
  sent = [];
  // The page's own send: on click, and on Enter in the box (like the demo chat).
  button.addEventListener('click', () => {
    sent.push(box.value);
    box.value = '';
  });
  box.addEventListener('keydown', (e) => e.key === 'Enter' && !e.shiftKey && button.click());
  ask.mockReset().mockResolvedValue('release');
});
afterEach(() => stop.abort());

describe('send guard', () => {
  it('reports a click on the send button (or its icon) with the draft at that instant, and lets it through', async () => {
    box.value = 'Hola';
    click(button.querySelector('span')!);
    expect(sent).toEqual(['Hola']);
    expect(ask).toHaveBeenCalledWith('send:attempt', { id: 1, text: 'Hola', held: false });
  });

  it('reports the send key in the reply box; ignores Shift+Enter, IME composition, untrusted events and empty drafts', () => {
    box.value = 'Hola';
    enter(box, { shiftKey: true });
    enter(box, { isComposing: true });
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(ask).not.toHaveBeenCalled();
    box.value = '  ';
    enter(box);
    expect(ask).not.toHaveBeenCalled();
    box.value = 'Hola';
    enter(box);
    expect(ask).toHaveBeenCalledWith('send:attempt', expect.objectContaining({ text: 'Hola', held: false }));
  });

  it('holds a send missing a confirm-before-send step, before the page sees it; "send" re-triggers it exactly once', async () => {
    guard.set(state('Hola', ['greet']));
    ask.mockResolvedValue('ask');
    box.value = 'Hola';
    click(button);
    expect(sent).toEqual([]);
    expect(ask).toHaveBeenCalledWith('send:attempt', { id: 1, text: 'Hola', held: true });
    await flush();
    expect(sent).toEqual([]);
    expect(guard.resolve(1, true)).toBe(true);
    expect(sent).toEqual(['Hola']);
    expect(guard.resolve(1, true)).toBe(false);
    expect(sent).toEqual(['Hola']);
  });

  it('a held Enter is re-sent with the site’s send button; "back to the draft" keeps the text and focuses the box', () => {
    guard.set(state('Hola', ['greet']));
    ask.mockResolvedValue('ask');
    box.value = 'Hola';
    enter(box);
    expect(sent).toEqual([]);
    expect(guard.resolve(1, false)).toBe(true);
    expect(box.value).toBe('Hola');
    expect(document.activeElement).toBe(box);
    enter(box);
    expect(guard.resolve(2, true)).toBe(true);
    expect(sent).toEqual(['Hola']);
  });

  it('a held send the sidebar clears on its re-check (or that no sidebar answers) goes at once', async () => {
    guard.set(state('Hola', []));
    box.value = 'Hola, soy Laura'; // typed after the sidebar's last check
    click(button);
    expect(sent).toEqual([]);
    await flush();
    expect(sent).toEqual(['Hola, soy Laura']);
    ask.mockResolvedValue(undefined);
    box.value = 'Otra';
    click(button);
    await flush();
    expect(sent).toEqual(['Hola, soy Laura', 'Otra']);
  });

  it('a pointer press is judged once: a held press swallows its mousedown, mouseup and click', () => {
    guard.set(state('Hola', ['greet']));
    ask.mockResolvedValue('ask');
    box.value = 'Hola';
    const seen: string[] = [];
    for (const type of ['mousedown', 'mouseup', 'click']) button.addEventListener(type, () => seen.push(type));
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
      const Ctor = type.startsWith('pointer') ? PointerEvent : MouseEvent;
      button.dispatchEvent(trusted(new Ctor(type, { bubbles: true, cancelable: true, button: 0 })));
    }
    expect(seen).toEqual([]);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(guard.resolve(1, true)).toBe(true);
    expect(seen).toEqual(['mousedown', 'mouseup', 'click']);
    expect(sent).toEqual(['Hola']);
  });

  it('a new send replaces a held one: the old answer re-sends nothing', () => {
    guard.set(state('Hola', ['greet']));
    ask.mockResolvedValue('ask');
    box.value = 'Hola';
    click(button);
    click(button);
    expect(guard.resolve(1, true)).toBe(false);
    expect(sent).toEqual([]);
    expect(guard.resolve(2, true)).toBe(true);
    expect(sent).toEqual(['Hola']);
  });
});
