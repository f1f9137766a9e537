/**
 * Whether a word is a regular form of a verb the dictionary lists, from its ending alone: present («contesto»,
 * «indique» → «indicar», «cambia»), imperfect and future subjunctive («enviara», «llamare», «pudiera»). Spanish writes
 * these without an accent where a preterite or future of the same verb has one («contestó», «indiqué», «enviará»), so
 * only the sentence can tell which was meant: out of context, such a word is right.
 */
import type { Lexicon } from './homographs';

/**
 * Infinitives `w` would be a present-tense form of (indicative or subjunctive), with the stems' spelling changes:
 * before e, «indice» (indizar), «explique» (explicar), «pague» (pagar); and «protejo» (proteger), «huyo» (huir).
 */
export function presentInfinitives(w: string): string[] {
  const m = /^(.+?)(o|a|as|e|es)$/.exec(w);
  if (!m) return [];
  const stem = m[1]!;
  const out = [`${stem}ar`, `${stem}er`, `${stem}ir`];
  if (m[2]!.startsWith('e')) {
    if (stem.endsWith('c')) out.push(`${stem.slice(0, -1)}zar`);
    if (stem.endsWith('qu')) out.push(`${stem.slice(0, -2)}car`);
    if (stem.endsWith('gu')) out.push(`${stem.slice(0, -2)}gar`);
  }
  if (stem.endsWith('j')) out.push(`${stem.slice(0, -1)}ger`, `${stem.slice(0, -1)}gir`);
  if (stem.endsWith('y')) out.push(`${stem.slice(0, -1)}ir`);
  return out;
}

export function isRegularVerbForm(word: string, lexicon: Lexicon): boolean {
  const w = word.toLowerCase();
  const candidates: string[] = [];
  // Subjunctives: «envi-ara», «llam-are» (-ar verbs); «pud-iera», «sal-iere» (-er and -ir verbs).
  if (/(?:ara|are)$/.test(w)) candidates.push(`${w.slice(0, -3)}ar`);
  if (/(?:iera|iere)$/.test(w)) candidates.push(`${w.slice(0, -4)}er`, `${w.slice(0, -4)}ir`);
  // Present indicative and subjunctive: «contest-o», «indiqu-e», «cambi-a».
  if (w.length > 3 && /[aeo]$/.test(w)) candidates.push(...presentInfinitives(w));
  return candidates.some((infinitive) => infinitive.length > 3 && lexicon(infinitive));
}
