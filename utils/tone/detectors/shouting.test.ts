import { describe, expect, it } from 'vitest';
import { runRule, texts } from '../testing';

const rule = { kind: 'shouting' };

describe('shouting', () => {
  it('flags ALL-CAPS words of four or more letters and stacked marks', () => {
    const f = runRule(rule, 'Le recuerdo que NO realizamos DEVOLUCIONES!!! ¿¿¿Entendido???');
    expect(f.state).toBe('fail');
    expect(texts(f)).toEqual(['DEVOLUCIONES', '!!!', '¿¿¿', '???']);
  });

  it('flags «¡¡HOLA!!» and accented capitals', () => {
    expect(texts(runRule(rule, '¡¡HOLA!! ENVÍO GRATIS'))).toEqual(['¡¡', 'HOLA', '!!', 'ENVÍO', 'GRATIS']);
  });

  it('allows acronyms, the pack dictionary, codes with digits, addresses and single marks', () => {
    expect(runRule(rule, 'Su IBAN y el CSAT. Pedido 1Z999AA10123456784. Escriba a SOPORTE@EXAMPLE.COM. ¡Gracias! ¿Sí?', { dictionary: ['CSAT'] }).state).toBe('pass');
    expect(runRule(rule, '¿Le parece bien?! OK, DNI y SMS.').state).toBe('pass');
  });

  it('ignores the customer shouting in the quoted message', () => {
    expect(runRule(rule, 'Lo revisamos hoy.\n> ESTOY HARTO!!!').state).toBe('pass');
  });
});
