import Fuse, { type FuseIndex, type FuseOptionKey, type IFuseOptions } from 'fuse.js';
import type { Channel } from '@/protocols/types';

export interface SearchableReply {
  key: string;
  title: string;
  body: string;
  tags?: string[];
  shortcut?: string;
  channels: Channel[];
  situation?: string;
}

/** What the sidebar knows about the moment: it ranks replies that fit it first. */
export interface SearchContext {
  channel?: Channel;
  /** The situation of the protocol step the agent is on (e.g. `plazo`), when known. */
  situation?: string;
  /** Per reply key: how often and how recently the agent used it. */
  usage?: ReadonlyMap<string, { uses: number; lastUsedAt: number }>;
  favorites?: ReadonlySet<string>;
  now?: number;
}

/** Fuse's options for replies; the keys' order is the field number of the gram index below. */
export const FUSE_OPTIONS: IFuseOptions<SearchableReply> = {
  keys: [
    { name: 'shortcut', weight: 3 },
    { name: 'title', weight: 2 },
    { name: 'tags', weight: 1.5 },
    { name: 'body', weight: 1 },
  ],
  // «devolucion» finds «devolución», «reembolzo» finds «reembolso».
  ignoreDiacritics: true,
  ignoreLocation: true,
  threshold: 0.38,
  includeScore: true,
};
/** Most replies a search returns: Fuse scores at most this many candidates per keystroke. */
export const MAX_RESULTS = 200;

const DAY = 86_400_000;
// Fuse's diacritic folding also maps these letters, which do not decompose; folding as Fuse does keeps its scores.
const UNDECOMPOSED: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', ħ: 'h', ŧ: 't', ı: 'i', ß: 'ss' };
const fold = (s: string) => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[łđøħŧıß]/g, (c) => UNDECOMPOSED[c]!);
const WORD_BREAK = /[^\p{L}\p{N}]+/u;

export interface ParsedQuery {
  text: string;
  tags: string[];
  channel?: Channel;
}

/** `#tag` and `canal:chat` (or `channel:chat`) filter; the rest is searched. */
export function parseQuery(query: string): ParsedQuery {
  const tags: string[] = [];
  let channel: Channel | undefined;
  const words: string[] = [];
  for (const word of query.trim().split(/\s+/)) {
    const filter = /^(?:canal|channel):(email|social|chat)$/i.exec(word);
    if (filter) channel = filter[1]!.toLowerCase() as Channel;
    else if (word.length > 1 && word.startsWith('#')) tags.push(fold(word.slice(1)));
    else if (word) words.push(word);
  }
  return { text: words.join(' '), tags, channel };
}

/**
 * How much the moment favours a reply, 0…1: its channel matters most, then the current step's situation, then the
 * agent's own habits (frequency, on a log scale, and recency, fading over two weeks).
 */
export function contextBoost(reply: Pick<SearchableReply, 'key' | 'channels' | 'situation'>, ctx: SearchContext): number {
  const now = ctx.now ?? Date.now();
  const use = ctx.usage?.get(reply.key);
  const channel = ctx.channel && reply.channels.includes(ctx.channel) ? 1 : 0;
  const situation = ctx.situation && reply.situation === ctx.situation ? 1 : 0;
  const frequency = use ? Math.min(1, Math.log1p(use.uses) / Math.log1p(50)) : 0;
  const recency = use ? Math.max(0, 1 - (now - use.lastUsedAt) / (14 * DAY)) : 0;
  return 0.45 * channel + 0.25 * situation + 0.2 * frequency + 0.1 * recency;
}

// ——— The gram index: which replies are worth handing to Fuse ———

/**
 * The grams a field is indexed by: each word's first one and two letters, so that one- and two-letter queries are
 * word-prefix matches, and its trigrams, which survive a typo or two in a longer word.
 */
