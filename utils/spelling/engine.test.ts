import { describe, expect, it } from 'vitest';
import { editCosts } from './costs';
import { WordList } from './engine';
import { weightedDistance } from './suggest';
import { testEngine } from './testing';

const engine = testEngine();
const es = (w: string, extra?: WordList) => engine.verdict('es', w, extra);
const top = (w: string, lang: 'es' | 'en' = 'es') => engine.suggest(lang, w);

describe('dictionary look-up', () => {
  it('accepts words as written, capitalised or in capitals, and rejects lower-case proper nouns', () => {
    for (const w of ['casa', 'Casa', 'CASA', 'está', 'Madrid', 'MADRID', 'cigüeña', 'año']) expect(engine.isCorrect('es', w), w).toBe(true);
    for (const w of ['madrid', 'ano ', 'pinguino', 'cAsa']) expect(engine.isCorrect('es', w), w).toBe(false);
  });

  it('accepts the one-letter words in capitals (a sentence opening with «Y» or «A»), not any letter', () => {
    for (const w of ['A', 'Y', 'O', 'E', 'U', 'a', 'y']) expect(engine.isCorrect('es', w), w).toBe(true);
    for (const w of ['B', 'Ñ']) expect(engine.isCorrect('es', w), w).toBe(false);
  });

  it('accepts pronouns joined to infinitives, gerunds and imperatives, not made-up stems', () => {
    for (const w of ['responderle', 'indíquenos', 'hágamelo', 'Permítame', 'apoyándolo', 'dime', 'hazlo', 'envíeselo', 'fidelizarlos']) expect(engine.isCorrect('es', w), w).toBe(true);
    for (const w of ['respondarle', 'indiquenos', 'idolo', 'sóla', 'apoyandolo']) expect(engine.isCorrect('es', w), w).toBe(false);
  });

  it('knows the service vocabulary the stock dictionary lacks, and the pack and personal words', () => {
    for (const w of ['fidelizar', 'fidelización', 'multicanal', 'videollamada', 'chatbot', 'reembolsos', 'omnicanalidad']) expect(engine.isCorrect('es', w), w).toBe(true);
    const extra = new WordList(['Telepuppy', 'fibramax']);
    expect(engine.isCorrect('es', 'Telepuppy', extra)).toBe(true);
    expect(engine.isCorrect('es', 'TELEPUPPY', extra)).toBe(true);
    expect(engine.isCorrect('es', 'telepuppy', extra)).toBe(false); // a brand keeps its capital
    expect(engine.isCorrect('es', 'Fibramax', extra)).toBe(true);
    expect(engine.isCorrect('es', 'fibramax')).toBe(false);
  });

  it('checks each part of a hyphenated word', () => {
    expect(engine.isCorrect('es', 'teórico-práctico')).toBe(true);
    expect(engine.isCorrect('es', 'teórico-practco')).toBe(false);
  });
});

