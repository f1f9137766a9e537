import { describe, expect, it } from 'vitest';
import { insertWithChain } from './index';

// happy-dom has no execCommand: these exercise the native-setter path React-controlled fields rely on.
function field(html: string): HTMLTextAreaElement | HTMLInputElement {
  document.body.innerHTML = html;
  return document.body.firstElementChild as HTMLTextAreaElement;
}

describe('text-field strategy', () => {
  it('inserts at the caret, replacing the selection, and fires input', async () => {
    const el = field('<textarea>Hola PALABRA adiós</textarea>') as HTMLTextAreaElement;
    let inputs = 0;
    el.addEventListener('input', () => inputs++);
    el.focus();
    el.setSelectionRange(5, 12);
    const result = await insertWithChain(el, 'amigo', null);
    expect(result).toEqual({ ok: true, strategy: 'text-field' });
    expect(el.value).toBe('Hola amigo adiós');
    expect(el.selectionStart).toBe(10);
    expect(inputs).toBe(1);
  });

  it('refuses a reply that does not fit maxlength and leaves the field as it was', async () => {
    const el = field('<textarea maxlength="10">Hola</textarea>');
    el.focus();
    el.setSelectionRange(4, 4);
    expect(await insertWithChain(el, ' y muchas gracias', null)).toMatchObject({ ok: false, reason: 'too-long' });
    expect(el.value).toBe('Hola');
  });

  it('puts a multi-line reply on one line in an <input>', async () => {
    const el = field('<input type="text" value="">');
    el.focus();
    expect((await insertWithChain(el, 'Hola.\n\nGracias.', null)).ok).toBe(true);
    expect(el.value).toBe('Hola. Gracias.');
  });

  it('never writes into a password field', async () => {
    const el = field('<input type="password" value="">');
    el.focus();
    expect(await insertWithChain(el, 'secreto', null)).toMatchObject({ ok: false, reason: 'not-verified' });
    expect(el.value).toBe('');
  });
});
