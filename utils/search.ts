import Fuse, { type IFuseOptions } from 'fuse.js';
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

const OPTIONS: IFuseOptions<SearchableReply> = {
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

const DAY = 86_400_000;
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

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
export function contextBoost(reply: SearchableReply, ctx: SearchContext): number {
  const now = ctx.now ?? Date.now();
  const use = ctx.usage?.get(reply.key);
  const channel = ctx.channel && reply.channels.includes(ctx.channel) ? 1 : 0;
  const situation = ctx.situation && reply.situation === ctx.situation ? 1 : 0;
  const frequency = use ? Math.min(1, Math.log1p(use.uses) / Math.log1p(50)) : 0;
  const recency = use ? Math.max(0, 1 - (now - use.lastUsedAt) / (14 * DAY)) : 0;
  return 0.45 * channel + 0.25 * situation + 0.2 * frequency + 0.1 * recency;
}

/**
 * A search index over the reply library, built once off the keystroke path and updated in place on edits.
 * Ranking mixes Fuse's text score with the context: a much better text match still wins over a better fit.
 */
export class ReplyIndex<T extends SearchableReply> {
  private readonly fuse: Fuse<T>;
  private readonly byKey = new Map<string, T>();

  constructor(replies: readonly T[]) {
    for (const reply of replies) this.byKey.set(reply.key, reply);
    this.fuse = new Fuse([...replies], OPTIONS as IFuseOptions<T>);
  }

  get size(): number {
    return this.byKey.size;
  }

  /** Adds or replaces one reply (an edit) without rebuilding the index. */
  upsert(reply: T): void {
    if (this.byKey.has(reply.key)) this.remove(reply.key);
    this.byKey.set(reply.key, reply);
    this.fuse.add(reply);
  }

  remove(key: string): void {
    if (!this.byKey.delete(key)) return;
    this.fuse.remove((doc) => doc.key === key);
  }

  search(query: string, context: SearchContext = {}): T[] {
    const { text, tags, channel } = parseQuery(query);
    const passes = (r: T) => (!channel || r.channels.includes(channel)) && tags.every((tag) => (r.tags ?? []).some((t) => fold(t) === tag));
    if (!text) {
      // Empty query: favourites, then the most used for this channel, then the rest in the pack's order.
      const order = [...this.byKey.values()];
      const rank = (r: T) => (context.favorites?.has(r.key) ? 2 : 0) + contextBoost(r, context);
      return order.filter(passes).map((r, i) => ({ r, i, s: rank(r) })).sort((a, b) => b.s - a.s || a.i - b.i).map((x) => x.r);
    }
    return this.fuse
      .search(text)
      .filter((result) => passes(result.item))
      .map((result, rank) => ({ item: result.item, rank, score: (result.score ?? 1) - 0.15 * contextBoost(result.item, context) }))
      .sort((a, b) => a.score - b.score || a.rank - b.rank)
      .map((entry) => entry.item);
  }
}
