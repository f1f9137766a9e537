import type { Channel } from '@/protocols/types';
import type { CordialDb, ReplyStats, UsageEvent, UsageEventType } from './schema';

export interface UsageInput {
  type: UsageEventType;
  replyKey: string;
  replyId: string;
  packId: string;
  packVersion: string;
  channel: Channel;
  siteId: string;
}

/** Records one use and bumps the reply's running total in the same transaction; returns the new total. */
export async function recordUsage(db: CordialDb, input: UsageInput, at = Date.now()): Promise<number> {
  // Only known fields are stored: a message from another part of the extension cannot smuggle text in.
  const event: UsageEvent = {
    type: input.type,
    replyKey: input.replyKey,
    replyId: input.replyId,
    packId: input.packId,
    packVersion: input.packVersion,
    channel: input.channel,
    siteId: input.siteId,
    at,
  };
  return db.transaction('rw', db.usageEvents, db.replyStats, async () => {
    await db.usageEvents.add(event);
    const stats = await db.replyStats.get(input.replyKey);
    const uses = (stats?.uses ?? 0) + 1;
    await db.replyStats.put({ replyKey: input.replyKey, uses, lastUsedAt: at });
    return uses;
  });
}

export async function statsByReply(db: CordialDb, keys: string[]): Promise<Map<string, ReplyStats>> {
  const rows = await db.replyStats.bulkGet(keys);
  const map = new Map<string, ReplyStats>();
  for (const row of rows) if (row) map.set(row.replyKey, row);
  return map;
}
