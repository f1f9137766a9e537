import { describe, expect, it } from 'vitest';
import { syllableCount, wrongMonosyllableAccent } from './syllables';

describe('syllableCount', () => {
  it('joins a weak vowel to its neighbour, splits two strong vowels and an accented weak one', () => {
    const cases: Array<[string, number]> = [
      ['pie', 1], ['seis', 1], ['guion', 1], ['guiais', 1], ['hui', 1], ['rey', 1], ['que', 1],
      ['leo', 2], ['río', 2], ['aún', 2], ['búho', 2], ['país', 2], ['ahí', 2], ['caer', 2],
      ['página', 3], ['teléfono', 4], ['murciélago', 4], ['reembolso', 4],
      ['truhan', 1], ['prohibir', 2], ['búho', 2], ['rehén', 2], ['ahí', 2], ['ahumado', 3],
    ];
    for (const [word, n] of cases) expect(syllableCount(word), word).toBe(n);
  });
});

describe('wrongMonosyllableAccent', () => {
  it('takes the accent off one-syllable words that must not have one', () => {
    const cases: Array<[string, string]> = [
      ['fué', 'fue'], ['dió', 'dio'], ['vió', 'vio'], ['pié', 'pie'], ['séis', 'seis'], ['ó', 'o'], ['dí', 'di'], ['guión', 'guion'],
      ['crió', 'crio'], ['Guión', 'Guion'], ['FUÉ', 'FUE'], ['ión', 'ion'], ['truhán', 'truhan'],
    ];
    for (const [word, plain] of cases) expect(wrongMonosyllableAccent(word), word).toBe(plain);
  });

  it('keeps diacritic accents, abbreviations, words of two syllables or more, and words without an accent', () => {
    for (const word of ['tú', 'él', 'mí', 'sí', 'sé', 'té', 'dé', 'más', 'qué', 'quién', 'cuál', 'Qué', 'MÁS', 'pág', 'núm', 'río', 'aún', 'país', 'también', 'fue', 'guion', 'ñu', 'pingüino']) {
      expect(wrongMonosyllableAccent(word), word).toBeUndefined();
    }
  });
});
