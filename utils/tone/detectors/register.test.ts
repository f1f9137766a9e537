import { describe, expect, it } from 'vitest';
import { runRule, texts } from '../testing';

const usted = { kind: 'register', expected: 'usted' };

describe('register', () => {
  it('passes a draft written to «usted»', () => {
    const f = runRule(usted, 'Le confirmo que puede cambiar la dirección. Escríbanos si lo necesita. Disculpe las molestias.');
    expect(f.state).toBe('pass');
    expect(texts(f)).toEqual(['Escríbanos', 'Disculpe']);
  });

  it('flags tú pronouns, possessives and verb forms', () => {
    expect(texts(runRule(usted, 'Puedes cambiar tu dirección.'))).toEqual(['Puedes', 'tu']);
    expect(texts(runRule(usted, 'Si tienes dudas, estás a tiempo.'))).toEqual(['tienes', 'estás']);
    expect(texts(runRule(usted, '¿Recibiste el paquete? Te lo enviamos ayer.'))).toEqual(['Recibiste', 'Te']);
  });

  it('tells tú imperatives from usted ones: «escríbenos» / «escríbanos», «cuéntanos» / «cuéntenos», «dime» / «dígame»', () => {
    expect(runRule(usted, 'Escríbenos y cuéntanos.').state).toBe('fail');
    expect(runRule(usted, 'Dime qué necesitas.').state).toBe('fail');
    expect(runRule(usted, 'Escríbanos y cuéntenos. Dígame qué necesita.').state).toBe('pass');
  });

  it('flags mixing with evidence of both sides, in order', () => {
    const f = runRule(usted, 'Le confirmo que hemos trasladado su caso. Ellos te llamarán mañana.');
    expect(f.state).toBe('fail');
    expect(texts(f)).toEqual(['Le', 'su', 'te']);
    expect(f.message).toMatch(/Mezcla/);
  });

  it('does not mistake «té» (tea), «estas» (these) or «daños» for tú', () => {
    expect(runRule(usted, 'Le enviamos un té de regalo y estas dos tazas por los daños.').state).toBe('pass');
  });

  it('reads accent-less drafts', () => {
    expect(runRule(usted, 'hola, si quieres te lo cambio').state).toBe('fail');
  });

  it('ignores tú forms in the quoted earlier message', () => {
    expect(runRule(usted, 'Le ayudamos ahora mismo.\n> ¿Me lo devolvéis o no? Te lo pido ya.').state).toBe('pass');
  });

  it('with `expected: "tú"` flags usted; with no expectation only flags mixing', () => {
    expect(runRule({ kind: 'register', expected: 'tú' }, 'Escríbanos, por favor.').state).toBe('fail');
    expect(runRule({ kind: 'register', expected: 'tú' }, 'Escríbenos, porfa.').state).toBe('pass');
    expect(runRule({ kind: 'register' }, 'Escríbenos, porfa.').state).toBe('pass');
    expect(runRule({ kind: 'register' }, 'Disculpe. Escríbenos.').state).toBe('fail');
  });

  it('is not applicable outside Spanish', () => {
    expect(runRule(usted, 'You can do it.', { locale: 'en' }).state).toBe('na');
  });
});