function gramsOf(text: string): Set<string> {
  const grams = new Set<string>();
  for (const word of text.split(WORD_BREAK)) {
    if (!word) continue;
    grams.add(word.slice(0, 1));
    if (word.length > 1) grams.add(word.slice(0, 2));
    for (let i = 0; i + 3 <= word.length; i++) grams.add(word.slice(i, i + 3));
  }
  return grams;
}

/** A query as the gram index reads it: a short word is one prefix gram; a longer one, its trigrams only. */
interface QueryPlan {
  pattern: string;
  grams: string[];
  /** Per word, its grams' bits in `grams`, in order, to tell a typo (a few grams missing) from another word. */
  words: { bits: number[]; mask: number; length: number }[];
  isPrefixOnly: boolean;
}
// Which query grams a field holds is a 32-bit mask; a longer query is selective enough with its first 32 grams.
const MAX_GRAMS = 32;

function planQuery(pattern: string): QueryPlan {
  const grams: string[] = [];
  const words: QueryPlan['words'] = [];
  for (const word of pattern.split(WORD_BREAK)) {
    if (!word) continue;
    const own = word.length < 3 ? [word] : Array.from({ length: word.length - 2 }, (_, i) => word.slice(i, i + 3));
    const bits: number[] = [];
    for (const gram of own) {
      if (!grams.includes(gram) && grams.length < MAX_GRAMS) grams.push(gram);
      if (grams.includes(gram)) bits.push(grams.indexOf(gram));
    }
    words.push({ bits, mask: bits.reduce((mask, bit) => mask | (1 << bit), 0), length: word.length });
  }
  return { pattern, grams, words, isPrefixOnly: words.every((w) => w.length < 3) };
}

/**
 * Roughly how many edits Fuse needs to find a query word in a field holding the grams in `mask`. A word with none of
 * its grams costs its letters and a space; a run of missing trigrams costs one edit per trigram beyond the two that
 * a single typo also takes out inside the word, or beyond the one it takes out at either end.
 */
function wordErrors(word: QueryPlan['words'][number], mask: number): number {
  if (!(mask & word.mask)) return word.length + 1;
  let errors = 0;
  let run = 0;
  for (let i = 0; i < word.bits.length; i++) {
    if (!(mask & (1 << word.bits[i]!))) run++;
    else if (run) {
      errors += Math.max(1, run === i ? run - 1 : run - 2);
      run = 0;
    }
  }
  return run ? errors + Math.max(1, run - 1) : errors;
}

type FoldedFields = { shortcut?: string; title: string; tags: string[]; body: string };
const foldFields = (r: SearchableReply): FoldedFields => ({
  shortcut: r.shortcut === undefined ? undefined : fold(r.shortcut),
  title: fold(r.title),
  tags: (r.tags ?? []).map(fold),
  body: fold(r.body),
});
/** A reply's fields as Fuse indexes them (folded text and length norm), by field number. */
type FuseFields = NonNullable<FuseIndex<unknown>['records'][number]['$']>;
const FOLDED_KEYS = FUSE_OPTIONS.keys as FuseOptionKey<FoldedFields>[];
const FUSE_KEYS = Fuse.createIndex(FOLDED_KEYS, []).keys;
const fuseFieldsOf = (folded: FoldedFields[]) => Fuse.createIndex(FOLDED_KEYS, folded).records.map((record) => record.$!);
const FIELDS = 4;
const WEIGHTS = (() => {
  const raw = FUSE_OPTIONS.keys!.map((key) => (key as { weight: number }).weight);
  const total = raw.reduce((a, b) => a + b, 0);
  return raw.map((weight) => weight / total); // as Fuse normalises them
})();
const THRESHOLD = FUSE_OPTIONS.threshold!;
const LOG_EXACT = Math.log(0.001); // Fuse's floor for a match without errors
// The candidates' records and the query come folded; Fuse folding them again would only cost time.
const SUBSET_OPTIONS = { ...FUSE_OPTIONS, ignoreDiacritics: false };

