import { describe, expect, it } from 'vitest';
import { checkDraft } from './check';
import { WordList } from './engine';
import { testEngine } from './testing';

const engine = testEngine();
const flagged = (text: string, options: Partial<Parameters<typeof checkDraft>[2]> = {}) =>
  checkDraft(engine, text, { lang: 'es', ...options }).map((i) => `${i.text}:${i.kind}:${i.suggestions[0] ?? ''}`);

describe('checkDraft', () => {
  it('flags misspelled words with offsets into the draft and their best suggestion', () => {
    const text = 'Hola, lamentamos el retrazo de su pedido.';
    const issues = checkDraft(engine, text, { lang: 'es' });
    expect(issues).toEqual([{ start: 20, end: 27, text: 'retrazo', kind: 'spelling', suggestions: expect.arrayContaining(['retraso']), rule: undefined }]);
    expect(issues[0]!.suggestions[0]).toBe('retraso');
    expect(text.slice(issues[0]!.start, issues[0]!.end)).toBe('retrazo');
  });

  it('flags an accent a one-syllable word must not have, the lone «ó» between numbers included', () => {
    expect(flagged('Le llegará en 3 ó 4 días; fué un error nuestro, se lo envío a pié de calle.')).toEqual(['ó:accent:o', 'fué:accent:fue', 'pié:accent:pie']);
    expect(flagged('Sí, él lo sabe: tú decides qué hacer y cuál es más cómodo. Llega en 3 o 4 días.')).toEqual([]);
  });

  it('does not flag the usted subjunctives and first persons of service prose', () => {
    expect(flagged('Le agradeceríamos que nos enviara los datos. Le confirmo que lo reviso hoy y le contesto en cuanto pueda; si lo prefiere, le invito a que nos indique un horario o mencione su número de pedido.')).toEqual([]);
  });

  it('does not flag URLs, e-mails, numbers, order ids, acronyms, brands, quotes or signatures', () => {
    const draft = [
      'Hola, Lucía: su pedido ABC-7781 (ref. 2024/113) sale hoy. Siga el envío en https://tienda.example.com/seguimiento?id=7781',
      'o escríbanos a ayuda@tienda.example.com. Le llamará un técnico de SEUR por WhatsApp o desde su iPhone.',
      '',
      '-- ',
      'Ana Pérez · Soprte',
      '',
      'El 12 may 2026, Lucía <l@x.com> escribió:',
      '> no me funsiona el rooter',
    ].join('\n');
    expect(flagged(draft)).toEqual([]);
  });

  it('accepts abbreviations with their dot, not without', () => {
    expect(flagged('Con ref. 2231 y tlf. de contacto.')).toEqual([]);
    expect(flagged('La ref de su pedido.')).toEqual(['ref:spelling:' + engine.suggest('es', 'ref')[0]]);
  });

  it('takes capitalised unknown words inside a sentence as names, but checks them at a sentence start', () => {
    expect(flagged('Le atenderá Maritza en la tienda de Villaverde.')).toEqual([]);
    expect(flagged('Qiero saber si llegó.')).toEqual(['Qiero:spelling:Quiero']);
  });

  it('never flags the pack dictionary or personal words; ignored words drop out', () => {
    const text = 'Su fibramax y su Telepuppy ya están activos.';
    expect(flagged(text)).toEqual(['fibramax:spelling:' + engine.suggest('es', 'fibramax')[0]]);
    expect(flagged(text, { extra: new WordList(['fibramax', 'Telepuppy']) })).toEqual([]);
    expect(flagged(text, { ignored: new Set(['fibramax']) })).toEqual([]);
  });

  it('adds the accent findings in context, in draft order', () => {
    expect(flagged('¿Como puedo ayudarle? Aun no llega el paquete ademas.')).toEqual(['Como:accent:Cómo', 'Aun:accent:Aún', 'ademas:accent:además']);
  });

  it('leaves English phrases inside a Spanish draft alone, but checks a lone English-looking word', () => {
    expect(flagged('El equipo de customer service le llamará.')).toEqual([]);
    expect(flagged('El equipo de service le llamará.')).toEqual(['service:spelling:' + engine.suggest('es', 'service')[0]]);
  });

  it('checks English drafts with the English dictionary (no Spanish accent rules)', () => {
    expect(flagged('Thank you, we will recieve it tomorow. ¿Como?', { lang: 'en' })).toEqual(['recieve:spelling:receive', 'tomorow:spelling:tomorrow']);
  });
});
