import { afterEach, describe, expect, it } from 'vitest';
import { revert } from './index';

/** A textarea whose document's undo and redo do what the test says: the browser's own history, modelled. */
function field(value: string, history: { undo?: (el: HTMLTextAreaElement) => void; redo?: (el: HTMLTextAreaElement) => void }) {
  const el = document.createElement('textarea');
  el.value = value;
  document.body.append(el);
  const calls: string[] = [];
  // happy-dom has no execCommand: the document gets one for the test.
  Object.defineProperty(document, 'execCommand', {
    configurable: true,
    value: (command: string) => {
      calls.push(command);
      if (command === 'undo') history.undo?.(el);
      if (command === 'redo') history.redo?.(el);
      return true;
    },
  });
  return { el, calls };
}

afterEach(() => {
  delete (document as { execCommand?: unknown }).execCommand;
  document.body.replaceChildren();
});

describe('revert (a change that was not the reply)', () => {
  it('an undo that brings back the draft as it was is kept', async () => {
    const { el, calls } = field('Hola. Algo ', { undo: (e) => void (e.value = 'Hola. Algo ;hola') });
    await revert(el, 'Hola. Algo ;hola');
    expect(el.value).toBe('Hola. Algo ;hola');
    expect(calls).toEqual(['undo']);
  });

  it('an undo that takes back more than the change (the agent’s own typing) is redone, and nothing more is tried', async () => {
    const { el, calls } = field('Hola. Algo ', { undo: (e) => void (e.value = ''), redo: (e) => void (e.value = 'Hola. Algo ') });
    const keys: string[] = [];
    el.addEventListener('keydown', (e) => keys.push(e.key));
    await revert(el, 'Hola. Algo ;hola');
    expect(el.value).toBe('Hola. Algo ');
    // The editor's own Ctrl+Z was tried first (it did nothing here); the browser's undo went too far and was redone.
    expect(keys).toEqual(['z']);
    expect(calls).toEqual(['undo', 'redo']);
  });

  it('the editor’s own undo (Ctrl+Z) goes before the browser’s, which is then never touched', async () => {
    const { el, calls } = field('Hola. Algo ', { undo: (e) => void (e.value = '') });
    el.addEventListener('keydown', (e) => {
      if (e.ctrlKey && e.key === 'z') el.value = 'Hola. Algo ;hola';
    });
    await revert(el, 'Hola. Algo ;hola');
    expect(el.value).toBe('Hola. Algo ;hola');
    expect(calls).toEqual([]);
  });
});