/** Where `value` stands, or would, in an ascending list. */
function lowerBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** One reply in its slot, with what the filters and the context boost read, in one monomorphic shape. */
interface Entry<T> {
  reply: T;
  key: string;
  channels: Channel[];
  situation?: string;
  tags: string[];
  fuse: FuseFields;
  /** Per field, its folded text: what it is posted under, for an edit to take back. */
  texts: string[];
}

const entryOf = <T extends SearchableReply>(reply: T, folded: FoldedFields, fuse: FuseFields): Entry<T> => ({
  reply,
  key: reply.key,
  channels: reply.channels,
  situation: reply.situation,
  tags: folded.tags,
  fuse,
  texts: [folded.shortcut ?? '', folded.title, folded.tags.join(' '), folded.body],
});

/** Fuse's exponent for a field's score: its key's weight × the field's length norm (0 when empty). */
function exponentOf(fuse: FuseFields, field: number): number {
  const value = fuse[field];
  // Fuse scores each matching tag with its own norm; the largest is a one-word tag's.
  const norm = Array.isArray(value) ? Math.max(0, ...value.map((tag) => tag.n ?? 0)) : (value?.n ?? 0);
  return WEIGHTS[field]! * norm;
}

/** A change to the library as `library:changed` carries it: the removals, then the upserts. */
export interface LibraryEdit<T> {
  upsert?: readonly T[];
  remove?: readonly string[];
}

/**
 * Applies a change to a page's replies by key and to their index, both in place (no rebuild). The index then answers
 * as one built afresh over `byKey`'s replies would.
 */
export function applyLibraryEdit<T extends SearchableReply>(byKey: Map<string, T>, index: ReplyIndex<T>, edit: LibraryEdit<T>): void {
  for (const key of edit.remove ?? []) {
    byKey.delete(key);
    index.remove(key);
  }
  for (const reply of edit.upsert ?? []) {
    byKey.set(reply.key, reply);
    index.upsert(reply);
  }
}

/**
 * A search index over the reply library, built once off the keystroke path and updated in place on edits.
 * Ranking mixes Fuse's text score with the context: a much better text match still wins over a better fit.
 *
 * Fuse alone runs bitap over every reply on each keystroke (half a second at 20,000 replies). Here a gram index
 * picks the candidates and estimates their order; Fuse scores only the best {@link MAX_RESULTS}, from records built
 * once per reply. A reply keeps its slot through edits, as a key keeps its place in a Map, so ties break as in an
 * index built afresh; a removal leaves a tombstone that searches skip, and slots are renumbered once tombstones
 * outnumber live replies.
 */
export class ReplyIndex<T extends SearchableReply> {
  private readonly slotOf = new Map<string, number>();
  private entries: (Entry<T> | undefined)[] = [];
  /** Per slot and field: Fuse's exponent for that field's score (key weight × field-length norm), 0 when empty. */
  private exponents: number[] = [];
  /** Gram → ascending `slot * 4 + field` entries, one per field holding the gram. */
  private postings = new Map<string, number[]>();
  private dead = 0;
  // Per-query scratch, sized to the slots and zeroed after use, so that a keystroke allocates nothing this large.
  private docHits = new Uint8Array(0);
  private fieldMasks = new Uint32Array(0);
  private estimates = new Float64Array(0);

  constructor(replies: readonly T[]) {
    const folded = replies.map(foldFields);
    const fields = fuseFieldsOf(folded);
    replies.forEach((reply, i) => this.insert(reply, folded[i]!, fields[i]!));
  }

  get size(): number {
    return this.slotOf.size;
  }

