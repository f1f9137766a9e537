import { describe, expect, it } from 'vitest';
import { prepareDraft } from './draft';
import { toLang } from './lang';
import { isNegated } from './negation';

function negated(text: string, word: string, locale = 'es') {
  const draft = prepareDraft(text, toLang(locale));
  const i = draft.tokens.findIndex((t) => t.norm === word);
  return isNegated(draft, i);
}

describe('isNegated', () => {
  it('sees «no» a few words back, past clitics and auxiliaries', () => {
    expect(negated('No lo siento.', 'lo')).toBe(true);
    expect(negated('El proveedor no nos ha dado una fecha de entrega.', 'fecha')).toBe(true);
    expect(negated('Nunca le pedimos disculpas.', 'disculpas')).toBe(true);
    expect(negated("We won't apologise for that.", 'apologise', 'en')).toBe(true);
  });

  it('stops at punctuation and at «pero»', () => {
    expect(negated('No, gracias a usted.', 'gracias')).toBe(false);
    expect(negated('No es posible, pero lo siento mucho.', 'siento')).toBe(false);
    expect(negated('No es posible pero lo siento.', 'siento')).toBe(false);
  });

  it('treats «si no…» and «if … don\'t» as a condition, not a denial', () => {
    expect(negated('Si no lo recibe el lunes, escríbanos.', 'lunes')).toBe(false);
    expect(negated("If you don't get it by Friday, write to us.", 'friday', 'en')).toBe(false);
  });

  it('has a reach of five words', () => {
    expect(negated('No hace falta que nos pida disculpas.', 'disculpas')).toBe(false);
  });
});

describe('isNegated: limits are not denials', () => {
  it('«no más tarde del lunes», «not until Monday», «no later than Friday»', () => {
    expect(negated('Llegará no más tarde del lunes.', 'lunes')).toBe(false);
    expect(negated('No llegará hasta el lunes.', 'lunes')).toBe(false);
    expect(negated("It won't arrive until Monday.", 'monday', 'en')).toBe(false);
    expect(negated('Delivered no later than Friday.', 'friday', 'en')).toBe(false);
  });
});
