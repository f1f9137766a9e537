/**
 * What a slip costs, per language: the weights of the suggestion search (`suggest.ts`). An ordinary edit costs 1.
 * Most wrong first suggestions of a plain edit distance are ranking errors (muha → «muca» before «mucha»), so the
 * errors people really make in Spanish cost less: a missing accent, b/v, s/c/z, ll/y, g/j, a silent h, a doubled or
 * undoubled letter, a neighbouring key. Tuned on the development half of the real-misspelling corpus
 * (tests/fixtures/spelling), never on the held-out half.
 */
import type { SpellLang } from './types';

export interface EditCosts {
  /** Cost of writing `typo` where the word has `word` (both lower-case). */
  substitute(typo: number, word: number): number;
  /** Cost of leaving out the word's character `c` (`before`: the word's previous character, 0 at the start). */
  omit(c: number, before: number): number;
  /** Cost of an extra character `c` in the typo (`before`: the typo's previous character). */
  extra(c: number, before: number): number;
  transpose: number;
  /** ll written y (and y written ll). */
  llY: number;
  /** qu written k. */
  quK: number;
  /** ch written x (chat spelling: «coxe», «duxa»). */
  chX: number;
  /** cc written x, x written cc. */
  ccX: number;
  /** ch written h (the c dropped: «muha»). */
  chH: number;
}

const code = (s: string) => s.charCodeAt(0);

const ROWS = ['qwertyuiop', 'asdfghjklñ', 'zxcvbnm'];
/** Keys next to each other on a Spanish/English QWERTY keyboard (same row, or diagonal neighbours). */
const ADJACENT = new Set<number>();
for (let r = 0; r < ROWS.length; r++) {
  const row = ROWS[r]!;
  for (let i = 0; i < row.length; i++) {
    const a = code(row[i]!);
    const pairs: string[] = [];
    if (i > 0) pairs.push(row[i - 1]!);
    if (i + 1 < row.length) pairs.push(row[i + 1]!);
    for (const other of [ROWS[r - 1], ROWS[r + 1]]) {
      if (!other) continue;
      // Row offsets of a staggered keyboard: a key touches the two keys above/below it.
      for (const j of [i - 1, i, i + 1]) if (other[j]) pairs.push(other[j]!);
    }
    for (const p of pairs) ADJACENT.add(a * 65536 + code(p));
  }
}

const BASE = new Map<number, number>();
function base(c: number): number {
  let b = BASE.get(c);
  if (b === undefined) {
    b = code(String.fromCharCode(c).normalize('NFD')[0] ?? String.fromCharCode(c));
    BASE.set(c, b);
  }
  return b;
}

const VOWELS = new Set([...'aeiouáéíóúüàèìòùâêîôûäëïö'].map(code));
const H = code('h');
const Q = code('q');
const G = code('g');
const U = code('u');
const N = code('n');
const NN = code('ñ');
const CC = code('c');

function pairTable(pairs: Array<[string, string, number]>): Map<number, number> {
  const table = new Map<number, number>();
  for (const [a, b, cost] of pairs) {
    table.set(code(a) * 65536 + code(b), cost);
    table.set(code(b) * 65536 + code(a), cost);
  }
  return table;
}

/** Sounds Spanish spells several ways, and the textisms of chat (k for c/qu). */
const SPANISH_PAIRS = pairTable([
  ['b', 'v', 0.3],
  ['s', 'z', 0.4],
  ['c', 'z', 0.4],
  ['c', 's', 0.45],
  ['g', 'j', 0.35],
  ['y', 'i', 0.5],
  ['k', 'c', 0.5],
  ['k', 'q', 0.5],
  ['x', 's', 0.55],
  ['m', 'n', 0.7],
  ['r', 'l', 0.8],
  ['w', 'v', 0.4],
  ['w', 'b', 0.5],
  ['e', 'i', 0.8],
  ['o', 'u', 0.8],
]);
const ENGLISH_PAIRS = pairTable([
  ['c', 's', 0.7],
  ['c', 'k', 0.7],
  ['s', 'z', 0.7],
  ['i', 'y', 0.7],
  ['e', 'a', 0.8],
  ['e', 'i', 0.8],
]);

const D = code('d');
const S = code('s');
const X = code('x');
const A = code('a');
const I = code('i');
const E = code('e');

interface Habits {
  silentH: number;
  /** «pasao» for «pasado», «sentío»: a d between vowels dropped in speech (Spanish). */
  droppedD: number;
  /** «má» for «más», «ptos»: a final or pre-consonant s dropped in speech (Spanish). */
  droppedS: number;
  /** «exitar» for «excitar», «exelente»: the c after x. */
  cAfterX: number;
  /** «slogan» for «eslogan», «stamos»: the e before s at the start of a word. */
  initialE: number;
  /** Two neighbouring letters swapped. */
  transpose: number;
  /** The e of a diphthong (ue, ie) written where the stem has none. */
  diphthong: number;
}

function makeCosts(pairs: Map<number, number>, habits: Habits): EditCosts {
  const { silentH } = habits;
  return {
    substitute(typo, word) {
      if (typo === word) return 0;
      const t = base(typo);
      const w = base(word);
      if (t === w) return (typo === N && word === NN) || (typo === NN && word === N) ? 0.3 : 0.15;
      const special = pairs.get(t * 65536 + w);
      const near = ADJACENT.has(t * 65536 + w) ? 0.75 : 1;
      return special !== undefined ? Math.min(special, near) : near;
    },
    omit(c, before) {
      if (c === H) return silentH;
      if (c === before) return 0.45; // «aceptacion» for «acceptación», «tranquilo»… a doubled letter written once
      if (c === U && (before === Q || before === G)) return 0.35; // «qiero», «seguir» → «segir»
      if (c === D && (before === A || before === I)) return habits.droppedD;
      if (c === S) return habits.droppedS;
      if (c === CC && before === X) return habits.cAfterX;
      if (c === E && before === 0) return habits.initialE;
      return VOWELS.has(c) ? 0.9 : 1;
    },
    extra(c, before) {
      if (c === H) return silentH;
      if (c === before) return 0.45;
      // «descuentado», «apretiendo»: the diphthong of a stem-changing verb where the stress moved away (ue for o, ie for e).
      if (c === E && (before === U || before === I)) return habits.diphthong;
      return 1;
    },
    transpose: habits.transpose,
    llY: 0.3,
    quK: 0.35,
    chX: 0.45,
    ccX: 0.5,
    chH: 0.5,
  };
}

const COSTS: Record<SpellLang, EditCosts> = {
  es: makeCosts(SPANISH_PAIRS, { silentH: 0.35, droppedD: 0.5, droppedS: 0.7, cAfterX: 0.4, initialE: 0.6, transpose: 0.6, diphthong: 0.6 }),
  en: makeCosts(ENGLISH_PAIRS, { silentH: 0.7, droppedD: 1, droppedS: 0.9, cAfterX: 0.7, initialE: 1, transpose: 0.75, diphthong: 1 }),
};

export const editCosts = (lang: SpellLang): EditCosts => COSTS[lang];
