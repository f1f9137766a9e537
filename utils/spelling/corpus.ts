/**
 * The real-misspelling corpus (tests/fixtures/spelling, sources and licences in its README): parsing, the filter that
 * keeps spelling errors (not chat abbreviations, laughter, expressive lengthening, capitalisation or multi-word
 * rewrites) and the fixed development / held-out split. The filter is mechanical, so nothing is picked by hand.
 */

export interface MisspellingPair {
  /** As written. */
  wrong: string;
  /** Accepted corrections (usually one). */
  right: string[];
  source: 'wikipedia' | 'tweet-norm';
  /** Where it was dropped, if it was: the rule's name. */
  dropped?: string;
}

/** `wrong=right` lines of the Spanish Wikipedia list (LanguageTool's copy). */
export function parseWikipediaList(text: string): MisspellingPair[] {
  const pairs: MisspellingPair[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq < 1) continue;
    pairs.push({ wrong: line.slice(0, eq).trim(), right: [line.slice(eq + 1).trim()], source: 'wikipedia' });
  }
  return pairs;
}

/** `oov<TAB>normal form` lines of Tweet-Norm_es; `_|_` separates alternatives, `_` joins words. */
export function parseTweetNorm(text: string): MisspellingPair[] {
  const pairs: MisspellingPair[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [wrong, right] = line.split('\t');
    if (!wrong || !right) continue;
    pairs.push({ wrong: wrong.trim(), right: right.trim().split('_|_'), source: 'tweet-norm' });
  }
  return pairs;
}

const fold = (s: string) => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
/** Expressive lengthening: repeated vowels anywhere, a repeated last letter («buenoo», «nochess»). */
const unstretch = (s: string) => s.replace(/([aeiou])\1+/g, '$1').replace(/(\p{L})\1+$/u, '$1');
const INTERJECTIONS = new Set(['ja', 'je', 'ji', 'jo', 'oh', 'ah', 'eh', 'uy', 'uf', 'puf', 'ay', 'hum', 'chis', 'mua', 'bah', 'ole', 'guau']);
const LETTERS = /^\p{L}+$/u;

/**
 * Why a pair is not a spelling error this corpus measures (or undefined to keep it). `isWord` says whether a
 * correction is in the dictionary: a correction the dictionary lacks (a name, a brand) cannot be suggested by any
 * dictionary engine and is out of scope.
 */
export function dropReason(pair: MisspellingPair, isWord: (w: string) => boolean): string | undefined {
  const { wrong, right } = pair;
  if (!LETTERS.test(wrong) || right.some((r) => !LETTERS.test(r))) return 'not-one-word';
  if (right.some((r) => r.toLowerCase() === wrong.toLowerCase())) return 'case-only';
  const w = fold(wrong);
  if (right.some((r) => INTERJECTIONS.has(fold(r)))) return 'interjection';
  if (/(\p{L})\1\1/u.test(wrong) || right.some((r) => unstretch(fold(r)) === unstretch(w) && unstretch(w) !== w)) return 'lengthening';
  if (!/[aeiouy]/.test(w)) return 'abbreviation';
  if (right.some((r) => fold(r).startsWith(w) && fold(r).length - w.length >= 2)) return 'clipping';
  // Three letters or more missing is an abbreviation («compi», «fono»), not a slip.
  if (right.every((r) => r.length - wrong.length >= 3)) return 'shortening';
  if (!right.some(isWord)) return 'not-in-dictionary';
  return undefined;
}

/** FNV-1a, for a split that never changes with the order of the files. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** 40 % of distinct misspellings are held out: never looked at while tuning, measured once for the report. */
export const isHeldOut = (pair: MisspellingPair) => hash(pair.wrong.toLowerCase()) % 10 < 4;

/** Filters, then keeps one pair per distinct misspelling (the first seen). */
export function buildCorpus(pairs: MisspellingPair[], isWord: (w: string) => boolean): { kept: MisspellingPair[]; dropped: MisspellingPair[] } {
  const kept: MisspellingPair[] = [];
  const dropped: MisspellingPair[] = [];
  const seen = new Set<string>();
  for (const pair of pairs) {
    const reason = dropReason(pair, isWord);
    if (reason) {
      dropped.push({ ...pair, dropped: reason });
      continue;
    }
    const key = pair.wrong.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(pair);
  }
  return { kept, dropped };
}
