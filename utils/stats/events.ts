import { CHANNELS, type Channel } from '@/protocols/types';
import type { UsageEvent, UsageEventType } from '@/utils/db/schema';

export const EVENT_TYPES: readonly UsageEventType[] = ['insert', 'copy', 'expand', 'spell-fix', 'tone-replace', 'conversation-open', 'send'];
const REPLY_EVENTS = new Set<UsageEventType>(['insert', 'copy', 'expand']);

/** What a sidebar hands the statistics queue: an event, with its time (batches arrive later than they happen). */
export type StatsEventInput = Omit<UsageEvent, 'id'>;

/** Ids are kebab-case or `pack:reply` keys; anything else (a sentence, a name) is not an id and is refused. */
const ID = /^[\w.:@+-]{1,160}$/u;
const MAX_IDS = 100;
/** An event may be up to a day late (a sidebar left offline) and never from the future. */
const MAX_AGE_MS = 24 * 3600_000;

const id = (v: unknown): string | undefined => (typeof v === 'string' && ID.test(v) ? v : undefined);
const ids = (v: unknown): string[] | undefined => (Array.isArray(v) ? [...new Set(v.filter((x): x is string => id(x) !== undefined))].slice(0, MAX_IDS) : undefined);
const count = (v: unknown, max: number): number | undefined => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.min(Math.round(v), max) : undefined);

export const isReplyEvent = (type: UsageEventType) => REPLY_EVENTS.has(type);

/**
 * The event as stored: only known fields, ids that look like ids, bounded numbers. A message from another part of
 * the extension cannot smuggle a draft or a customer's name in. Undefined when the event is unusable.
 */
export function sanitizeEvent(input: unknown, now = Date.now()): UsageEvent | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const e = input as Record<string, unknown>;
  const type = e.type as UsageEventType;
  if (!EVENT_TYPES.includes(type)) return undefined;
  const channel = e.channel as Channel;
  if (!CHANNELS.includes(channel)) return undefined;
  const packId = id(e.packId) ?? 'unknown';
  const siteId = id(e.siteId) ?? 'unknown';
  const at = typeof e.at === 'number' && e.at <= now + 60_000 && e.at >= now - MAX_AGE_MS ? e.at : now;
  const out: UsageEvent = { type, packId, packVersion: typeof e.packVersion === 'string' ? e.packVersion.slice(0, 40) : '', channel, siteId, at };
  if (isReplyEvent(type)) {
    const replyKey = id(e.replyKey);
    const replyId = id(e.replyId);
    if (!replyKey || !replyId) return undefined;
    Object.assign(out, { replyKey, replyId });
  }
  if (type === 'tone-replace') {
    const ruleId = id(e.ruleId);
    if (ruleId) out.ruleId = ruleId;
  }
  if (type === 'spell-fix') out.count = count(e.count, 1000) || 1;
  if (type === 'send') {
    for (const key of ['stepsDone', 'stepsMissing', 'toneOk', 'toneFailed'] as const) {
      const list = ids(e[key]);
      if (list) out[key] = list;
    }
    const responseMs = count(e.responseMs, 365 * 24 * 3600_000);
    const targetMs = count(e.targetMs, 365 * 24 * 3600_000);
    if (responseMs !== undefined) {
      out.responseMs = responseMs;
      if (targetMs !== undefined) out.targetMs = targetMs;
      out.timedFrom = e.timedFrom === 'opened' ? 'opened' : 'arrival';
    }
  }
  return out;
}
