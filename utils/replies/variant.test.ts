import { describe, expect, it } from 'vitest';
import type { Reply } from '@/protocols/types';
import { isSimpleRichText, variantFor } from './variant';

const reply: Pick<Reply, 'body' | 'variants'> = {
  body: 'Gracias por escribirnos.',
  variants: {
    chat: { body: '¡Gracias por escribirnos!', html: '<p>¡Gracias!</p>' },
    email: { body: 'Estimado/a cliente:\n\nGracias por escribirnos.', html: '<p>Estimado/a cliente:</p><p>Gracias por <a href="https://example.com/ayuda">escribirnos</a>.</p>' },
  },
};

describe('variantFor', () => {
  it('takes the channel’s variant, and the reply’s body where there is none', () => {
    expect(variantFor(reply, 'chat').body).toBe('¡Gracias por escribirnos!');
    expect(variantFor(reply, 'social')).toEqual({ body: 'Gracias por escribirnos.' });
    expect(variantFor(reply, undefined)).toEqual({ body: 'Gracias por escribirnos.' });
    expect(variantFor({ body: 'Hola' }, 'email')).toEqual({ body: 'Hola' });
  });

  it('gives chat and social plain text only; email keeps simple rich text', () => {
    expect(variantFor(reply, 'chat')).toEqual({ body: '¡Gracias por escribirnos!' });
    expect(variantFor(reply, 'email')).toEqual(reply.variants!.email);
  });

  it('drops HTML that is not simple rich text, keeping the plain body', () => {
    const risky = { body: 'Hola', variants: { email: { body: 'Hola, Ana', html: '<p onclick="x()">Hola</p>' } } };
    expect(variantFor(risky, 'email')).toEqual({ body: 'Hola, Ana' });
  });

  it('falls back to the body when a variant has no text, and ignores names that are not channels', () => {
    expect(variantFor({ body: 'Hola', variants: { chat: { body: '   ' } } }, 'chat')).toEqual({ body: 'Hola' });
    expect(variantFor({ body: 'Hola', variants: {} }, 'toString' as never)).toEqual({ body: 'Hola' });
  });
});

describe('isSimpleRichText', () => {
  it.each([
    '<p>Hola</p><p>Un saludo,<br>Ana</p>',
    '<p><strong>Importante:</strong> <em>hoy</em></p><ul><li>uno</li></ul>',
    '<a href="mailto:ayuda@example.com">ayuda@example.com</a>',
    'Texto sin etiquetas &amp; con entidades',
  ])('accepts %s', (html) => expect(isSimpleRichText(html)).toBe(true));

  it.each([
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<p style="color:red">Hola</p>',
    '<a href="javascript:alert(1)">clic</a>',
    '<a href="https://example.com" onclick="x()">clic</a>',
    '<!-- comentario -->',
    '<p class="x"',
    'a < b',
    '<svg><p>x</p></svg>',
    '<iframe src="https://example.com"></iframe>',
  ])('rejects %s', (html) => expect(isSimpleRichText(html)).toBe(false));

  it('stays linear on 200 KB of unclosed tags', () => {
    const started = performance.now();
    expect(isSimpleRichText('<p'.repeat(100_000))).toBe(false);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
