import { describe, expect, it } from 'vitest';
import { runRule, texts } from '../testing';

const blame = {
  kind: 'phrase-absent',
  phrases: ['como ya le dije', 'no se puede', 'cálmese'],
  alternatives: { 'como ya le dije': 'como le comentaba', 'no se puede': 'no nos es posible, pero podemos' },
  unlessFollowedBy: { 'no se puede': ['pero', 'sin embargo'] },
};

describe('phrase-absent', () => {
  it('passes when none of the phrases appears', () => {
    expect(runRule(blame, 'Le comento las opciones.')).toMatchObject({ state: 'pass', evidence: [] });
  });

  it('fails with the phrases as evidence and the alternatives as replacements, keeping the capital', () => {
    const text = 'Como ya le dije, calmese. No se puede.';
    const f = runRule(blame, text);
    expect(f.state).toBe('fail');
    expect(texts(f)).toEqual(['Como ya le dije', 'calmese', 'No se puede']);
    expect(f.suggestions).toEqual([
      { start: 0, end: 15, replacement: 'Como le comentaba' },
      { start: 26, end: 37, replacement: 'No nos es posible, pero podemos' },
    ]);
  });

  it('keeps an acronym lower-case in mid-sentence, and capitalises it where it opens a sentence', () => {
    const jargon = { kind: 'phrase-absent', phrases: ['sla'], alternatives: { sla: 'plazo de respuesta' } };
    const fix = (text: string) => runRule(jargon, text).suggestions?.map((s) => s.replacement);
    expect(fix('Cumplimos el SLA de 24 horas.')).toEqual(['plazo de respuesta']);
    expect(fix('Gracias. SLA cumplido.')).toEqual(['Plazo de respuesta']);
    expect(fix('SLA cumplido.')).toEqual(['Plazo de respuesta']);
  });

  it('does not take a negated phrase for the phrase: «no es su culpa», "it\'s not your fault"', () => {
    const rule = { kind: 'phrase-absent', phrases: ['es su culpa', 'your fault', 'no se puede'] };
    expect(runRule(rule, 'No es su culpa, y lo vamos a resolver hoy.').state).toBe('pass');
    expect(runRule(rule, "It's not your fault. It isn't your fault either, and it was never your fault.").state).toBe('pass');
    expect(texts(runRule(rule, 'Es su culpa. No, es su culpa.'))).toEqual(['Es su culpa', 'es su culpa']);
    expect(texts(runRule(rule, 'No se puede.'))).toEqual(['No se puede']);
  });

  it('excuses «no se puede» followed by an alternative in the same or the next sentence', () => {
    expect(runRule(blame, 'No se puede adelantar el envío, pero podemos mandarlo urgente.').state).toBe('pass');
    expect(runRule(blame, 'No se puede adelantar. Sin embargo, hay otra opción.').state).toBe('pass');
    expect(runRule(blame, 'No se puede adelantar. Lo siento. Pero gracias.').state).toBe('fail');
  });

  it('does not look inside quoted earlier messages', () => {
    expect(runRule(blame, 'Le ayudo ahora mismo.\n> ¡Cálmese usted!').state).toBe('pass');
  });
});
