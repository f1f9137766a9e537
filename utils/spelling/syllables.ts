/**
 * Syllables as the Ortografía de 2010 counts them for accents: vowels written together are one syllable unless two
 * of them are strong (a, e, o: «le-o») or one is an accented weak vowel (í, ú: «rí-o»). So «guion», «fie», «seis»
 * and «hui» are one syllable whatever the speaker's ear says, and take no written accent.
 */
const STRONG = new Set([...'aeoáéó']);
const WEAK = new Set([...'iuü']);
const ACCENTED_WEAK = new Set([...'íú']);
const isVowel = (c: string) => STRONG.has(c) || WEAK.has(c) || ACCENTED_WEAK.has(c);

/** Whether two vowels written side by side share a syllable (a diphthong, or part of a triphthong). */
function sameSyllable(a: string, b: string): boolean {
  if (ACCENTED_WEAK.has(a) || ACCENTED_WEAK.has(b)) return false;
  return !(STRONG.has(a) && STRONG.has(b));
}

/** How many syllables `word` (lower-case, NFC) has for the accent rules. */
export function syllableCount(word: string): number {
  let count = 0;
  let previous = '';
  for (const c of word) {
    // A silent h between vowels does not part them: «truhan», «ahu-mar» (so «prohíbe» needs its accent for the hiatus).
    if (c === 'h' && isVowel(previous)) continue;
    if (isVowel(c) && !(isVowel(previous) && sameSyllable(previous, c))) count++;
    previous = c;
  }
  return count;
}

/**
 * Accented one-syllable words that are right: the diacritic accents that tell two words apart (tú/tu, él/el, más/mas…)
 * and their plurals as nouns («los qués», «los tés»).
 */
const DIACRITIC = new Set(['tú', 'él', 'mí', 'sí', 'sé', 'té', 'tés', 'dé', 'más', 'qué', 'qués', 'quién', 'cuál', 'cuán']);
/** Abbreviations keep the accent of their word («pág.», «núm.»): the dictionary lists these without their dot. */
const ABBREVIATIONS = new Set(['cént', 'cénts', 'cód', 'máx', 'mín', 'núm', 'pág', 'págs', 'pár', 'pról', 'tít']);

/**
 * A one-syllable word written with an accent it must not have: «fué», «dió», «pié», «séis», «ó», and the forms the
 * 2010 rules took the accent from («guión», «crió», «lié»). Returns the word without it, or undefined.
 */
export function wrongMonosyllableAccent(word: string): string | undefined {
  const lower = word.normalize('NFC').toLowerCase();
  if (!/[áéíóú]/.test(lower) || DIACRITIC.has(lower) || ABBREVIATIONS.has(lower) || syllableCount(lower) !== 1) return undefined;
  return word.normalize('NFD').replace(/\u0301/g, '').normalize('NFC');
}
