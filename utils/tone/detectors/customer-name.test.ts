import { describe, expect, it } from 'vitest';
import { runRule, texts } from '../testing';

const rule = { kind: 'customer-name' };

describe('customer-name', () => {
  it('finds the first name or the surname, accents and case aside', () => {
    expect(texts(runRule(rule, 'Hola Sofia, gracias.', { customerName: 'Sofía Navarro' }))).toEqual(['Sofia']);
    expect(texts(runRule(rule, 'Estimada Sra. NAVARRO:', { customerName: 'Sofía Navarro' }))).toEqual(['NAVARRO']);
    expect(runRule(rule, 'hola nuria, soy tomás', { customerName: 'Nuria' }).state).toBe('pass');
  });

  it('fails without the name; titles do not count', () => {
    expect(runRule(rule, 'Estimada Sra.:', { customerName: 'Sra. Navarro' }).state).toBe('fail');
  });

  it('is not applicable without a customer name', () => {
    expect(runRule(rule, 'Hola.').state).toBe('na');
  });
});
