import { describe, expect, it } from 'vitest';
import { isSendKey, nearest, sendButtonOn, type KeyLike } from './send';

const key = (over: Partial<KeyLike> = {}): KeyLike => ({ key: 'Enter', shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, isComposing: false, keyCode: 13, ...over });

describe('isSendKey', () => {
  it('chat and social (enter): Enter sends; Shift+Enter is a new line; a modified Enter is not a send', () => {
    expect(isSendKey(key(), 'enter')).toBe(true);
    expect(isSendKey(key({ shiftKey: true }), 'enter')).toBe(false);
    expect(isSendKey(key({ ctrlKey: true }), 'enter')).toBe(false);
    expect(isSendKey(key({ altKey: true }), 'enter')).toBe(false);
  });

  it('email (mod-enter): Ctrl+Enter or Cmd+Enter sends; Enter alone is a new paragraph', () => {
    expect(isSendKey(key({ ctrlKey: true }), 'mod-enter')).toBe(true);
    expect(isSendKey(key({ metaKey: true }), 'mod-enter')).toBe(true);
    expect(isSendKey(key(), 'mod-enter')).toBe(false);
    expect(isSendKey(key({ ctrlKey: true, shiftKey: true }), 'mod-enter')).toBe(false);
  });

  it('none: no key sends', () => {
    expect(isSendKey(key(), 'none')).toBe(false);
    expect(isSendKey(key({ ctrlKey: true }), 'none')).toBe(false);
  });

  it('ignores Enter while an IME composes (isComposing, or keyCode 229 as Safari reports it) and other keys', () => {
    expect(isSendKey(key({ isComposing: true }), 'enter')).toBe(false);
    expect(isSendKey(key({ keyCode: 229 }), 'enter')).toBe(false);
    expect(isSendKey(key({ key: 'a' }), 'enter')).toBe(false);
    expect(isSendKey(key({ key: 'Tab', ctrlKey: true }), 'mod-enter')).toBe(false);
  });
});

describe('send buttons', () => {
  it('a click anywhere inside a send button (its icon) counts; a rejected selector matches nothing', () => {
    document.body.innerHTML = '<button aria-label="Enviar"><span><svg></svg></span></button><button aria-label="Adjuntar"><i></i></button>';
    const [send, attach] = document.querySelectorAll('button');
    const path = (el: Element) => {
      const out: EventTarget[] = [];
      for (let at: Element | null = el; at; at = at.parentElement) out.push(at);
      return out;
    };
    expect(sendButtonOn(path(send!.querySelector('svg')!), ['button[aria-label="Enviar"]'])).toBe(send);
    expect(sendButtonOn(path(attach!.querySelector('i')!), ['button[aria-label="Enviar"]'])).toBeUndefined();
    expect(sendButtonOn(path(send!), ['button[[broken'])).toBeUndefined();
    expect(sendButtonOn(path(send!), undefined)).toBeUndefined();
  });

  it('nearest: the candidate that shares the closest ancestor', () => {
    document.body.innerHTML = '<div id="a"><p id="box-a"></p><b id="send-a"></b></div><div id="b"><p id="box-b"></p><b id="send-b"></b></div>';
    const sends = [...document.querySelectorAll('b')];
    expect(nearest(document.getElementById('box-b')!, sends)?.id).toBe('send-b');
    expect(nearest(document.getElementById('box-a')!, sends)?.id).toBe('send-a');
    expect(nearest(document.getElementById('box-a')!, [])).toBeUndefined();
  });
});
