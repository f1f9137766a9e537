import type { Draft } from './draft';
import { negators } from './lang';
import { isNegated } from './negation';
import { fold } from './normalize';

/**
 * Phrase lists from packs, compiled once into token sequences and matched on word boundaries, accent- and
 * case-insensitively. Light inflection so a pack does not have to list every form: plurals («disculpa» matches
 * «disculpas», «question» matches «questions») and the gender/number of participles and adjectives in -ado/-ido
 * («estimado» matches «estimada», «estimados»). Verb persons are NOT inflected («siento» never matches «sienta»):
 * packs list the forms they mean («lamento», «lamentamos»).
 */

export interface PhraseMatch {
  start: number;
  end: number;
  /** The pack phrase as written. */
  phrase: string;
  /** Token indices of the first and last matched words. */
  first: number;
  last: number;
}

interface Entry {
  phrase: string;
  rest: ReadonlySet<string>[];
  startsNegated: boolean;
}

export interface CompiledPhrases {
  readonly byFirst: ReadonlyMap<string, readonly Entry[]>;
  readonly size: number;
  /** Phrases that start with a negator themselves («no dude en», «no later than»): never checked for negation. */
  readonly selfNegated: ReadonlySet<string>;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’ʼ][\p{L}\p{M}]+)*/gu;
const ALL_NEGATORS = negators('other');

function inflections(word: string): string[] {
  const out = [word];
  if (word.length < 3 || /\d/.test(word)) return out;
  if (/[aeiou]$/.test(word)) out.push(`${word}s`);
  else if (!/s$/.test(word)) out.push(`${word}s`, `${word}es`);
  if (/y$/.test(word) && word.length > 3) out.push(`${word.slice(0, -1)}ies`);
  // Regular participles (-ado/-ido) and the irregular ones in -lto/-rto/-sto/-cho: «resuelto» → «resuelta», «hecho» → «hecha».
  const participle = /^(.{2,}(?:[ai]d|lt|rt|st|ch))[oa]s?$/.exec(word);
  if (participle) for (const end of ['o', 'a', 'os', 'as']) out.push(participle[1] + end);
  return out;
}

const cache = new WeakMap<readonly string[], CompiledPhrases>();

export function compilePhrases(phrases: readonly string[]): CompiledPhrases {
  const hit = cache.get(phrases);
  if (hit) return hit;
  const byFirst = new Map<string, Entry[]>();
  const selfNegated = new Set<string>();
  let size = 0;
  for (const phrase of phrases.slice(0, 1000)) {
    if (typeof phrase !== 'string') continue;
    const words = fold(phrase.slice(0, 200)).match(WORD);
    if (!words?.length) continue;
    const entry: Entry = {
      phrase,
      rest: words.slice(1).map((w) => new Set(inflections(w))),
      startsNegated: ALL_NEGATORS.has(words[0]!),
    };
    if (entry.startsNegated) selfNegated.add(phrase);
    for (const first of new Set(inflections(words[0]!))) {
      const list = byFirst.get(first);
      if (list) list.push(entry);
      else byFirst.set(first, [entry]);
    }
    size++;
  }
  const compiled = { byFirst, size, selfNegated };
  cache.set(phrases, compiled);
  return compiled;
}

export interface FindOptions {
  /** Skip matches denied by a negator just before them (phrase-present rules). */
  negation?: boolean;
  /** Only matches starting in [from, to). */
  from?: number;
  to?: number;
  /** Phrases whose matches cancel any overlapping match («gracias por la espera» is not a farewell «gracias»). */
  except?: CompiledPhrases;
  limit?: number;
}

/** A phrase may not run across a sentence end or a blanked quote. */
const joinable = (gap: string) => gap.length <= 6 && !/[.!?…\n]/.test(gap);

function rawMatches(draft: Draft, compiled: CompiledPhrases, from: number, to: number): PhraseMatch[] {
  const { tokens, masked } = draft;
  const out: PhraseMatch[] = [];
  if (!compiled.size) return out;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.start < from) continue;
    if (t.start >= to) break;
    const entries = compiled.byFirst.get(t.norm);
    if (!entries) continue;
    for (const entry of entries) {
      let last = i;
      let ok = true;
      for (const variants of entry.rest) {
        const next = tokens[last + 1];
        if (!next || !variants.has(next.norm) || !joinable(masked.slice(tokens[last]!.end, next.start))) {
          ok = false;
          break;
        }
        last++;
      }
      if (ok) out.push({ start: t.start, end: tokens[last]!.end, phrase: entry.phrase, first: i, last });
    }
  }
  return out;
}

/** Keeps the longest of overlapping matches, in text order. */
export function dedupe(matches: PhraseMatch[]): PhraseMatch[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PhraseMatch[] = [];
  for (const m of sorted) {
    const prev = out[out.length - 1];
    if (prev && m.start < prev.end) continue;
    out.push(m);
  }
  return out;
}

export function findPhrases(draft: Draft, compiled: CompiledPhrases, options: FindOptions = {}): PhraseMatch[] {
  const from = options.from ?? 0;
  const to = options.to ?? Number.POSITIVE_INFINITY;
  let matches = rawMatches(draft, compiled, from, to);
  if (!matches.length) return matches;
  if (options.negation) matches = matches.filter((m) => compiled.selfNegated.has(m.phrase) || !isNegated(draft, m.first));
  if (options.except?.size) {
    const blocked = rawMatches(draft, options.except, 0, Number.POSITIVE_INFINITY);
    matches = matches.filter((m) => !blocked.some((b) => b.start < m.end && m.start < b.end));
  }
  const out = dedupe(matches);
  return options.limit ? out.slice(0, options.limit) : out;
}
