import { describe, expect, it } from 'vitest';
import { HOMOGRAPH_RULES, accentedNoun, antepenultAccent, findHomographs, type HomographRuleId } from './homographs';
import { testEngine } from './testing';
import { tokenize } from './tokenize';
import cases from '../../tests/fixtures/spelling/homograph-cases.json';

const engine = testEngine(['es']);
const lexicon = (w: string) => engine.inDictionary('es', w);
const accents = (text: string) => {
  const tokens = tokenize(text);
  return findHomographs(text, tokens, lexicon).map((f) => {
    const first = tokens[f.index]!;
    const last = tokens[f.index + f.count - 1]!;
    return `${text.slice(first.start, last.end)} → ${f.replacement} (${f.rule})`;
  });
};

/** Each rule: drafts where it must fire (the error), and right drafts with the same words where it must not. */
const CASES = cases as unknown as Record<HomographRuleId, { flag: Array<[string, string]>; keep: string[] }>;

describe('accent homographs in context', () => {
  it('has cases for every rule', () => {
    expect(Object.keys(CASES).filter((k) => !k.startsWith('_')).sort()).toEqual([...HOMOGRAPH_RULES].sort());
  });

  for (const rule of HOMOGRAPH_RULES) {
    const { flag, keep } = CASES[rule];
    it(`${rule}: fires where the accent is missing`, () => {
      for (const [text, expected] of flag) expect(accents(text), text).toEqual([`${expected} (${rule})`]);
    });
    it(`${rule}: stays quiet on right Spanish`, () => {
      for (const text of keep) expect(accents(text).filter((a) => a.endsWith(`(${rule})`)), text).toEqual([]);
    });
  }
});

describe('noun-after-determiner candidates (from the dictionary)', () => {
  it('puts the accent on the third-to-last syllable (hiatus, diphthongs, silent u)', () => {
    expect(antepenultAccent('pagina')).toBe('página');
    expect(antepenultAccent('lineas')).toBe('líneas');
    expect(antepenultAccent('triangulo')).toBe('triángulo');
    expect(antepenultAccent('liquido')).toBe('líquido');
    expect(antepenultAccent('casa')).toBeUndefined();
  });
  it('takes verb forms whose accented twin is a word, and nothing else', () => {
    expect(accentedNoun('pagina', lexicon)).toBe('página');
    expect(accentedNoun('indice', lexicon)).toBe('índice');
    expect(accentedNoun('calculo', lexicon)).toBe('cálculo');
    // A noun accepted both ways, a verb with a pronoun joined, a word that is no verb form.
    expect(accentedNoun('periodo', lexicon)).toBeUndefined();
    expect(accentedNoun('tomate', lexicon)).toBeUndefined();
    expect(accentedNoun('perdida', lexicon)).toBeUndefined();
  });
  it('says nothing without a dictionary', () => {
    expect(findHomographs('En la pagina', tokenize('En la pagina'))).toEqual([]);
  });
});
