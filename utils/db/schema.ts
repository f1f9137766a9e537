import { Dexie, type EntityTable } from 'dexie';
import type { Channel, Pack, Reply } from '@/protocols/types';

/** A pack as stored: everything but its replies, which live in their own table so search and counts stay cheap. */
export interface PackRecord {
  id: string;
  name: string;
  version: string;
  locale: string;
  source: 'builtin' | 'file' | 'url';
  installedAt: number;
  pack: Omit<Pack, 'replies'>;
}

export interface ReplyRecord extends Reply {
  /** `${packId}:${reply.id}`: stable across pack updates so statistics survive them. */
  key: string;
  packId: string;
  /** Position in the pack, for a stable default order. */
  order: number;
}

export type UsageEventType = 'insert' | 'copy';

/** What the agent did, never what anyone wrote: ids and counts only. */
export interface UsageEvent {
  id?: number;
  type: UsageEventType;
  replyKey: string;
  replyId: string;
  packId: string;
  packVersion: string;
  channel: Channel;
  siteId: string;
  at: number;
}

/** Running totals per reply, kept in the same transaction as each event (a rollup, so counts never scan events). */
export interface ReplyStats {
  replyKey: string;
  uses: number;
  lastUsedAt: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export type CordialDb = Dexie & {
  packs: EntityTable<PackRecord, 'id'>;
  replies: EntityTable<ReplyRecord, 'key'>;
  usageEvents: EntityTable<UsageEvent, 'id'>;
  replyStats: EntityTable<ReplyStats, 'replyKey'>;
  settings: EntityTable<SettingRecord, 'key'>;
};

export const DB_NAME = 'cordial';

/**
 * Opens Cordial's database. It must only ever be opened from extension pages and the background (the extension's
 * origin): a content script opening it would create it in the web page's origin, readable by the page.
 * Versions are append-only: never edit a released `version(n)`; add `version(n + 1)` with an `upgrade` and a test.
 */
export function openDb(name = DB_NAME): CordialDb {
  const db = new Dexie(name) as CordialDb;
  db.version(1).stores({
    packs: 'id',
    replies: 'key, packId, situation, *channels',
    usageEvents: '++id, at, type, replyKey, [packId+at]',
    replyStats: 'replyKey',
    settings: 'key',
  });
  return db;
}
