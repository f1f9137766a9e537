/**
 * The words of a draft that are the agent's prose, with offsets into the draft. Not words to check: quoted earlier
 * messages and the signature (blanked first), URLs, e-mail addresses, @mentions, #hashtags, anything with a digit
 * (order ids, dates, «3x»), paths and code-like chunks; among the words: single letters, ALL-CAPS (acronyms, a shouted
 * word is still spelled), inner capitals (iPhone, WhatsApp: brands).
 */
import { maskQuoted } from '../tone/quotes';

export interface WordToken {
  start: number;
  end: number;
  text: string;
  /** First word of a sentence (after . ! ? ¿ ¡ : a line break, or the start). */
  sentenceStart: boolean;
  /** Why the word is not checked, if it is not. */
  skip?: 'short' | 'caps' | 'mixed-case';
}

// Letters (with combining marks for decomposed accents), joined by inner apostrophes or hyphens: «don't», «e-mail».
const WORD = /[\p{L}][\p{L}\p{M}]*(?:['’\-][\p{L}][\p{L}\p{M}]*)*/gu;
// A whitespace-separated chunk that is not prose: has a digit, @, #, a slash, backslash, underscore, =, a scheme or
// «www.», or a dot between letters (a domain, «p.ej.»).
const CODE_LIKE = /[\d@#/\\_=<>{}|~^`]|^(?:https?:|www\.)|\p{L}\.\p{L}/u;
// The conventional signature separator «-- » on its own line, and everything after it.
const SIGNATURE = /^-- ?$/m;

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/** The draft with quoted messages, the signature and code-like chunks blanked out; same length as `text`. */
export function maskNonProse(text: string): string {
  let masked = maskQuoted(text);
  const signature = SIGNATURE.exec(masked);
  if (signature) masked = masked.slice(0, signature.index) + blank(masked.slice(signature.index));
  return masked.replace(/\S+/g, (chunk) => (CODE_LIKE.test(chunk) ? blank(chunk) : chunk));
}

const SENTENCE_END = /[.!?¿¡:\n…]/;

export function tokenize(text: string): WordToken[] {
  const masked = maskNonProse(text);
  const tokens: WordToken[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(masked); m; m = WORD.exec(masked)) {
    const word = m[0].replace(/['’-]+$/, '');
    let before = m.index - 1;
    while (before >= 0 && /[\s"«“'(\[—–-]/.test(text[before]!)) before--;
    const token: WordToken = { start: m.index, end: m.index + word.length, text: word, sentenceStart: before < 0 || SENTENCE_END.test(text[before]!) };
    const letters = word.replace(/[^\p{L}]/gu, '');
    // Single letters are initials and list marks, but an accented «ó» is always the conjunction misspelled («3 ó 4»).
    if (letters.length < 2 && !/^[óÓ]$/.test(letters)) token.skip = 'short';
    else if (letters === letters.toUpperCase() && letters !== letters.toLowerCase()) token.skip = 'caps';
    else if (/\p{Ll}\p{Lu}/u.test(word)) token.skip = 'mixed-case';
    tokens.push(token);
  }
  return tokens;
}

/** Lower-case, accents removed: «Está» → «esta». */
export const foldWord = (w: string) => w.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
