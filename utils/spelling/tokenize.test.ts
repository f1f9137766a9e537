import { describe, expect, it } from 'vitest';
import { foldWord, maskNonProse, tokenize } from './tokenize';

const words = (text: string) => tokenize(text).map((t) => t.text);
const checked = (text: string) => tokenize(text).filter((t) => !t.skip).map((t) => t.text);

describe('tokenize', () => {
  it('keeps accents, ñ, ü and decomposed accents inside words, with offsets into the draft', () => {
    const text = 'Mañana enviaremos la cigüeña a Logroño; Está bien.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['Mañana', 'enviaremos', 'la', 'cigüeña', 'a', 'Logroño', 'Está', 'bien']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    const decomposed = 'Esta\u0301 bien';
    expect(words(decomposed)).toEqual(['Esta\u0301', 'bien']);
  });

  it('joins inner apostrophes and hyphens, drops trailing ones', () => {
    expect(words("I don't know, it's the customer’s e-mail: teórico-práctico, 'hola'")).toEqual([
      'I', "don't", 'know', "it's", 'the', 'customer’s', 'e-mail', 'teórico-práctico', 'hola',
    ]);
  });

  it('leaves out URLs, e-mail addresses, mentions, hashtags, numbers, order ids, paths and domains', () => {
    const text = 'Vea https://ayuda.example.com/pedido?id=7 o www.tienda.es, escriba a soporte@tienda.es o @TiendaSoporte #ayuda. Pedido A-12345, 3x, 12/05, C:\\temp, tienda.es y p.ej. nada';
    expect(checked(text)).toEqual(['Vea', 'escriba', 'Pedido', 'nada']);
  });

  it('skips single letters, ALL-CAPS and inner capitals (acronyms, brands)', () => {
    const tokens = tokenize('Le envío el PDF y el SMS de iPhone y WhatsApp, y una X.');
    expect(tokens.filter((t) => t.skip).map((t) => [t.text, t.skip])).toEqual([
      ['PDF', 'caps'], ['y', 'short'], ['SMS', 'caps'], ['iPhone', 'mixed-case'], ['y', 'short'], ['WhatsApp', 'mixed-case'], ['y', 'short'], ['X', 'short'],
    ]);
  });

  it('ignores quoted earlier messages and the signature', () => {
    const draft = 'Hola Ana, ya esta resuelto.\n\n-- \nAna Pérez\nSoprte técnico\n\nEl 12 may 2026, Cliente <c@x.com> escribió:\n> no funsiona nada';
    expect(words(draft)).toEqual(['Hola', 'Ana', 'ya', 'esta', 'resuelto']);
    const quoted = 'Gracias.\n> texto citado con herrores';
    expect(maskNonProse(quoted)).toHaveLength(quoted.length);
    expect(words(quoted)).toEqual(['Gracias']);
  });

  it('marks sentence starts (after . ! ? ¿ ¡ : a line break or opening quotes)', () => {
    const tokens = tokenize('Hola, Ana. ¿Recibió el «Pedido»?\nGracias: Saludos');
    expect(tokens.filter((t) => t.sentenceStart).map((t) => t.text)).toEqual(['Hola', 'Recibió', 'Gracias', 'Saludos']);
  });

  it('folds case and accents for matching', () => {
    expect(foldWord('Está')).toBe('esta');
    expect(foldWord('AÚN')).toBe('aun');
  });
});

describe('one-letter words', () => {
  it('checks an accented «ó» (the conjunction misspelled) but no other single letter', () => {
    const tokens = tokenize('Tardará 3 ó 4 días, o 5; punto a.');
    expect(tokens.filter((t) => !t.skip).map((t) => t.text)).toEqual(['Tardará', 'ó', 'días', 'punto']);
  });
});
