import { describe, expect, it } from 'vitest';
import { prepareDraft } from './draft';
import { compilePhrases, findPhrases } from './phrases';

const find = (text: string, phrases: string[], negation = false) =>
  findPhrases(prepareDraft(text, 'es'), compilePhrases(phrases), { negation }).map((m) => text.slice(m.start, m.end));

describe('findPhrases', () => {
  it('matches accent- and case-insensitively on word boundaries, with ranges in the original text', () => {
    expect(find('Lo recibirá MAÑANA, o pasado manana.', ['mañana'])).toEqual(['MAÑANA', 'manana']);
    expect(find('Las mañanitas', ['mañana'])).toEqual([]);
    expect(find('Buenos Días, Sra. García', ['buenos dias'])).toEqual(['Buenos Días']);
  });

  it('handles Spanish inflection: plurals and participle gender, but not verb persons', () => {
    expect(find('Le pido mil disculpas.', ['disculpa'])).toEqual(['disculpas']);
    expect(find('Estimadas clientas:', ['estimado'])).toEqual(['Estimadas']);
    expect(find('Su incidencia ya está resuelta.', ['ya está resuelto'])).toEqual(['ya está resuelta']);
    expect(find('Queremos que se sienta cómodo.', ['siento'])).toEqual([]);
    expect(find('Le saluda Ana.', ['saludos'])).toEqual([]);
  });

  it('does not run a phrase across a sentence end', () => {
    expect(find('Un saludo. Cordial', ['saludo cordial'])).toEqual([]);
  });

  it('keeps the longest of overlapping matches', () => {
    expect(find('Lo siento mucho.', ['siento', 'lo siento'])).toEqual(['Lo siento']);
  });

  it('with negation, drops denied phrases but keeps phrases that carry their own negation', () => {
    expect(find('No lo siento.', ['lo siento'], true)).toEqual([]);
    expect(find('No, lo siento.', ['lo siento'], true)).toEqual(['lo siento']);
    expect(find('No dude en escribirnos.', ['no dude en'], true)).toEqual(['No dude en']);
  });
});