  /** Adds a reply at the end, or replaces an edited one in its slot, without rebuilding the index. */
  upsert(reply: T): void {
    const folded = foldFields(reply);
    const fuse = fuseFieldsOf([folded])[0]!;
    const slot = this.slotOf.get(reply.key);
    if (slot === undefined) return this.insert(reply, folded, fuse);
    const old = this.entries[slot]!;
    const entry = entryOf(reply, folded, fuse);
    this.entries[slot] = entry;
    for (let field = 0; field < FIELDS; field++) {
      const at = slot * FIELDS + field;
      this.exponents[at] = exponentOf(fuse, field);
      if (old.texts[field] === entry.texts[field]) continue;
      const before = gramsOf(old.texts[field]!);
      const after = gramsOf(entry.texts[field]!);
      for (const gram of before) if (!after.has(gram)) this.unpost(gram, at);
      for (const gram of after) if (!before.has(gram)) this.post(gram, at);
    }
  }

  remove(key: string): void {
    const slot = this.slotOf.get(key);
    if (slot === undefined) return;
    this.slotOf.delete(key);
    this.entries[slot] = undefined;
    this.dead++;
    if (this.dead > 256 && this.dead > this.slotOf.size) this.compact();
  }

  search(query: string, context: SearchContext = {}): T[] {
    const { text, tags, channel } = parseQuery(query);
    const passes = (entry: Entry<T>) => (!channel || entry.channels.includes(channel)) && tags.every((tag) => entry.tags.includes(tag));
    const plan = planQuery(fold(text));
    const ctx = { ...context, now: context.now ?? Date.now() };
    if (!plan.grams.length) {
      // Empty query: favourites, then the most used for this channel, then the rest in the pack's order.
      return this.entries
        .flatMap((entry, slot) => (entry && passes(entry) ? [{ entry, slot, rank: (ctx.favorites?.has(entry.key) ? 2 : 0) + contextBoost(entry, ctx) }] : []))
        .sort((a, b) => b.rank - a.rank || a.slot - b.slot)
        .slice(0, MAX_RESULTS)
        .map(({ entry }) => entry.reply);
    }
    const slots = this.candidates(plan, passes, ctx);
    // One or two letters, which Fuse would find inside nearly every reply: the word-prefix ranking is the answer.
    if (plan.isPrefixOnly) return slots.map((slot) => this.entries[slot]!.reply);

    // In slot order, so that Fuse breaks ties as a plain Fuse over the library would: by insertion order.
    const entries = slots.sort((a, b) => a - b).map((slot) => this.entries[slot]!);
    const index = Fuse.parseIndex<Entry<T>>({ keys: FUSE_KEYS, records: entries.map((entry, i) => ({ i, $: entry.fuse })) });
    return new Fuse(entries, SUBSET_OPTIONS as IFuseOptions<Entry<T>>, index)
      .search(plan.pattern)
      .map((result, rank) => ({ result, rank, score: (result.score ?? 1) - 0.15 * contextBoost(result.item, ctx) }))
      .sort((a, b) => a.score - b.score || a.rank - b.rank)
      .map(({ result }) => result.item.reply);
  }

