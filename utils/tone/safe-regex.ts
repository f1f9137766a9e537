import type { Draft } from './draft';
import { foldWithMap, unfoldRange, type FoldedText } from './normalize';

/*
 * Regexes that come from packs (a step's `pattern` detector, a tone rule's `patterns`) run on every keystroke; a pack
 * may come from a file or a URL, and the draft may hold text the page put there. JavaScript has no regex timeout and
 * one `exec` cannot be interrupted, so a pattern is admitted only if its worst case on what one `exec` sees is small,
 * and the draft is fed to it in small windows with the clock checked before each:
 *
 * 1. Static check (`checkPattern`), before compiling:
 *    - at most 500 characters, and it must compile;
 *    - no back-references (`\1`, `\k<name>`): they make matching NP-hard;
 *    - no nested quantifiers: a group repeated more than once may not contain a quantifier — `(a+)+`, `(.*)*`,
 *      `(a?){2}` are rejected (star height 1, the classic exponential shape) — unless one iteration cannot run into
 *      the next (see `iterationsDelimited`);
 *    - no repeated alternation: a group repeated more than once may not contain `|` — `(a|aa)*` is rejected
 *      (write `[ab]+` or list the phrases instead);
 *    - no two unbounded quantifiers (`*`, `+`, `{n,}`, or more than 20 repetitions) that can match the same characters
 *      unless a required atom that cannot match those characters sits between them: `\w+\s+\w+` is fine,
 *      `a*a*b` and `.*x.*y` are not (they are polynomial: n³ steps on a long line). Character sets are compared on a
 *      sample alphabet (ASCII, Spanish letters, common symbols, and every literal of the pattern), with an extra
 *      "anything else" member for `.`, negated and Unicode classes, so the comparison errs on the side of rejecting;
 *    - at most 20 quantifiers, 6 of them unbounded;
 *    - at most `MAX_WORK` backtracking paths in one `exec`. Bounded quantifiers and alternatives are not harmless:
 *      `\w{0,20}` six times splits a 40-letter word in up to 21⁶ ways (2 s), `.{0,20}` five times before `x` took
 *      3 s on 80 characters, and `(?:\w|a)` forty times tries 2⁴⁰ paths on 41 letters (more than 20 s). So a
 *      quantifier whose count can vary (`?` and `{1,3}` included, and a group's `?` or `{0,3}`) that can trade
 *      characters with another — one can match what the other starts with, and no required atom, or alternation
 *      whose every branch has one, that cannot match their common characters sits between them — multiplies the
 *      paths by its number of counts; an alternation multiplies them by how many of its branches can match at one
 *      place (`un|una`: 2, `dos|diez`: 1); and every start position of a window multiplies them again (one start
 *      for a pattern anchored with `^`). A quantifier that trades with no other only adds its counts: `\w+\s+\w+`
 *      is linear per start. See `estimateSharing` and `alternationFactor`.
 * 2. Bounded input (`execPattern`): only the first 20,000 characters of the draft (see `MAX_SCAN_CHARS`), matched one
 *    line at a time. A line is cut into windows of `WINDOW_CHARS` start positions; each `exec` sees its window plus
 *    `CONTEXT_BEFORE` characters before it (for lookbehinds and `\b`) and `CONTEXT_AFTER` after it (a match that
 *    starts in the window runs on that far, no further); `^` and `$` still mean the ends of the line. At most 50
 *    matches per pattern. The clock is checked before every window, the first included: a pattern stops after
 *    50 ms, and all the patterns run on one draft stop after 200 ms together.
 *
 * Worst case. In V8 (Node 20 on a 2-core VM) a path costs 1–6 ns once the regex is compiled to machine code (see
 * `compileSafePattern`), so one `exec` of an admitted pattern takes at most ~15 ms: the property test in
 * safe-regex.test.ts runs a generated family of admitted patterns near the bound on adversarial lines and finds at
 * most 8–15 ms. A 20,000-character line is 79 windows, ~1 s for such a pattern if nothing stopped it; the clock does:
 * one pattern costs at most 50 ms + one `exec` (~65 ms), and one draft, however many patterns its packs hold, at most
 * 200 ms + one `exec`. The built-in patterns are far below the bound and scan a 300-word draft in microseconds each.
 *
 * Patterns are matched on the accent-folded text (case kept), and their own accents are folded too, so «mañana» in a
 * pattern matches «manana» and «MAÑANA» (with the `i` flag); ranges are mapped back to the original draft.
 */

