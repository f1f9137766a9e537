import type { Channel } from '@/protocols/types';
import { recordEvents } from '@/utils/stats/store';
import type { CordialDb, ReplyStats, UsageEventType } from './schema';

export interface UsageInput {
  type: Extract<UsageEventType, 'insert' | 'copy' | 'expand'>;
  replyKey: string;
  replyId: string;
  packId: string;
  packVersion: string;
  channel: Channel;
  siteId: string;
}

/**
 * Records one use and bumps the reply's running total and its day's rollup in the same transaction; returns the new
 * total. (The sidebar batches its events through `recordEvents`; this is the one-at-a-time path.)
 */
export async function recordUsage(db: CordialDb, input: UsageInput, at = Date.now()): Promise<number> {
  // Only known fields are stored: a message from another part of the extension cannot smuggle text in.
  const result = await recordEvents(db, [{ ...input, at }], at);
  if (!result.ok) throw new Error(result.error === 'full' ? 'QuotaExceededError' : 'usage not recorded');
  return result.uses[input.replyKey] ?? 0;
}

export async function statsByReply(db: CordialDb, keys: string[]): Promise<Map<string, ReplyStats>> {
  const rows = await db.replyStats.bulkGet(keys);
  const map = new Map<string, ReplyStats>();
  for (const row of rows) if (row) map.set(row.replyKey, row);
  return map;
}
