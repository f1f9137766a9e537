import { describe, expect, it } from 'vitest';
import { runRule, texts } from '../testing';

const rule = { kind: 'signature' };
const sign = (text: string, locale = 'es') => runRule(rule, text, { locale, channels: ['email'] });

describe('signature', () => {
  it('finds the name and team lines after the sign-off', () => {
    const f = sign('Hola:\n\nYa está.\n\nUn cordial saludo,\nDaniel Ortega\nAtención al cliente de Telepuppy');
    expect(f.state).toBe('pass');
    expect(texts(f)).toEqual(['Daniel Ortega', 'Atención al cliente de Telepuppy']);
  });

  it.each([
    ['Saludos,\nM. Gómez', 'M. Gómez'],
    ['Best,\nThe Parcelly Team', 'The Parcelly Team'],
    ['Take care, Jo', 'Jo'],
    ['Regards,\nReturns Department', 'Returns Department'],
    ['Gracias,\nana@telepuppy.es', 'ana@telepuppy.es'],
  ])('«%s» is signed', (tail, evidence) => {
    expect(texts(sign(`Hello.\n\n${tail}`, 'en'))).toContain(evidence);
  });

  it('a sign-off alone, or a body sentence, is not a signature', () => {
    expect(sign('Hola Inés,\n\nSupongo que se hará pronto.\n\nUn saludo').state).toBe('fail');
    expect(sign('James,\n\nYour order is delayed.\n\nRegards', 'en').state).toBe('fail');
    expect(sign('Hola, Pedro. Dinos algo y lo dejamos hecho.').state).toBe('fail');
  });

  it('ignores a signature in the quoted earlier message', () => {
    expect(sign('Ya está.\n\nEl 3 may 2026, Ana <a@b.es> escribió:\n> Un saludo,\n> Ana Pérez').state).toBe('fail');
  });

  it('applies to email only', () => {
    expect(runRule(rule, 'Hola. Ana', { channel: 'chat', channels: ['email'] }).state).toBe('na');
  });
});