export const MAX_PATTERN_LENGTH = 500;
export const MAX_MATCHES = 50;
/** Start positions per `exec`. */
export const WINDOW_CHARS = 256;
const CONTEXT_BEFORE = 32;
const CONTEXT_AFTER = 128;
/** The most text one `exec` sees. */
export const EXEC_CHARS = CONTEXT_BEFORE + WINDOW_CHARS + CONTEXT_AFTER;
/** Backtracking paths one `exec` may explore in the worst case (~4 M: at most ~15 ms, see above). */
const MAX_WORK = 2 ** 22;
const TIME_BUDGET_MS = 50;
const DRAFT_BUDGET_MS = 200;
const MAX_QUANTIFIERS = 20;
const MAX_UNBOUNDED = 6;
const BIG = 20;

export type PatternCheck = { ok: true } | { ok: false; reason: string };

const SAMPLE =
  'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_ \t\n\r\u00a0\u2028\u3000\ufeff' +
  '.,;:!?¡¿\'"-()[]{}/\\@#$%&*+=<>|~^`áéíóúñüÁÉÍÓÚÑÜàèìòùçÇß€£«»“”‘’…–—·☃中';

/** A set of alphabet members, one bit each. */
type CharSet = Uint32Array;

interface Elem {
  /** Which alphabet members the atom can match; the last member stands for "any other character". */
  set: CharSet;
  /** Repetitions of the atom itself (its own quantifier). */
  min: number;
  max: number;
  /** Optional scopes the atom sits in: an optional group, or one branch of an alternation. */
  scopes: string[];
  /** Branch index of each enclosing group at the time the atom was read. */
  path: Map<number, number>;
  /** Inside a lookaround: consumes nothing, so it never separates two quantifiers. */
  zeroWidth: boolean;
  /** For the element standing for a quantified group (its count): the group's own elements, flat[start, end). */
  covers?: [number, number];
  /** For such an element, what an iteration can start and end with (`set` is everything it can match). */
  ends?: Ends;
}

/** What a piece of the pattern can start and end with, and whether it can match nothing. */
interface Ends {
  first: CharSet;
  last: CharSet;
  nullable: boolean;
}

interface Frame {
  id: number;
  branch: number;
  flatStart: number;
  hasQuant: boolean;
  hasAlt: boolean;
  look: boolean;
  /** The atoms and groups of the current branch, then the finished branches. */
  items: Ends[];
  branches: Ends[];
}

const orInto = (into: CharSet, from: CharSet) => from.forEach((v, k) => (into[k] = into[k]! | v));
const emptySet = (size: number): CharSet => new Uint32Array(Math.ceil(size / 32));

function sequenceEnds(items: readonly Ends[], size: number): Ends {
  const ends = { first: emptySet(size), last: emptySet(size), nullable: items.every((item) => item.nullable) };
  for (const item of items) if ((orInto(ends.first, item.first), !item.nullable)) break;
  for (const item of [...items].reverse()) if ((orInto(ends.last, item.last), !item.nullable)) break;
  return ends;
}

function unionEnds(list: readonly Ends[], size: number): Ends {
  const ends = { first: emptySet(size), last: emptySet(size), nullable: list.some((e) => e.nullable) };
  for (const e of list) {
    orInto(ends.first, e.first);
    orInto(ends.last, e.last);
  }
  return ends;
}

const fail = (reason: string): PatternCheck => ({ ok: false, reason });

const REASON_ALTERNATIVES = 'alternatives that can match the same text, one after another, such as (?:a|\\w)(?:a|\\w)(?:a|\\w)…';
const REASON_SHARING = 'quantifiers that can share out the same text in too many ways, such as a?a?a?…aaa or \\w{m,n}\\w{m,n}\\w{m,n}';

