import type { Draft } from './draft';
import { foldWithMap, unfoldRange } from './normalize';

/*
 * Regexes that come from packs (a step's `pattern` detector, a tone rule's `patterns`) run on every keystroke, and a
 * pack may come from a file or a URL. JavaScript has no regex timeout, so a pattern is admitted only if it cannot
 * backtrack badly, and then it only ever sees short inputs:
 *
 * 1. Static check (`checkPattern`), before compiling:
 *    - at most 500 characters, and it must compile;
 *    - no back-references (`\1`, `\k<name>`): they make matching NP-hard;
 *    - no nested quantifiers: a group repeated more than once may not contain a quantifier — `(a+)+`, `(.*)*`,
 *      `(a?){2}` are rejected (star height 1, the classic exponential shape);
 *    - no repeated alternation: a group repeated more than once may not contain `|` — `(a|aa)*` is rejected
 *      (write `[ab]+` or list the phrases instead);
 *    - no two unbounded quantifiers (`*`, `+`, `{n,}`, or more than 20 repetitions) that can match the same characters
 *      unless a required atom that cannot match those characters sits between them: `\w+\s+\w+` is fine,
 *      `a*a*b` and `.*x.*y` are not (they are polynomial: n³ steps on a long line). Character sets are compared on a
 *      sample alphabet (ASCII, Spanish letters, common symbols, and every literal of the pattern), with an extra
 *      "anything else" member for `.`, negated and Unicode classes, so the comparison errs on the side of rejecting;
 *    - at most 20 quantifiers, 6 of them unbounded.
 * 2. Bounded input (`execPattern`): only the first 20,000 characters of the draft (see `MAX_SCAN_CHARS`), matched one
 *    line at a time in windows of at most 1,000 characters; at most 50 matches per pattern; and, as a last resort, a
 *    pattern stops scanning further windows once it has used 50 ms after its first window (the clock starts after the
 *    first window so that a cold start — the engine compiling the regex on first use — never cuts a normal scan).
 * Patterns are matched on the accent-folded text (case kept), and their own accents are folded too, so «mañana» in a
 * pattern matches «manana» and «MAÑANA» (with the `i` flag); ranges are mapped back to the original draft.
 */

export const MAX_PATTERN_LENGTH = 500;
export const MAX_MATCHES = 50;
const WINDOW_CHARS = 1000;
const TIME_BUDGET_MS = 50;
const MAX_QUANTIFIERS = 20;
const MAX_UNBOUNDED = 6;
const BIG = 20;

export type PatternCheck = { ok: true } | { ok: false; reason: string };

const SAMPLE =
  'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_ \t\n\r\u00a0\u2028\u3000\ufeff' +
  '.,;:!?¡¿\'"-()[]{}/\\@#$%&*+=<>|~^`áéíóúñüÁÉÍÓÚÑÜàèìòùçÇß€£«»“”‘’…–—·☃中';

interface Elem {
  /** Which alphabet members the atom can match; the last member stands for "any other character". */
  set: Uint8Array;
  /** Repetitions of the atom itself (its own quantifier). */
  min: number;
  max: number;
  /** Optional scopes the atom sits in: an optional group, or one branch of an alternation. */
  scopes: string[];
  /** Branch index of each enclosing group at the time the atom was read. */
  path: Map<number, number>;
  /** Inside a lookaround: consumes nothing, so it never separates two quantifiers. */
  zeroWidth: boolean;
}

interface Frame {
  id: number;
  branch: number;
  flatStart: number;
  hasQuant: boolean;
  hasAlt: boolean;
  look: boolean;
}

const fail = (reason: string): PatternCheck => ({ ok: false, reason });

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

const overlapOf = (a: Uint8Array, b: Uint8Array) => a.map((v, k) => v & b[k]!);
const intersects = (a: Uint8Array, b: Uint8Array) => a.some((v, k) => v & b[k]!);

