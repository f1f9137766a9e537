import type { Pack, Reply } from '@/protocols/types';
import type { CordialDb, PackRecord, ReplyRecord } from './schema';

export function replyKey(packId: string, replyId: string): string {
  return `${packId}:${replyId}`;
}

function toRecords(pack: Pack, source: PackRecord['source'], now: number) {
  const { replies, ...rest } = pack;
  const packRecord: PackRecord = { id: pack.id, name: pack.name, version: pack.version, locale: pack.locale, source, installedAt: now, pack: rest };
  const replyRecords: ReplyRecord[] = replies.map((reply, order) => ({ ...reply, key: replyKey(pack.id, reply.id), packId: pack.id, order }));
  return { packRecord, replyRecords };
}

/**
 * Stores a validated pack in one transaction: its replies are replaced whole, so a pack lands completely or not at
 * all. Usage statistics are keyed by stable reply ids and are not touched.
 *
 * Only what differs is written: an update usually rewords a few replies of thousands, and deleting and rewriting every
 * row cost most of a second at 10,000 replies. `stored` are the pack's rows as the caller read them in its own
 * transaction, which saves reading them twice.
 */
export async function putPack(db: CordialDb, pack: Pack, source: PackRecord['source'], now = Date.now(), stored?: readonly ReplyRecord[]): Promise<void> {
  const { packRecord, replyRecords } = toRecords(pack, source, now);
  await db.transaction('rw', db.packs, db.replies, async () => {
    const rows = stored ?? (await db.replies.where('packId').equals(pack.id).toArray());
    const before = new Map(rows.map((row) => [row.key, row]));
    const kept = new Set(replyRecords.map((record) => record.key));
    await db.replies.bulkDelete(rows.map((row) => row.key).filter((key) => !kept.has(key)));
    await db.replies.bulkPut(replyRecords.filter((record) => !isSameData(before.get(record.key), record)));
    await db.packs.put(packRecord);
  });
}

/** Equality of plain stored data (objects, arrays, primitives); anything else counts as different, to be rewritten. */
export function isSameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const kind = Object.prototype.toString.call(a);
  if (kind !== Object.prototype.toString.call(b) || (kind !== '[object Object]' && kind !== '[object Array]')) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && isSameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** Fields every stored reply must have for the sidebar to show it. */
export function isUsableReply(record: unknown): record is ReplyRecord {
  const r = record as Partial<Reply & ReplyRecord> | null;
  return (
    !!r &&
    typeof r.key === 'string' &&
    typeof r.id === 'string' &&
    typeof r.packId === 'string' &&
    typeof r.title === 'string' &&
    r.title.trim() !== '' &&
    typeof r.body === 'string' &&
    r.body.trim() !== '' &&
    Array.isArray(r.channels)
  );
}

export interface LoadedPack {
  record: PackRecord;
  replies: ReplyRecord[];
  /** Stored replies that could not be read (damaged records); skipped, never deleted. */
  damaged: number;
}

export async function loadPack(db: CordialDb, packId: string): Promise<LoadedPack | undefined> {
  return db.transaction('r', db.packs, db.replies, async () => {
    const record = await db.packs.get(packId);
    if (!record) return undefined;
    const rows: unknown[] = await db.replies.where('packId').equals(packId).toArray();
    const replies = rows.filter(isUsableReply).sort((a, b) => a.order - b.order);
    return { record, replies, damaged: rows.length - replies.length };
  });
}

export async function listPacks(db: CordialDb): Promise<PackRecord[]> {
  return db.packs.toArray();
}