  /**
   * The slots worth scoring, best first, at most {@link MAX_RESULTS}: the replies that pass the filters and hold
   * every gram of a prefix-only query, or at least half of a longer query's trigrams («reembolzo» shares 5 of 7 with
   * «reembolso»). "Best" is Fuse's formula (a product over matched fields of score^(weight × norm)) with each
   * field's score guessed from the grams it lacks, minus the context boost: the cut keeps the replies that Fuse and
   * the context would rank first.
   */
  private candidates(plan: QueryPlan, passes: (entry: Entry<T>) => boolean, ctx: SearchContext): number[] {
    const { grams, words, pattern } = plan;
    const need = plan.isPrefixOnly ? grams.length : Math.ceil(grams.length / 2);
    if (this.docHits.length < this.entries.length) {
      this.docHits = new Uint8Array(this.entries.length * 2);
      this.fieldMasks = new Uint32Array(this.entries.length * 2 * FIELDS);
      this.estimates = new Float64Array(this.entries.length * 2);
    }
    const { docHits, fieldMasks, estimates, exponents } = this;
    const touched: number[] = [];
    grams.forEach((gram, bit) => {
      let last = -1;
      for (const at of this.postings.get(gram) ?? []) {
        fieldMasks[at]! |= 1 << bit;
        const slot = at >> 2;
        if (slot === last) continue;
        last = slot;
        if (docHits[slot]!++ === 0) touched.push(slot);
      }
    });
    const found: number[] = [];
    for (const slot of touched) {
      const entry = this.entries[slot];
      if (docHits[slot]! >= need && entry && passes(entry)) {
        let logScore = 0;
        for (let at = slot * FIELDS; at < slot * FIELDS + FIELDS; at++) {
          const mask = fieldMasks[at]!;
          if (!mask) continue;
          let errors = 0;
          for (const word of words) errors += wordErrors(word, mask);
          if (!errors) logScore += exponents[at]! * LOG_EXACT;
          else if (errors / pattern.length <= THRESHOLD) logScore += exponents[at]! * Math.log(errors / pattern.length);
        }
        estimates[slot] = Math.exp(logScore) - 0.15 * contextBoost(entry, ctx);
        found.push(slot);
      }
      docHits[slot] = 0;
      for (let at = slot * FIELDS; at < slot * FIELDS + FIELDS; at++) fieldMasks[at] = 0;
    }
    const better = (a: number, b: number) => estimates[a]! - estimates[b]! || a - b;
    if (found.length <= MAX_RESULTS) return found.sort(better);
    // The cut is the MAX_RESULTS-th best estimate, found with a native numeric sort instead of sorting every slot.
    const sorted = new Float64Array(found.length);
    found.forEach((slot, i) => (sorted[i] = estimates[slot]!));
    const cut = sorted.sort()[MAX_RESULTS - 1]!;
    const kept = found.filter((slot) => estimates[slot]! < cut);
    const ties = Int32Array.from(found.filter((slot) => estimates[slot] === cut)).sort();
    return kept.concat(Array.from(ties.subarray(0, MAX_RESULTS - kept.length))).sort(better);
  }

  private insert(reply: T, folded: FoldedFields, fuse: FuseFields): void {
    this.remove(reply.key);
    const slot = this.entries.length;
    const entry = entryOf(reply, folded, fuse);
    this.slotOf.set(reply.key, slot);
    this.entries.push(entry);
    for (let field = 0; field < FIELDS; field++) {
      this.exponents.push(exponentOf(fuse, field));
      for (const gram of gramsOf(entry.texts[field]!)) this.post(gram, slot * FIELDS + field);
    }
  }

  /** Adds `at` to the gram's ascending list: at its end for a new slot, in its place for an edited one. */
  private post(gram: string, at: number): void {
    const list = this.postings.get(gram);
    if (!list) this.postings.set(gram, [at]);
    else if (list[list.length - 1]! < at) list.push(at);
    else list.splice(lowerBound(list, at), 0, at);
  }

  private unpost(gram: string, at: number): void {
    const list = this.postings.get(gram) ?? [];
    const i = lowerBound(list, at);
    if (list[i] === at) list.splice(i, 1);
    if (!list.length) this.postings.delete(gram);
  }

  /** Drops the tombstones, renumbering live slots in order so that posting lists stay ascending. */
  private compact(): void {
    const renumbered = new Int32Array(this.entries.length).fill(-1);
    const live = this.entries.flatMap((entry, slot) => (entry ? [slot] : []));
    live.forEach((slot, i) => (renumbered[slot] = i));
    for (const [gram, list] of this.postings) {
      let kept = 0;
      for (const at of list) {
        const slot = renumbered[at >> 2]!;
        if (slot >= 0) list[kept++] = slot * FIELDS + (at % FIELDS);
      }
      if (kept) list.length = kept;
      else this.postings.delete(gram);
    }
    this.exponents = live.flatMap((slot) => this.exponents.slice(slot * FIELDS, slot * FIELDS + FIELDS));
    this.entries = live.map((slot) => this.entries[slot]);
    for (const [key, slot] of this.slotOf) this.slotOf.set(key, renumbered[slot]!);
    this.dead = 0;
  }
}