/** Whether `k` must match (and cannot match `overlap`) whenever both `a` and `b` match. */
function separates(k: Elem, a: Elem, b: Elem, overlap: Uint8Array): boolean {
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

function analyse(src: string, flags: string): PatternCheck {
  const alphabet = [...new Set([...SAMPLE, ...src])];
  const testFlags = flags.replace(/[gy]/g, '');
  const setCache = new Map<string, Uint8Array>();
  const setOf = (atom: string): Uint8Array => {
    let set = setCache.get(atom);
    if (set) return set;
    set = new Uint8Array(alphabet.length + 1);
    try {
      const re = new RegExp(`^(?:${atom})$`, testFlags);
      alphabet.forEach((ch, k) => (set![k] = re.test(ch) ? 1 : 0));
    } catch {
      set.fill(1);
    }
    set[alphabet.length] = matchesOutside(atom) ? 1 : 0;
    setCache.set(atom, set);
    return set;
  };

  const flat: Elem[] = [];
  let frames = 0;
  const stack: Frame[] = [{ id: frames++, branch: 0, flatStart: 0, hasQuant: false, hasAlt: false, look: false }];
  const pathNow = () => new Map(stack.map((f) => [f.id, f.branch] as [number, number]));
  let quantifiers = 0;
  let unbounded = 0;
  type Last = { kind: 'elem'; index: number } | { kind: 'group'; frame: Frame; end: number } | null;
  let last: Last = null;
  const unicode = flags.includes('u');

  for (let i = 0; i < src.length; ) {
    const q = readQuantifier(src, i);
    if (q && last) {
      quantifiers++;
      const isUnbounded = q.max > BIG;
      if (isUnbounded) unbounded++;
      for (const f of stack) f.hasQuant = true;
      if (last.kind === 'elem') {
        const e = flat[last.index]!;
        e.min = q.min === 0 ? 0 : e.min;
        e.max = isUnbounded ? Infinity : q.max;
      } else {
        const g = last.frame;
        if (q.max > 1 && g.hasAlt) return fail('a repeated group with alternatives, such as (a|aa)*');
        if (q.max > 1 && g.hasQuant && !iterationsDelimited(flat.slice(g.flatStart, last.end))) {
          return fail('nested quantifiers, such as (a+)+');
        }
        if (q.min === 0) for (let k = g.flatStart; k < last.end; k++) flat[k]!.scopes.push(`${g.id}?`);
        if (q.max > 1) {
          const set = new Uint8Array(alphabet.length + 1);
          for (let k = g.flatStart; k < last.end; k++) flat[k]!.set.forEach((v, b) => (set[b] = set[b]! | v));
          flat.push({ set, min: q.min > 0 ? 1 : 0, max: isUnbounded ? Infinity : q.max, scopes: [], path: pathNow(), zeroWidth: g.look });
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
      stack.push({ id: frames++, branch: 0, flatStart: flat.length, hasQuant: false, hasAlt: false, look });
      last = null;
      i += prefix;
      continue;
    }
    if (ch === ')') {
      const frame = stack.length > 1 ? stack.pop()! : stack[0]!;
      for (let k = frame.flatStart; k < flat.length; k++) {
        const e = flat[k]!;
        if (frame.hasAlt) e.scopes.push(`${frame.id}:${e.path.get(frame.id) ?? 0}`);
        if (frame.look) e.zeroWidth = true;
      }
      const parent = stack[stack.length - 1]!;
      parent.hasAlt ||= frame.hasAlt;
      parent.hasQuant ||= frame.hasQuant;
      last = { kind: 'group', frame, end: flat.length };
      i++;
      continue;
    }
    if (ch === '|') {
      const frame = stack[stack.length - 1]!;
      frame.hasAlt = true;
      frame.branch++;
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
    flat.push({ set: setOf(atom), min: 1, max: 1, scopes: [], path: pathNow(), zeroWidth: false });
    last = { kind: 'elem', index: flat.length - 1 };
    i = next;
  }

  if (quantifiers > MAX_QUANTIFIERS) return fail(`more than ${MAX_QUANTIFIERS} quantifiers`);
  if (unbounded > MAX_UNBOUNDED) return fail(`more than ${MAX_UNBOUNDED} unbounded quantifiers`);
  for (let a = 0; a < flat.length; a++) {
    if (flat[a]!.max !== Infinity) continue;
    for (let b = a + 1; b < flat.length; b++) {
      if (flat[b]!.max !== Infinity) continue;
      const overlap = overlapOf(flat[a]!.set, flat[b]!.set);
      if (!overlap.some((v) => v)) continue;
      let separated = false;
      for (let k = a + 1; k < b && !separated; k++) separated = separates(flat[k]!, flat[a]!, flat[b]!, overlap);
      if (!separated) return fail('two quantifiers that can match the same text one after the other, such as a*a* or .*x.*');
    }
  }
  return { ok: true };
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
  hit = check.ok ? { regex: new RegExp(foldSource(source), `${flags}g`) } : { error: check.reason };
  if (compiled.size > 500) compiled.clear();
  compiled.set(key, hit);
  return hit;
}

export interface PatternMatch {
  start: number;
  end: number;
}

/** Matches of an admitted pattern in the agent's text, within [from, to), bounded as described above. */
export function execPattern(draft: Draft, pattern: SafePattern, from = 0, to = Number.POSITIVE_INFINITY, limit = MAX_MATCHES): PatternMatch[] {
  const out: PatternMatch[] = [];
  const text = draft.masked;
  let started = -1;
  const re = pattern.regex;
  let lineStart = 0;
  while (lineStart <= text.length && out.length < limit) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    for (let w = lineStart; w < lineEnd && out.length < limit; w += WINDOW_CHARS) {
      if (started >= 0 && performance.now() - started > TIME_BUDGET_MS) return out;
      const chunk = text.slice(w, Math.min(lineEnd, w + WINDOW_CHARS));
      if (!chunk.trim()) continue;
      const folded = foldWithMap(chunk);
      re.lastIndex = 0;
      for (let m = re.exec(folded.text); m && out.length < limit; m = re.exec(folded.text)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const r = unfoldRange(folded, m.index, m.index + m[0].length);
        const start = w + r.start;
        if (start >= from && start < to) out.push({ start, end: w + r.end });
      }
      if (started < 0) started = performance.now();
    }
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  return out;
}
