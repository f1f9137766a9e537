import { describe, expect, it } from 'vitest';
import { runRule, texts } from '../testing';

const es = { kind: 'apology', phrases: ['lo siento', 'siento', 'lamento', 'lamentamos', 'disculpas', 'perdón'] };
const en = { kind: 'apology', phrases: ['sorry', 'apologise', 'apologize', 'apologies'] };
const complaint = { situation: 'queja' as const, situations: ['queja' as const] };

describe('apology', () => {
  it('finds an apology, accents and inflection aside', () => {
    expect(texts(runRule(es, 'Lamentamos mucho el retraso.', complaint))).toEqual(['Lamentamos']);
    expect(texts(runRule(es, 'Le pido mil disculpas.', complaint))).toEqual(['disculpas']);
    expect(texts(runRule(es, 'Perdon por la espera.', complaint))).toEqual(['Perdon']);
    expect(runRule(es, 'Siento no poder ayudarle más.', complaint).state).toBe('pass');
  });

  it('does not count a negated apology', () => {
    expect(runRule(es, 'No lo siento: es su culpa.', complaint).state).toBe('fail');
    expect(runRule(es, 'No lamentamos nada.', complaint).state).toBe('fail');
    expect(runRule(en, "We won't apologise for our policy.", { ...complaint, locale: 'en' }).state).toBe('fail');
  });

  it('«me siento» or «que se sienta» are not apologies', () => {
    expect(runRule(es, 'Queremos que se sienta cómodo.', complaint).state).toBe('fail');
  });

  it('applies only to complaints', () => {
    expect(runRule(es, 'Hola.', { situation: 'informacion', situations: ['queja'] }).state).toBe('na');
  });
});
