import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Channel } from '@/protocols/types';

export interface SearchableReply {
  key: string;
  title: string;
  body: string;
  tags?: string[];
  shortcut?: string;
  channels: Channel[];
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

/** A search index built once per reply list, off the keystroke path. */
export class ReplyIndex<T extends SearchableReply> {
  private readonly fuse: Fuse<T>;

  constructor(private readonly replies: readonly T[]) {
    this.fuse = new Fuse(replies as T[], OPTIONS as IFuseOptions<T>);
  }

  /** Replies for `query`; for an empty query, all of them with the current channel's first. */
  search(query: string, channel?: Channel): T[] {
    const q = query.trim();
    const fitsChannel = (r: T) => (channel && r.channels.includes(channel) ? 0 : 1);
    if (!q) return [...this.replies].sort((a, b) => fitsChannel(a) - fitsChannel(b));
    return this.fuse
      .search(q)
      .map((result, rank) => ({ item: result.item, rank, fit: fitsChannel(result.item), score: result.score ?? 1 }))
      // Channel fit only breaks near-ties: a much better text match still wins.
      .sort((a, b) => a.score + a.fit * 0.1 - (b.score + b.fit * 0.1) || a.rank - b.rank)
      .map((entry) => entry.item);
  }
}