function readQuantifier(src: string, i: number): { min: number; max: number; next: number } | null {
  const ch = src[i];
  let q: { min: number; max: number; next: number } | null = null;
  if (ch === '*') q = { min: 0, max: Infinity, next: i + 1 };
  else if (ch === '+') q = { min: 1, max: Infinity, next: i + 1 };
  else if (ch === '?') q = { min: 0, max: 1, next: i + 1 };
  else if (ch === '{') {
    const m = /^\{(\d{1,6})(,(\d{0,6}))?\}/.exec(src.slice(i, i + 16));
    if (m) {
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      q = { min, max, next: i + m[0].length };
    }
  }
  if (q && src[q.next] === '?') q.next++;
  return q;
}

function classEnd(src: string, i: number): number {
  let j = i + 1;
  if (src[j] === '^') j++;
  for (; j < src.length; j++) {
    if (src[j] === '\\') j++;
    else if (src[j] === ']') return j;
  }
  return src.length - 1;
}

function escapeEnd(src: string, i: number): number {
  const c = src[i + 1];
  if ((c === 'u' || c === 'p' || c === 'P') && src[i + 2] === '{') {
    const close = src.indexOf('}', i + 3);
    return close === -1 ? src.length - 1 : close;
  }
  if (c === 'u') return Math.min(i + 5, src.length - 1);
  if (c === 'x') return Math.min(i + 3, src.length - 1);
  if (c === 'c') return Math.min(i + 2, src.length - 1);
  return i + 1;
}

/** Whether an atom may match characters outside the sample alphabet. */
function matchesOutside(atom: string): boolean {
  if (atom === '.' || /^\[\^/.test(atom) || /^\\[DSWpP]/.test(atom)) return true;
  if (atom.startsWith('[')) {
    if (/\\[DSWpPux]/.test(atom)) return true;
    for (const ch of atom) if (ch.codePointAt(0)! > 0xff) return true;
  }
  return false;
}

const overlapOf = (a: CharSet, b: CharSet) => a.map((v, k) => v & b[k]!);
const intersects = (a: CharSet, b: CharSet) => a.some((v, k) => v & b[k]!);

/** Whether `k` must match (and cannot match `overlap`) whenever both `a` and `b` match. */
function separates(k: Elem, a: Elem, b: Elem, overlap: CharSet): boolean {
  if (k.min < 1 || k.zeroWidth || intersects(k.set, overlap)) return false;
  return k.scopes.every((scope) => a.scopes.includes(scope) || b.scopes.includes(scope));
}

/**
 * A repeated group may hold quantifiers only if one iteration cannot run into the next: every pair of variable-length
 * atoms (one in an iteration, one in the following) that can match the same characters has a required atom between
 * them that cannot. `(?:\s\p{Lu}\p{Ll}+){0,3}` passes (the space delimits); `(a+)+` and `(a?){2}` do not.
 */
function iterationsDelimited(body: readonly Elem[]): boolean {
  for (let a = 0; a < body.length; a++) {
    if (body[a]!.min === body[a]!.max) continue;
    for (let b = 0; b < body.length; b++) {
      if (body[b]!.min === body[b]!.max) continue;
      const overlap = overlapOf(body[a]!.set, body[b]!.set);
      if (!overlap.some((v) => v)) continue;
      const between = [...body.slice(a + 1), ...body.slice(0, b)];
      if (!between.some((k) => separates(k, body[a]!, body[b]!, overlap))) return false;
    }
  }
  return true;
}

/** Disjoint sets over flat indices (the quantifiers that trade characters, transitively). */
function components(n: number, linked: (a: number, b: number) => boolean): number[][] {
  const parent = Array.from({ length: n }, (_, k) => k);
  const root = (k: number): number => (parent[k] === k ? k : (parent[k] = root(parent[k]!)));
  for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) if (root(a) !== root(b) && linked(a, b)) parent[root(b)] = root(a);
  const groups = new Map<number, number[]>();
  for (let k = 0; k < n; k++) groups.set(root(k), [...(groups.get(root(k)) ?? []), k]);
  return [...groups.values()];
}

