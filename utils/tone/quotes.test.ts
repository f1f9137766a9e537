import { describe, expect, it } from 'vitest';
import { maskQuoted } from './quotes';

const kept = (text: string) => maskQuoted(text).replace(/\s+/g, ' ').trim();

describe('maskQuoted', () => {
  it('blanks «>» lines and keeps offsets', () => {
    const text = 'Hola, Ana.\n> ¡¡QUIERO MI DINERO!!\n> Ana\nUn saludo.';
    const masked = maskQuoted(text);
    expect(masked).toHaveLength(text.length);
    expect(kept(text)).toBe('Hola, Ana. Un saludo.');
  });

  it('drops everything from «El … escribió:» on', () => {
    const text = 'Gracias, Lucía.\n\nEl 12 may 2026, a las 9:14, Lucía <lucia@example.com> escribió:\nTe escribo porque…\n> nada';
    expect(kept(text)).toBe('Gracias, Lucía.');
  });

  it('drops «On … wrote:», also wrapped over two lines, and forwarded or Outlook headers', () => {
    expect(kept('Thanks!\nOn Mon, 12 May 2026 at 09:14, Emily <emily@example.com>\nwrote:\nI am SO ANGRY')).toBe('Thanks!');
    expect(kept('Best,\nSam\n-----Original Message-----\nFrom: x')).toBe('Best, Sam');
    expect(kept('Un saludo\nDe: Ana Pérez\nEnviado: lunes\nPara: soporte\nAsunto: pedido')).toBe('Un saludo');
  });

  it('leaves a «>» inside a line alone', () => {
    expect(kept('Vaya a Ajustes > Suscripción.')).toBe('Vaya a Ajustes > Suscripción.');
  });
});
