import { describe, expect, it } from 'vitest';
import { insertWithChain } from './index';

/** A rich editor's root that takes inserts from one kind of event only, as `accepts` says, and logs what it got. */
function editor(attribute: string, accepts: 'paste' | 'beforeinput') {
  document.body.innerHTML = `<div contenteditable="true" ${attribute}>Hola </div>`;
  const el = document.body.firstElementChild as HTMLElement;
  const seen: string[] = [];
  el.addEventListener('paste', (event) => {
    seen.push('paste');
    if (accepts !== 'paste') return;
    event.preventDefault();
    el.textContent += (event as ClipboardEvent).clipboardData!.getData('text/plain');
  });
  el.addEventListener('beforeinput', (event) => {
    const { inputType, dataTransfer } = event as InputEvent;
    seen.push(inputType);
    if (accepts !== 'beforeinput') return;
    event.preventDefault();
    el.textContent += dataTransfer!.getData('text/plain');
  });
  el.focus();
  return { el, seen };
}

describe('the insertion chain and beforeinput', () => {
  it('gives Slate the text as beforeinput first, the one input on which slate-react reads the DOM selection', async () => {
    const { el, seen } = editor('data-slate-editor="true"', 'beforeinput');
    expect(await insertWithChain(el, 'gracias.', null)).toEqual({ ok: true, strategy: 'slate-before-input' });
    expect(seen).toEqual(['insertFromPaste']);
    expect(el.textContent).toBe('Hola gracias.');
  });

  it('still pastes into a Slate build that ignores beforeinput', async () => {
    const { el, seen } = editor('data-slate-editor="true"', 'paste');
    expect(await insertWithChain(el, 'gracias.', null)).toEqual({ ok: true, strategy: 'paste-event' });
    expect(seen).toEqual(['insertFromPaste', 'paste']);
  });

  it('pastes into Lexical first, and falls back to beforeinput for builds that ignore a synthetic paste', async () => {
    const pasting = editor('data-lexical-editor="true"', 'paste');
    expect(await insertWithChain(pasting.el, 'gracias.', null)).toEqual({ ok: true, strategy: 'paste-event' });
    expect(pasting.seen).toEqual(['paste']);
    const ignoring = editor('data-lexical-editor="true"', 'beforeinput');
    expect(await insertWithChain(ignoring.el, 'gracias.', null)).toEqual({ ok: true, strategy: 'before-input' });
    expect(ignoring.seen).toEqual(['paste', 'insertFromPaste']);
  });
});
