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
 */
export async function putPack(db: CordialDb, pack: Pack, source: PackRecord['source'], now = Date.now()): Promise<void> {
  const { packRecord, replyRecords } = toRecords(pack, source, now);
  await db.transaction('rw', db.packs, db.replies, async () => {
    await db.replies.where('packId').equals(pack.id).delete();
    await db.replies.bulkPut(replyRecords);
    await db.packs.put(packRecord);
  });
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
