import type { Channel } from '@/protocols/types';
import type { CordialDb, DayRollup, UsageEvent } from '@/utils/db/schema';
import { isReplyEvent, sanitizeEvent } from './events';
import { addToRollups, dayKey, mergeInto, rollupId } from './rollup';

export const DEFAULT_RETENTION_DAYS = 90;
/** Rollups are a few rows a day; they are kept five years, then dropped too, so the database never grows without bound. */
export const ROLLUP_KEEP_DAYS = 5 * 366;
const RETENTION_KEY = 'statsRetentionDays';
const DAY_MS = 24 * 3600_000;

/**
 * `full`: the browser's storage quota (or the disk) is full. With `stored: 0, rolledUp > 0` the day totals were kept
 * but the raw events were not (Cordial made room by dropping the oldest raw events first).
 */
export type RecordResult =
  | { ok: true; stored: number; rolledUp: number; uses: Record<string, number>; warning?: 'full' }
  | { ok: false; error: 'full' | 'failed' };

export function isQuotaError(error: unknown): boolean {
  for (let e = error as { name?: string; inner?: unknown } | undefined, depth = 0; e && depth < 5; e = e.inner as typeof e, depth++) {
    if (e.name === 'QuotaExceededError' || (e.name === 'DataError' && /quota/i.test(String((e as Error).message)))) return true;
  }
  return false;
}

/** Adds the events to their days' rollups and the replies' running totals (inside the caller's transaction). */
async function applyRollups(db: CordialDb, events: UsageEvent[]): Promise<Record<string, number>> {
  const touched = new Map<string, DayRollup>();
  for (const e of events) addToRollups(touched, e);
  const keys = [...touched.values()].map((r) => [r.day, r.channel] as [string, Channel]);
  const existing = await db.dailyStats.bulkGet(keys);
  const merged = [...touched.values()].map((fresh, i) => (existing[i] ? mergeInto(existing[i]!, fresh) : fresh));
  await db.dailyStats.bulkPut(merged);

  const used = new Map<string, { n: number; at: number }>();
  for (const e of events) {
    if (!isReplyEvent(e.type) || !e.replyKey) continue;
    const u = used.get(e.replyKey) ?? { n: 0, at: 0 };
    used.set(e.replyKey, { n: u.n + 1, at: Math.max(u.at, e.at) });
  }
  const uses: Record<string, number> = {};
  if (used.size > 0) {
    const replyKeys = [...used.keys()];
    const stats = await db.replyStats.bulkGet(replyKeys);
    await db.replyStats.bulkPut(
      replyKeys.map((replyKey, i) => {
        const before = stats[i];
        const u = used.get(replyKey)!;
        uses[replyKey] = (before?.uses ?? 0) + u.n;
        return { replyKey, uses: uses[replyKey]!, lastUsedAt: Math.max(before?.lastUsedAt ?? 0, u.at) };
      }),
    );
  }
  return uses;
}

/**
 * Stores a batch of events, their days' rollups and the replies' totals in one transaction: all of it or none, so a
 * rollup never counts an event that is not there (or the reverse). Concurrent batches from many tabs queue up on
 * IndexedDB's transaction lock and lose nothing. On a full disk, room is made by dropping the oldest raw events and
 * the rollups are written alone: the totals the dashboard shows are never lost.
 */
export async function recordEvents(db: CordialDb, inputs: readonly unknown[], now = Date.now()): Promise<RecordResult> {
  const events = inputs.map((e) => sanitizeEvent(e, now)).filter((e): e is UsageEvent => e !== undefined);
  if (events.length === 0) return { ok: true, stored: 0, rolledUp: 0, uses: {} };
  try {
    const uses = await db.transaction('rw', [db.usageEvents, db.statsEvents, db.replyStats, db.dailyStats], async () => {
      const replies = events.filter((e) => isReplyEvent(e.type));
      const others = events.filter((e) => !isReplyEvent(e.type));
      if (replies.length) await db.usageEvents.bulkAdd(replies);
      if (others.length) await db.statsEvents.bulkAdd(others);
      return applyRollups(db, events);
    });
    return { ok: true, stored: events.length, rolledUp: events.length, uses };
  } catch (error) {
    if (!isQuotaError(error)) return { ok: false, error: 'failed' };
  }
  try {
    await makeRoom(db, now);
    const uses = await db.transaction('rw', db.replyStats, db.dailyStats, () => applyRollups(db, events));
    return { ok: true, stored: 0, rolledUp: events.length, uses, warning: 'full' };
  } catch (error) {
    return { ok: false, error: isQuotaError(error) ? 'full' : 'failed' };
  }
}

/** On a full disk: the oldest half of the raw events goes (their totals are already in the rollups). */
async function makeRoom(db: CordialDb, now: number): Promise<number> {
  let removed = 0;
  for (const table of [db.usageEvents, db.statsEvents]) {
    const total = await table.count();
    if (total === 0) continue;
    const cut = await table.orderBy('at').offset(Math.floor(total / 2)).first();
    removed += await table.where('at').below(cut?.at ?? now).delete();
  }
  return removed;
}

export async function getRetentionDays(db: CordialDb): Promise<number> {
  const row = await db.settings.get(RETENTION_KEY);
  const days = Number(row?.value);
  return Number.isInteger(days) && days >= 1 ? days : DEFAULT_RETENTION_DAYS;
}

export async function setRetentionDays(db: CordialDb, days: number): Promise<number> {
  const clean = Math.min(3650, Math.max(1, Math.round(days)));
  await db.settings.put({ key: RETENTION_KEY, value: clean });
  return clean;
}

/**
 * Drops raw events older than the retention period (their totals live on in the rollups, written with them) and
 * rollups older than five years. Safe to run at any time, as often as wanted.
 */
export async function compactStats(db: CordialDb, now = Date.now()): Promise<{ events: number; rollups: number }> {
  const days = await getRetentionDays(db);
  const cutoff = now - days * DAY_MS;
  const events = (await db.usageEvents.where('at').below(cutoff).delete()) + (await db.statsEvents.where('at').below(cutoff).delete());
  const rollups = await db.dailyStats.where('day').below(dayKey(now - ROLLUP_KEEP_DAYS * DAY_MS)).delete();
  return { events, rollups };
}

/** The rollups of the days from `from` to `to` (inclusive, `YYYY-MM-DD`). */
export function loadRollups(db: CordialDb, from: string, to: string): Promise<DayRollup[]> {
  return db.dailyStats.where('day').between(from, to, true, true).toArray();
}

export interface StorageFacts {
  rawEvents: number;
  oldestRawAt?: number;
  rollups: number;
  retentionDays: number;
}

export async function storageFacts(db: CordialDb): Promise<StorageFacts> {
  const [uses, others, oldestUse, oldestOther, rollups, retentionDays] = await Promise.all([
    db.usageEvents.count(),
    db.statsEvents.count(),
    db.usageEvents.orderBy('at').first(),
    db.statsEvents.orderBy('at').first(),
    db.dailyStats.count(),
    getRetentionDays(db),
  ]);
  const oldest = [oldestUse?.at, oldestOther?.at].filter((n): n is number => n !== undefined);
  return { rawEvents: uses + others, oldestRawAt: oldest.length ? Math.min(...oldest) : undefined, rollups, retentionDays };
}

export { rollupId };
