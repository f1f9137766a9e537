import { CHANNELS, type Channel } from '@/protocols/types';
import type { CordialDb, SendCheckRecord } from './schema';

export type SendCheckInput = Omit<SendCheckRecord, 'id' | 'at'>;

const OUTCOMES: ReadonlySet<string> = new Set<SendCheckRecord['outcome']>(['sent', 'confirmed', 'cancelled']);
const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
const MAX_STEPS = 50;

/**
 * Records one send made with required protocol steps missing (or held and cancelled). Only known fields, ids and an
 * outcome are stored: a message cannot smuggle draft text in. Returns the new record's id, or undefined when the
 * input is not a valid check (nothing is stored then).
 */
export async function recordSendCheck(db: CordialDb, input: SendCheckInput, at = Date.now()): Promise<number | undefined> {
  const missing = Array.isArray(input?.missing) ? input.missing.filter((id) => typeof id === 'string' && ID.test(id)).slice(0, MAX_STEPS) : [];
  const valid =
    typeof input?.siteId === 'string' &&
    input.siteId.length <= 80 &&
    CHANNELS.includes(input.channel as Channel) &&
    typeof input.packId === 'string' &&
    input.packId.length <= 80 &&
    OUTCOMES.has(input.outcome) &&
    missing.length > 0;
  if (!valid) return undefined;
  const record: SendCheckRecord = { at, siteId: input.siteId, channel: input.channel, packId: input.packId, missing, outcome: input.outcome };
  return db.sendChecks.add(record);
}
