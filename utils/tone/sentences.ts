import { ABBREVIATIONS } from './lang';
import { fold } from './normalize';

/**
 * A sentence unit: text between sentence-ending punctuation (. ! ? …) or line breaks. A greeting line («Hola, Marta:»)
 * and each signature line are units of their own, which is what the position rules and the sentence-length rule want.
 */
export interface Unit {
  start: number;
  end: number;
}

const TERMINATOR = /[.!?…]/;

function isAbbreviationBefore(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[\p{L}]/u.test(text[i]!)) i--;
  const word = text.slice(i + 1, dot);
  if (!word) return false;
  // A single capital letter is an initial («M. Gómez»); otherwise only the known abbreviations.
  if (word.length === 1 && word === word.toUpperCase() && /\p{Lu}/u.test(word)) return true;
  return ABBREVIATIONS.has(fold(word));
}

/** Units of `text` (masked for quotes), trimmed, non-empty, in order. */
export function splitUnits(text: string): Unit[] {
  const units: Unit[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s && /[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(text.slice(s, e))) units.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i);
      start = i + 1;
      continue;
    }
    if (!TERMINATOR.test(ch)) continue;
    // A run of terminators («!!», «?!», «...») ends together, with closing quotes or brackets after it.
    let j = i;
    while (j + 1 < text.length && /[.!?…»"')\]]/.test(text[j + 1]!)) j++;
    const next = text[j + 1];
    if (next !== undefined && !/\s/.test(next)) {
      i = j;
      continue; // «3.5», «www.example.com», «12.05.2026»
    }
    if (ch === '.' && j === i && isAbbreviationBefore(text, i)) continue;
    push(j + 1);
    start = j + 1;
    i = j;
  }
  push(text.length);
  return units;
}
