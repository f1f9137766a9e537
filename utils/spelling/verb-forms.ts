/**
 * Whether a word is a regular form of a verb the dictionary lists, from its ending alone: present («contesto»,
 * «indique», «envía» → «enviar»), imperfect and future subjunctive («enviara», «llamare», «pudiera»). Spanish writes
 * these without an accent where a preterite or future of the same verb has one («contestó», «indiqué», «enviará»), so
 * only the sentence can tell which was meant: out of context, such a word is right.
 */
export type Lexicon = (word: string) => boolean;

/** Infinitives a stem can come from, with the spelling changes before e («indiqu-e» ← indicar, «pagu-e» ← pagar). */
function infinitives(stem: string): string[] {
  const found = [`${stem}ar`, `${stem}er`, `${stem}ir`];
  if (stem.endsWith('qu')) found.push(`${stem.slice(0, -2)}car`);
  if (stem.endsWith('gu')) found.push(`${stem.slice(0, -1)}ar`);
  if (stem.endsWith('c')) found.push(`${stem.slice(0, -1)}zar`);
  if (stem.endsWith('j')) found.push(`${stem.slice(0, -1)}ger`, `${stem.slice(0, -1)}gir`);
  if (stem.endsWith('y')) found.push(`${stem.slice(0, -1)}ir`);
  return found;
}

export function isRegularVerbForm(word: string, lexicon: Lexicon): boolean {
  const w = word.toLowerCase();
  const candidates: string[] = [];
  // Subjunctives: «envi-ara», «llam-are» (-ar verbs); «pud-iera», «sal-iere» (-er and -ir verbs).
  if (/(?:ara|are)$/.test(w)) candidates.push(`${w.slice(0, -3)}ar`);
  if (/(?:iera|iere)$/.test(w)) candidates.push(`${w.slice(0, -4)}er`, `${w.slice(0, -4)}ir`);
  // Present indicative and subjunctive: «contest-o», «indiqu-e», «envi-a».
  if (/[aeo]$/.test(w) && w.length > 3) candidates.push(...infinitives(w.slice(0, -1)));
  return candidates.some((infinitive) => infinitive.length > 3 && lexicon(infinitive));
}
