import { describe, expect, it } from 'vitest';
import { runRule, texts } from '../testing';

const greeting = { kind: 'greeting-start', phrases: ['hola', 'buenos días', 'estimado'] };

describe('greeting-start', () => {
  it('finds a greeting among the first words, inflected and without accents', () => {
    expect(texts(runRule(greeting, 'Buenos dias, Sra. García:\n\nLe escribo…'))).toEqual(['Buenos dias']);
    expect(texts(runRule(greeting, 'Estimadas clientas:'))).toEqual(['Estimadas']);
    expect(runRule(greeting, 'Sra. García, buenos días.').state).toBe('pass');
  });

  it('fails when the greeting comes late or not at all', () => {
    expect(runRule(greeting, 'Le escribo por su pedido de ayer y, por cierto, hola.').state).toBe('fail');
    expect(runRule(greeting, 'Jorge,\n\nSu pedido está retrasado.').state).toBe('fail');
  });

  it('starts after a quoted earlier message at the top', () => {
    expect(runRule(greeting, '> Cliente escribió: ¿y mi pedido?\nHola, Fernando.').state).toBe('pass');
  });
});
