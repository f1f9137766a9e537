/**
 * Candidate corrections: a weighted Damerau–Levenshtein search over the dictionary automaton (every word within a cost
 * budget, found by walking the trie once and pruning branches whose best cost already exceeds it), then a ranking
 * that adds how common the word is. The costs (`costs.ts`) make the errors people really make cheap.
 */
import type { EditCosts } from './costs';
import { CompactTrie } from './trie';

export interface Candidate {
  word: string;
  cost: number;
}

const MAX_WORD = 48;
const TILDE = '~'.charCodeAt(0);
const c = (s: string) => s.charCodeAt(0);
const [LL, Y, QQ, UU, K, CC, HH, X] = [c('l'), c('y'), c('q'), c('u'), c('k'), c('c'), c('h'), c('x')];

/** The cost budget for a word of this length: short words allow one slip, longer ones two. */
export function budgetFor(length: number): number {
  return length <= 2 ? 1 : length <= 4 ? 1.6 : 2.1;
}

/** Per-typo tables shared by both searches. */
class Typo {
  readonly codes: Uint16Array;
  readonly extra: Float64Array;
  /** Substitution rows by the word character's code (a sparse array: faster than a Map in the hot loop). */
  private readonly subs: (Float64Array | undefined)[] = [];

  constructor(
    readonly text: string,
    readonly costs: EditCosts,
  ) {
    const n = text.length;
    this.codes = new Uint16Array(n);
    for (let i = 0; i < n; i++) this.codes[i] = text.charCodeAt(i);
    this.extra = new Float64Array(n + 1);
    for (let i = 1; i <= n; i++) this.extra[i] = costs.extra(this.codes[i - 1]!, i >= 2 ? this.codes[i - 2]! : 0);
  }

  /** sub[i]: cost of the typo's i-th character (1-based) standing for the word's character `w`. */
  sub(w: number): Float64Array {
    let row = this.subs[w];
    if (!row) {
      row = new Float64Array(this.codes.length + 1);
      for (let i = 1; i <= this.codes.length; i++) row[i] = this.costs.substitute(this.codes[i - 1]!, w);
      this.subs[w] = row;
    }
    return row;
  }

  /**
   * Fills `cur` (the row for word prefix of length j ending in `w`) from `prev` (j−1) and `prev2` (j−2); `wPrev` is
   * the word's character before `w` (0 when j = 1). Returns the row's minimum.
   */
  step(cur: Float64Array, prev: Float64Array, prev2: Float64Array | null, w: number, wPrev: number): number {
    const t = this.codes;
    const n = t.length;
    const costs = this.costs;
    const sub = this.sub(w);
    const omit = costs.omit(w, wPrev);
    let v = prev[0]! + omit;
    cur[0] = v;
    let min = v;
    for (let i = 1; i <= n; i++) {
      const ti = t[i - 1]!;
      v = prev[i - 1]! + sub[i]!;
      const o = prev[i]! + omit;
      if (o < v) v = o;
      const e = cur[i - 1]! + this.extra[i]!;
      if (e < v) v = e;
      if (prev2) {
        if (i >= 2 && ti === wPrev && t[i - 2] === w && ti !== w) {
          const s = prev2[i - 2]! + costs.transpose;
          if (s < v) v = s;
        }
        // Two letters of the word written as one: ll→y, qu→k, ch→x, cc→x.
        if ((wPrev === LL && w === LL && ti === Y) || (wPrev === CC && w === CC && ti === X)) {
          const s = prev2[i - 1]! + (ti === Y ? costs.llY : costs.ccX);
          if (s < v) v = s;
        } else if (wPrev === QQ && w === UU && ti === K) {
          const s = prev2[i - 1]! + costs.quK;
          if (s < v) v = s;
        } else if (wPrev === CC && w === HH && (ti === X || ti === HH)) {
          // «ch» written «x» (chat) or «h» (a dropped c: «muha» for «mucha»).
          const s = prev2[i - 1]! + (ti === X ? costs.chX : costs.chH);
          if (s < v) v = s;
        }
      }
      // One letter of the word written as two: y→ll, x→cc.
      if (i >= 2 && ((w === Y && ti === LL && t[i - 2] === LL) || (w === X && ti === CC && t[i - 2] === CC))) {
        const s = prev[i - 2]! + (w === Y ? costs.llY : costs.ccX);
        if (s < v) v = s;
      }
      cur[i] = v;
      if (v < min) min = v;
    }
    return min;
  }
}

/**
 * Every word of `trie` within `budget` of `typo` (lower-case), with its cost. Case-insensitive: a dictionary's
 * «Madrid» answers «madrid». Branches under `~` (cspell's accent-stripped copies) are skipped.
 */
export function searchTrie(trie: CompactTrie, typo: string, costs: EditCosts, budget: number, limit = 400): Candidate[] {
  const t = new Typo(typo, costs);
  const n = typo.length;
  const rows: Float64Array[] = [];
  for (let j = 0; j <= MAX_WORD; j++) rows.push(new Float64Array(n + 1));
  for (let i = 0; i <= n; i++) rows[0]![i] = i === 0 ? 0 : rows[0]![i - 1]! + t.extra[i]!;
  const lower = new Uint16Array(MAX_WORD + 1);
  const chars = new Uint16Array(MAX_WORD + 1);
  const found = new Map<string, number>();

  const visit = (node: number, depth: number) => {
    const prev = rows[depth]!;
    const prev2 = depth >= 1 ? rows[depth - 1]! : null;
    const wPrev = depth >= 1 ? lower[depth - 1]! : 0;
    const cur = rows[depth + 1]!;
    for (let e = trie.first(node), end = trie.end(node); e < end; e++) {
      if (depth === 0 && trie.edgeChar[e] === TILDE) continue;
      const w = trie.edgeLower[e]!;
      if (t.step(cur, prev, prev2, w, wPrev) > budget) continue;
      lower[depth] = w;
      chars[depth] = trie.edgeChar[e]!;
      const next = trie.edgeNext[e]!;
      if (trie.isWord(next) && cur[n]! <= budget) {
        const word = String.fromCharCode(...chars.subarray(0, depth + 1));
        const seen = found.get(word);
        if (seen === undefined || cur[n]! < seen) found.set(word, cur[n]!);
      }
      if (depth + 1 < MAX_WORD && found.size < limit * 4) visit(next, depth + 1);
    }
  };
  visit(CompactTrie.ROOT, 0);
  return [...found].map(([word, cost]) => ({ word, cost }));
}

/** The same weighted distance between two strings (for the small word lists: pack, personal, service vocabulary). */
export function weightedDistance(typo: string, word: string, costs: EditCosts): number {
  const t = new Typo(typo, costs);
  const n = typo.length;
  let prev2: Float64Array | null = null;
  let prev = new Float64Array(n + 1);
  for (let i = 1; i <= n; i++) prev[i] = prev[i - 1]! + t.extra[i]!;
  const lowerWord = word.toLowerCase();
  for (let j = 0; j < lowerWord.length; j++) {
    const cur = new Float64Array(n + 1);
    t.step(cur, prev, prev2, lowerWord.charCodeAt(j), j > 0 ? lowerWord.charCodeAt(j - 1) : 0);
    prev2 = prev;
    prev = cur;
  }
  return prev[n]!;
}