/**
 * How many branches of an alternation can match at the same place: the most branches compatible with one of them.
 * Two branches are incompatible when, at some position of their leading fixed characters, their sets are disjoint
 * (`dos|diez|doce`: at most one matches; `un|una`: both can). What follows a variable-length start is not compared.
 */
function alternationFactor(branches: readonly (readonly Elem[])[]): number {
  const heads = branches.map((elems) => {
    const head: CharSet[] = [];
    for (const e of elems) {
      if (e.zeroWidth) continue;
      if (e.covers || e.scopes.length || e.min < 1) break;
      for (let k = 0; k < Math.min(e.min, 8); k++) head.push(e.set);
      if (e.max !== e.min) break;
    }
    return head;
  });
  const compatible = (a: CharSet[], b: CharSet[]) => {
    for (let k = 0; k < Math.min(a.length, b.length); k++) if (!intersects(a[k]!, b[k]!)) return false;
    return true;
  };
  return Math.max(...heads.map((a) => heads.filter((b) => compatible(a, b)).length));
}

function analyse(src: string, flags: string): PatternCheck {
  const alphabet = [...new Set([...SAMPLE, ...src])];
  const testFlags = flags.replace(/[gy]/g, '');
  const setCache = new Map<string, CharSet>();
  const setOf = (atom: string): CharSet => {
    let set = setCache.get(atom);
    if (set) return set;
    set = emptySet(alphabet.length + 1);
    const add = (k: number) => (set![k >>> 5] = set![k >>> 5]! | (1 << (k & 31)));
    try {
      const re = new RegExp(`^(?:${atom})$`, testFlags);
      alphabet.forEach((ch, k) => re.test(ch) && add(k));
    } catch {
      alphabet.forEach((_, k) => add(k));
    }
    if (matchesOutside(atom)) add(alphabet.length);
    setCache.set(atom, set);
    return set;
  };

  const flat: Elem[] = [];
  let frames = 0;
  const size = alphabet.length + 1;
  const newFrame = (look: boolean): Frame => ({ id: frames++, branch: 0, flatStart: flat.length, hasQuant: false, hasAlt: false, look, items: [], branches: [] });
  const stack: Frame[] = [newFrame(false)];
  const pathNow = () => new Map(stack.map((f) => [f.id, f.branch] as [number, number]));
  let quantifiers = 0;
  let unbounded = 0;
  type Last = { kind: 'elem'; index: number } | { kind: 'group'; frame: Frame; end: number; ends: Ends } | null;
  let last: Last = null;
  const unicode = flags.includes('u');
  /** Product of the alternation factors (see `alternationFactor`). */
  let alternatives = 1;
  /** Closed alternations, for `trades`: a required one whose every branch holds a separator separates too. */
  const alternations: { id: number; start: number; end: number; branches: Elem[][] }[] = [];
  const branchesOf = (frame: Frame, end: number) => {
    const branches: Elem[][] = Array.from({ length: frame.branch + 1 }, () => []);
    for (let k = frame.flatStart; k < end; k++) branches[flat[k]!.path.get(frame.id) ?? 0]!.push(flat[k]!);
    return branches;
  };

  for (let i = 0; i < src.length; ) {
    const q = readQuantifier(src, i);
    if (q && last) {
      quantifiers++;
      const isUnbounded = q.max > BIG;
      if (isUnbounded) unbounded++;
      for (const f of stack) f.hasQuant = true;
      const items = stack[stack.length - 1]!.items;
      if (q.min === 0 && items.length) items[items.length - 1] = { ...items[items.length - 1]!, nullable: true };
      if (last.kind === 'elem') {
        const e = flat[last.index]!;
        e.min = q.min;
        e.max = isUnbounded ? Infinity : q.max;
      } else {
        const g = last.frame;
        if (q.max > 1 && g.hasAlt) return fail('a repeated group with alternatives, such as (a|aa)*');
        if (q.max > 1 && g.hasQuant && !iterationsDelimited(flat.slice(g.flatStart, last.end))) {
          return fail('nested quantifiers, such as (a+)+');
        }
        if (q.min === 0) for (let k = g.flatStart; k < last.end; k++) flat[k]!.scopes.push(`${g.id}?`);
        // The group's count is a quantifier of its own when it can vary: `(?:ab)?` is 0 or 1 `ab`, and an optional
        // group next to another that can match the same text is as ambiguous as `a?a?`.
        if (q.max > q.min) {
          const set = emptySet(size);
          for (let k = g.flatStart; k < last.end; k++) orInto(set, flat[k]!.set);
          const max = isUnbounded ? Infinity : q.max;
          flat.push({ set, min: q.min, max, scopes: [], path: pathNow(), zeroWidth: g.look, covers: [g.flatStart, last.end], ends: last.ends });
        }
      }
      last = null;
      i = q.next;
      continue;
    }
    const ch = src[i]!;
    if (ch === '(') {
      let prefix = 1;
      let look = false;
      if (src[i + 1] === '?') {
        if (src.startsWith('(?<=', i) || src.startsWith('(?<!', i)) {
          prefix = 4;
          look = true;
        } else if (src.startsWith('(?=', i) || src.startsWith('(?!', i)) {
          prefix = 3;
          look = true;
        } else if (src.startsWith('(?<', i)) prefix = src.indexOf('>', i) - i + 1;
        else prefix = /^\(\?[a-z-]*:/.exec(src.slice(i, i + 12))?.[0].length ?? 3;
      }
      stack.push(newFrame(look));
      last = null;
      i += prefix;
      continue;
    }
    if (ch === ')') {
      const frame = stack.length > 1 ? stack.pop()! : stack[0]!;
      if (frame.hasAlt) {
        const branches = branchesOf(frame, flat.length);
        alternatives *= alternationFactor(branches);
        if (!frame.look) alternations.push({ id: frame.id, start: frame.flatStart, end: flat.length, branches });
      }
      for (let k = frame.flatStart; k < flat.length; k++) {
        const e = flat[k]!;
        if (frame.hasAlt) e.scopes.push(`${frame.id}:${e.path.get(frame.id) ?? 0}`);
        if (frame.look) e.zeroWidth = true;
      }
      const parent = stack[stack.length - 1]!;
      parent.hasAlt ||= frame.hasAlt;
      parent.hasQuant ||= frame.hasQuant;
      frame.branches.push(sequenceEnds(frame.items, size));
      const ends = frame.look ? { first: emptySet(size), last: emptySet(size), nullable: true } : unionEnds(frame.branches, size);
      if (frame !== parent) parent.items.push(ends);
      last = { kind: 'group', frame, end: flat.length, ends };
      i++;
      continue;
    }
    if (ch === '|') {
      const frame = stack[stack.length - 1]!;
      frame.hasAlt = true;
      frame.branch++;
      frame.branches.push(sequenceEnds(frame.items, size));
      frame.items = [];
      last = null;
      i++;
      continue;
    }
    if (ch === '^' || ch === '$') {
      last = null;
      i++;
      continue;
    }
    let atom: string;
    let next: number;
    if (ch === '\\') {
      const c = src[i + 1] ?? '';
      if (/[1-9]/.test(c) || (c === 'k' && src[i + 2] === '<')) return fail('back-references');
      if (c === 'b' || c === 'B') {
        last = null;
        i += 2;
        continue;
      }
      next = escapeEnd(src, i) + 1;
      atom = src.slice(i, next);
    } else if (ch === '[') {
      next = classEnd(src, i) + 1;
      atom = src.slice(i, next);
    } else {
      const width = unicode && src.codePointAt(i)! > 0xffff ? 2 : 1;
      next = i + width;
      const literal = src.slice(i, next);
      atom = literal === '.' ? '.' : literal.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
    }
    const set = setOf(atom);
    flat.push({ set, min: 1, max: 1, scopes: [], path: pathNow(), zeroWidth: false });
    stack[stack.length - 1]!.items.push({ first: set, last: set, nullable: false });
    last = { kind: 'elem', index: flat.length - 1 };
    i = next;
  }
  // The top level is an alternation too (`a|ab`), though it never closes; its branches follow one another in `flat`.
  const top = stack[0]!;
  const topBranches = top.branch > 0 ? branchesOf(top, flat.length) : [];
  if (topBranches.length) alternatives *= alternationFactor(topBranches);

  if (quantifiers > MAX_QUANTIFIERS) return fail(`more than ${MAX_QUANTIFIERS} quantifiers`);
  if (unbounded > MAX_UNBOUNDED) return fail(`more than ${MAX_UNBOUNDED} unbounded quantifiers`);

  /**
   * Whether `a` and `b` (a < b) can trade characters: `a` can match what `b` starts with and `b` what `a` ends with,
   * and no required atom that cannot match their common characters sits between them.
   */
  const trades = (a: number, b: number): boolean => {
    const ea = flat[a]!;
    const eb = flat[b]!;
    // A group's count and the quantifiers inside it: iterationsDelimited already vouched for them.
    if (eb.covers && eb.covers[0] <= a && a < eb.covers[1]) return false;
    if (!intersects(ea.set, eb.ends?.first ?? eb.set) || !intersects(ea.ends?.last ?? ea.set, eb.set)) return false;
    const overlap = overlapOf(ea.set, eb.set);
    for (let k = a + 1; k < b; k++) if (separates(flat[k]!, ea, eb, overlap)) return false;
    // `(?:los\s)?(?:\d{1,3}|un|cuarenta y ocho)\s?`: every branch must match a character that is not a space.
    for (const alt of alternations) {
      if (alt.start <= a || alt.end > b) continue;
      const scoped = (e: Elem, branch: number) => e.scopes.every((scope) => scope === `${alt.id}:${branch}` || ea.scopes.includes(scope) || eb.scopes.includes(scope));
      const separating = (elems: Elem[], branch: number) =>
        elems.some((e) => !e.covers && e.min >= 1 && !e.zeroWidth && !intersects(e.set, overlap) && scoped(e, branch));
      if (alt.branches.every(separating)) return false;
    }
    return true;
  };
  for (let a = 0; a < flat.length; a++) {
    if (flat[a]!.max !== Infinity) continue;
    for (let b = a + 1; b < flat.length; b++) {
      if (flat[b]!.max === Infinity && trades(a, b)) {
        return fail('two quantifiers that can match the same text one after the other, such as a*a* or .*x.*');
      }
    }
  }
  const starts = src.startsWith('^') && top.branch === 0 ? 1 : WINDOW_CHARS + CONTEXT_AFTER;
  const sharing = estimateSharing(flat, trades);
  if (starts * alternatives * sharing > MAX_WORK) return fail(alternatives >= sharing ? REASON_ALTERNATIVES : REASON_SHARING);
  return { ok: true };
}

/**
 * The quantifier part of the worst-case backtracking paths from one start (see the header; `analyse` multiplies it by
 * the alternation factors and the start positions). Each variable quantifier can take `max - min + 1` counts (an
 * unbounded one, as many as one `exec` sees characters). Quantifiers that trade characters, transitively, multiply
 * their counts: `\w{0,20}\w{0,20}` tries 21 × 21 splits of a word. One that trades with none only adds its counts,
 * since any count but the right one fails on the next atom at once: `\w+\s+\w+` is linear. Everything multiplies —
 * an upper bound, coarse for a long pattern of independent parts, and tight on the shapes that hurt.
 */
function estimateSharing(flat: readonly Elem[], trades: (a: number, b: number) => boolean): number {
  const variable = flat.map((e, k) => ({ e, k })).filter(({ e }) => e.max > e.min);
  const counts = (e: Elem) => Math.max(1, (e.max === Infinity ? EXEC_CHARS : Math.min(e.max, EXEC_CHARS)) - e.min + 1);
  let shared = 1;
  let alone = 1;
  for (const group of components(variable.length, (a, b) => trades(variable[a]!.k, variable[b]!.k))) {
    if (group.length === 1) alone += counts(variable[group[0]!]!.e) - 1;
    else for (const m of group) shared *= counts(variable[m]!.e);
  }
  return shared * alone;
}

/** Folds a pattern's own accents, so it matches the folded text it runs on. */
const foldSource = (source: string) => source.normalize('NFD').replace(/\p{M}/gu, '');

/** Whether a pack pattern is admitted; `reason` says why not. */
export function checkPattern(source: string, flags = ''): PatternCheck {
  if (typeof source !== 'string' || !source) return fail('empty pattern');
  if (source.length > MAX_PATTERN_LENGTH) return fail(`longer than ${MAX_PATTERN_LENGTH} characters`);
  if (!/^[imsu]*$/.test(flags)) return fail('flags other than i, m, s, u');
  const folded = foldSource(source);
  try {
    new RegExp(folded, flags);
  } catch {
    return fail('not a valid regular expression');
  }
  return analyse(folded, flags);
}

export interface SafePattern {
  readonly regex: RegExp;
}

const compiled = new Map<string, SafePattern | { error: string }>();

/** A compiled pack pattern, or the reason it was refused. Cached. */
export function compileSafePattern(source: string, flags = ''): SafePattern | { error: string } {
  const key = `${flags}/${source}`;
  let hit = compiled.get(key);
  if (hit) return hit;
  const check = checkPattern(source, flags);
  if (check.ok) {
    const regex = new RegExp(foldSource(source), `${flags}g`);
    // V8 runs a regex's first exec in its bytecode interpreter (on a subject under 1,000 characters, which our
    // windows are) and compiles it to machine code for the next; interpreted, a worst case is 5–8 times slower.
    regex.exec('');
    hit = { regex };
  } else hit = { error: check.reason };
  if (compiled.size > 500) compiled.clear();
  compiled.set(key, hit);
  return hit;
}

export interface PatternMatch {
  start: number;
  end: number;
}

/** The folded draft, shared by every pattern run on it. */
const foldedDrafts = new WeakMap<Draft, FoldedText>();
/** Milliseconds the patterns have spent on a draft so far. */
const spentOn = new WeakMap<Draft, number>();

/** Matches of an admitted pattern in the agent's text, within [from, to), bounded as described above. */
export function execPattern(draft: Draft, pattern: SafePattern, from = 0, to = Number.POSITIVE_INFINITY, limit = MAX_MATCHES): PatternMatch[] {
  const out: PatternMatch[] = [];
  let folded = foldedDrafts.get(draft);
  if (!folded) foldedDrafts.set(draft, (folded = foldWithMap(draft.masked)));
  const text = folded.text;
  const re = pattern.regex;
  const started = performance.now();
  const spentBefore = spentOn.get(draft) ?? 0;
  const outOfTime = () => {
    const spent = performance.now() - started;
    return spent > TIME_BUDGET_MS || spentBefore + spent > DRAFT_BUDGET_MS;
  };
  try {
    for (let lineStart = 0; lineStart <= text.length && out.length < limit; ) {
      const nl = text.indexOf('\n', lineStart);
      const lineEnd = nl === -1 ? text.length : nl;
      // Where the next match may start: after the previous one, as if the whole line were scanned at once.
      let resume = lineStart;
      for (let w = lineStart; w < lineEnd && out.length < limit; w += WINDOW_CHARS) {
        const windowEnd = Math.min(lineEnd, w + WINDOW_CHARS);
        const chunkStart = Math.max(lineStart, w - CONTEXT_BEFORE);
        const chunkEnd = Math.min(lineEnd, windowEnd + CONTEXT_AFTER);
        if (resume >= windowEnd || !text.slice(w, chunkEnd).trim()) continue;
        if (outOfTime()) return out;
        const chunk = text.slice(chunkStart, chunkEnd);
        re.lastIndex = Math.max(resume, w) - chunkStart;
        for (let m = re.exec(chunk); m && out.length < limit; m = re.exec(chunk)) {
          const start = chunkStart + m.index;
          if (start >= windowEnd) break;
          if (m[0].length === 0) {
            re.lastIndex++;
            continue;
          }
          resume = start + m[0].length;
          const r = unfoldRange(folded, start, resume);
          if (r.start >= from && r.start < to) out.push(r);
        }
      }
      if (nl === -1) break;
      lineStart = nl + 1;
    }
    return out;
  } finally {
    spentOn.set(draft, spentBefore + performance.now() - started);
  }
}
