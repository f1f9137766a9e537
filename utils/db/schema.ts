import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Channel, Pack, Reply } from '@/protocols/types';
import { addToRollups } from '@/utils/stats/rollup';

/** A pack as stored: everything but its replies, which live in their own table so search and counts stay cheap. */
export interface PackRecord {
  id: string;
  name: string;
  version: string;
  locale: string;
  source: 'builtin' | 'file' | 'url' | 'backup';
  /** The subscription address it came from, for `url` packs. */
  url?: string;
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

export type UsageEventType = 'insert' | 'copy' | 'expand' | 'spell-fix' | 'tone-replace' | 'conversation-open' | 'send';

/**
 * What the agent did, never what anyone wrote: ids and counts only (no draft, no customer text, no customer name, no
 * conversation key). Reply events (insert, copy, expand) name the reply and live in `usageEvents`; the others carry
 * their own ids and numbers and live in `statsEvents`.
 */
export interface UsageEvent {
  id?: number;
  type: UsageEventType;
  /** insert · copy · expand: the reply used. */
  replyKey?: string;
  replyId?: string;
  packId: string;
  packVersion: string;
  channel: Channel;
  siteId: string;
  at: number;
  /** tone-replace: the tone rule whose suggestion the agent accepted. */
  ruleId?: string;
  /** spell-fix: how many words were fixed at once (1 when absent). */
  count?: number;
  /** send: the protocol steps covered (or ticked) and the required ones still missing at that moment. */
  stepsDone?: string[];
  stepsMissing?: string[];
  /** send: the tone rules that passed (or were ticked) and those that failed at that moment. */
  toneOk?: string[];
  toneFailed?: string[];
  /** send, when a response timer was running: customer's message (or conversation opened) → send, and the target. */
  responseMs?: number;
  targetMs?: number;
  /** Where the timer counted from: the customer's last message as the page shows it, or the conversation opened. */
  timedFrom?: 'arrival' | 'opened';
}

/** Upper bounds (seconds) of the response-time histogram buckets; one more bucket holds everything beyond. */
export const RESPONSE_BUCKETS_S = [30, 60, 120, 300, 600, 1800, 3600, 7200, 14400, 28800, 86400, 172800] as const;

/**
 * One day of one channel, kept up to date in the same transaction as each batch of events: the dashboard reads
 * these (a year is ~1,100 rows), never the raw events, and they outlive the raw events' retention period.
 */
export interface DayRollup {
  /** Local calendar day, `YYYY-MM-DD`. */
  day: string;
  channel: Channel;
  /** Events per type. */
  counts: Partial<Record<UsageEventType, number>>;
  /** Per reply key: [inserted, copied, expanded]. */
  replies: Record<string, [number, number, number]>;
  /** Sends with each step missing / covered; tone rules failing / passing at send; tone suggestions accepted. */
  stepsMissing: Record<string, number>;
  stepsDone: Record<string, number>;
  toneFailed: Record<string, number>;
  toneOk: Record<string, number>;
  toneReplaced: Record<string, number>;
  /** Spelling fixes (words). */
  spellFixes: number;
  /** Sends with a measured response time: how many, how many within target, total ms, how many timed from opening. */
  response: { timed: number; within: number; sumMs: number; fromOpened: number; buckets: number[] };
  /** Events per site id. */
  sites: Record<string, number>;
}

/** Running totals per reply, kept in the same transaction as each event (a rollup, so counts never scan events). */
export interface ReplyStats {
  replyKey: string;
  uses: number;
  lastUsedAt: number;
}

/**
 * A reply the agent owns: written from scratch, saved from a draft, or a personal copy of a pack reply (`basedOn`).
 * Kept apart from packs so that installing or updating a pack never touches it.
 */
export interface PersonalReplyRecord extends ReplyRecord {
  /** Always `personal`. */
  packId: 'personal';
  /** The pack reply key this is a personal copy of, which it then replaces in the agent's library. */
  basedOn?: string;
  createdAt: number;
  updatedAt: number;
  /** Set when the agent deletes it; cleared by undo; purged a while later. */
  deletedAt?: number;
}

export interface FavoriteRecord {
  replyKey: string;
  at: number;
}

/** What happened when the agent sent a reply with required protocol steps still missing (ids only, never text). */
export interface SendCheckRecord {
  id?: number;
  at: number;
  siteId: string;
  channel: Channel;
  packId: string;
  /** Ids of the required steps the draft did not cover. */
  missing: string[];
  /** `sent`: warned, sent anyway; `confirmed`: the agent confirmed a confirm-before-sending step; `cancelled`. */
  outcome: 'sent' | 'confirmed' | 'cancelled';
}

/** An earlier version of an installed pack, whole, kept so an update can be rolled back in one click. */
export interface PackHistoryRecord {
  id: string;
  version: string;
  /** When it was replaced by a newer install. */
  savedAt: number;
  source: PackRecord['source'];
  pack: Pack;
}

/** A pack followed at an HTTPS address: refreshed on a schedule, with the HTTP validators of the last answer. */
export interface SubscriptionRecord {
  url: string;
  /** The id of the pack the address served last; unknown until the first success. */
  packId?: string;
  etag?: string;
  lastModified?: string;
  addedAt: number;
  lastAttemptAt?: number;
  lastSuccessAt?: number;
  /** Why the last attempt failed, in the UI language of the background (cleared on success). */
  lastError?: string;
  /** Listed by the organisation's policy (`storage.managed`): the agent cannot remove it. */
  managed: boolean;
  /** A newer version fetched in the background, waiting for the agent to read its changes and accept it. */
  pending?: { version: string; text: string; fetchedAt: number };
}

/** A word the agent added to their personal dictionary («añadir al diccionario»): never flagged again, in any tab. */
export interface PersonalWordRecord {
  /** As the agent wrote it (NFC); a lower-case word accepts any case, a capitalised one (a brand) keeps it. */
  word: string;
  addedAt: number;
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
  personalReplies: EntityTable<PersonalReplyRecord, 'key'>;
  favorites: EntityTable<FavoriteRecord, 'replyKey'>;
  sendChecks: EntityTable<SendCheckRecord, 'id'>;
  packHistory: EntityTable<PackHistoryRecord, 'id'>;
  subscriptions: EntityTable<SubscriptionRecord, 'url'>;
  personalWords: EntityTable<PersonalWordRecord, 'word'>;
  statsEvents: EntityTable<UsageEvent, 'id'>;
  dailyStats: Table<DayRollup, [string, Channel]>;
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
  // v2: the agent's own replies, favourites, and sends with missing protocol steps. Only new tables: no upgrade needed.
  db.version(2).stores({
    personalReplies: 'key, updatedAt, deletedAt, basedOn',
    favorites: 'replyKey',
    sendChecks: '++id, at, [siteId+at]',
  });
  // v3: earlier versions of packs (rollback) and pack subscriptions. New tables only.
  db.version(3).stores({
    packHistory: '[id+version], id, savedAt',
    subscriptions: 'url, packId',
  });
  // v4: the agent's personal spelling dictionary. A new table only: no upgrade needed.
  db.version(4).stores({
    personalWords: 'word',
  });
  // v5: statistics (utils/stats). `usageEvents` keeps reply uses (insert, copy, expand); the other events (spelling fix,
  // tone replacement, conversation opened, send) go to `statsEvents`; `dailyStats` holds the daily rollups, built here
  // from the events already recorded so no count is lost.
  db.version(5)
    .stores({ statsEvents: '++id, at, type', dailyStats: '[day+channel], day' })
    .upgrade(async (tx) => {
      const rollups = new Map<string, DayRollup>();
      await tx.table<UsageEvent>('usageEvents').each((event) => void addToRollups(rollups, event));
      await tx.table<DayRollup>('dailyStats').bulkPut([...rollups.values()]);
    });
  return db;
}
