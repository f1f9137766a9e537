import { describe, expect, it } from 'vitest';
import { runRule, texts } from '../testing';

const rule = { kind: 'sentence-length', maxMean: { chat: 15, social: 20, email: 25 }, maxLongest: { chat: 25, social: 30, email: 40 } };
const long = 'Hemos recibido su reclamación y tras revisar el historial del pedido y las fotografías que nos adjuntó le informamos de que los desperfectos deben comunicarse en las primeras veinticuatro horas desde la entrega y en su caso se comunicaron cinco días después.';

describe('sentence-length', () => {
  it('passes short sentences, with the longest as evidence', () => {
    const f = runRule(rule, 'Hola, Marta:\n\nEntiendo su problema. Vamos a buscar la solución rápidamente.\n\nUn saludo,\nAna');
    expect(f.state).toBe('pass');
    expect(texts(f)).toEqual(['Vamos a buscar la solución rápidamente.']);
  });

  it('fails a sentence longer than the channel allows, and says by how much', () => {
    const f = runRule(rule, `Hola:\n\n${long}\n\nUn saludo.`);
    expect(f.state).toBe('fail');
    expect(texts(f)).toEqual([long]);
    expect(f.message).toMatch(/4\d/);
  });

  it('writes the figures as the language does: a decimal comma in Spanish', () => {
    const strict = { kind: 'sentence-length', maxMean: 3, maxLongest: 30 };
    const draft = 'Le enviamos el pedido. Llegará a su casa mañana.';
    expect(runRule(strict, draft).message).toBe('Media de 4,5 palabras por frase (máx. 3); la más larga, 5 (máx. 30).');
    expect(runRule(strict, 'We sent your order. It will reach you tomorrow.', { locale: 'en' }).message).toBe(
      '4.5 words per sentence on average (max 3); the longest has 5 (max 30).',
    );
  });

  it('is stricter on chat: the mean counts', () => {
    const twenty = 'Le confirmo que el pedido saldrá del almacén esta tarde y que lo recibirá en su casa mañana por la mañana sin falta.';
    expect(runRule(rule, twenty, { channel: 'email' }).state).toBe('pass');
    expect(runRule(rule, twenty, { channel: 'chat' }).state).toBe('fail');
  });
});