describe('verdicts beyond the dictionary (Spanish)', () => {
  it('flags a dictionary word whose accented twin is far more common, accent first', () => {
    // «numero», «publico»: verbs, but as written mostly the noun without its accent (six times rarer in the list).
    for (const [w, twin] of [['ademas', 'además'], ['sera', 'será'], ['mio', 'mío'], ['unicamente', 'únicamente'], ['Ademas', 'Además'], ['numero', 'número'], ['publico', 'público']] as const) {
      expect(es(w), w).toMatchObject({ ok: false, kind: 'accent', rule: 'missing-accent' });
      expect((es(w) as { suggestions: string[] }).suggestions[0]).toBe(twin);
    }
  });

  it('leaves verb forms beside an accented preterite or future alone: only the sentence tells them apart', () => {
    for (const w of ['enviara', 'contesto', 'confirmo', 'invite', 'mencione', 'indique', 'funcionara', 'esperara']) expect(es(w), w).toEqual({ ok: true });
  });

  it('leaves verbs beside accented nouns, and everyday pairs, alone', () => {
    for (const w of ['practica', 'formula', 'critica', 'continuo', 'esta', 'solo', 'tu', 'termino', 'limite']) expect(es(w), w).toEqual({ ok: true });
  });

  it('flags accents a one-syllable word must not have, the 2010 rules included', () => {
    expect(es('guión')).toEqual({ ok: false, kind: 'accent', suggestions: ['guion'], rule: 'monosyllable-accent' });
    for (const [w, plain] of [['fué', 'fue'], ['dió', 'dio'], ['pié', 'pie'], ['séis', 'seis'], ['Fué', 'Fue']] as const) {
      expect(es(w), w).toEqual({ ok: false, kind: 'accent', suggestions: [plain], rule: 'monosyllable-accent' });
    }
    for (const w of ['tú', 'más', 'qué', 'río', 'aún']) expect(es(w), w).toEqual({ ok: true });
    // Never the other way round: «guion» is right, and no suggestion offers a spelling this rule would flag.
    expect(es('guion')).toEqual({ ok: true });
    for (const w of ['rio', 'guiom', 'crio', 'fue']) {
      const v = es(w);
      const offered = v.ok ? [] : v.suggestions;
      expect(offered.filter((s) => ['rió', 'guión', 'crió', 'fué'].includes(s)), w).toEqual([]);
    }
    expect(es('sólo')).toEqual({ ok: true });
  });
});

describe('ranking', () => {
  it('puts the missing accent first', () => {
    for (const [w, right] of [['tambien', 'también'], ['despues', 'después'], ['rapidas', 'rápidas'], ['telefono', 'teléfono'], ['Tambien', 'También'], ['TAMBIEN', 'TAMBIÉN']] as const) {
      expect(top(w)[0], w).toBe(right);
    }
  });

  it('ranks by how people misspell Spanish: b/v, g/j, c/z/s, ll/y, h, qu/k, ch/x, a dropped c', () => {
    const expected: Array<[string, string]> = [
      ['jente', 'gente'], ['protejer', 'proteger'], ['atravezar', 'atravesar'], ['llendo', 'yendo'], ['aogado', 'ahogado'], ['kiero', 'quiero'],
      ['qiero', 'quiero'], ['aprobechar', 'aprovechar'], ['hechar', 'echar'], ['exelente', 'excelente'], ['muha', 'mucha'], ['duxa', 'ducha'],
      ['pasao', 'pasado'], ['retrazo', 'retraso'], ['reembolzo', 'reembolso'], ['paciensia', 'paciencia'],
    ];
    for (const [w, right] of expected) expect(top(w)[0], w).toBe(right);
  });

  it('prefers the common word among equally close ones (frequency)', () => {
    // «muha»: «mucha», not «muca»; «hya»: a common word first.
    expect(top('muha')[0]).toBe('mucha');
    expect(['ya', 'hay', 'ha']).toContain(top('hya')[0]);
  });

  it('gives at most five suggestions, never the word itself, in the word’s case', () => {
    const s = top('Qiero');
    expect(s.length).toBeLessThanOrEqual(5);
    expect(s[0]).toBe('Quiero');
    expect(s).not.toContain('Qiero');
  });

  it('suggests pack and personal words too', () => {
    expect(engine.suggest('es', 'Telepupy', new WordList(['Telepuppy']))[0]).toBe('Telepuppy');
  });

  it('works in English', () => {
    expect(top('recieve', 'en')[0]).toBe('receive');
    expect(top('teh', 'en')[0]).toBe('the');
    expect(engine.isCorrect('en', "don't")).toBe(true);
    expect(engine.isCorrect('en', 'don’t')).toBe(true);
  });

  it('weights edits: an accent costs little, a neighbouring key less than any key', () => {
    const costs = editCosts('es');
    expect(weightedDistance('cancion', 'canción', costs)).toBeLessThan(0.2);
    expect(weightedDistance('vaso', 'baso', costs)).toBeLessThan(0.5);
    expect(weightedDistance('casa', 'cada', costs)).toBeLessThan(weightedDistance('casa', 'cava', costs));
    expect(weightedDistance('casa', 'casa', costs)).toBe(0);
  });
});
