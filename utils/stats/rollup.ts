import type { Channel } from '@/protocols/types';
import { RESPONSE_BUCKETS_S, type DayRollup, type UsageEvent } from '@/utils/db/schema';

const REPLY_SLOT = { insert: 0, copy: 1, expand: 2 } as const;

/** The local calendar day of a time, `YYYY-MM-DD`: agents read their statistics by their own working day. */
export function dayKey(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function emptyRollup(day: string, channel: Channel): DayRollup {
  return {
    day,
    channel,
    counts: {},
    replies: {},
    stepsMissing: {},
    stepsDone: {},
    toneFailed: {},
    toneOk: {},
    toneReplaced: {},
    spellFixes: 0,
    response: { timed: 0, within: 0, sumMs: 0, fromOpened: 0, buckets: new Array(RESPONSE_BUCKETS_S.length + 1).fill(0) },
    sites: {},
  };
}

export function rollupId(day: string, channel: Channel): string {
  return `${day}|${channel}`;
}

/** The histogram bucket of a response time. */
export function responseBucket(ms: number): number {
  const s = ms / 1000;
  const i = RESPONSE_BUCKETS_S.findIndex((limit) => s <= limit);
  return i === -1 ? RESPONSE_BUCKETS_S.length : i;
}

/**
 * Keys that would reach Object.prototype through a plain object («__proto__») rather than name a reply, site or step:
 * ids come from agents' files and the page's events, so every map write goes through this check.
 */
export const isSafeKey = (key: string) => key !== '__proto__' && key !== 'constructor' && key !== 'prototype';

const bump = (map: Record<string, number>, key: string, n = 1) => {
  if (isSafeKey(key)) map[key] = (Object.hasOwn(map, key) ? map[key]! : 0) + n;
};

/** Adds one event to its day's rollup (mutating it). */
export function addEvent(r: DayRollup, e: UsageEvent): void {
  bump(r.counts as Record<string, number>, e.type);
  bump(r.sites, e.siteId);
  switch (e.type) {
    case 'insert':
    case 'copy':
    case 'expand': {
      if (!e.replyKey || !isSafeKey(e.replyKey)) break;
      const row = (r.replies[e.replyKey] ??= [0, 0, 0]);
      row[REPLY_SLOT[e.type]] += 1;
      break;
    }
    case 'spell-fix':
      r.spellFixes += Math.max(1, e.count ?? 1);
      break;
    case 'tone-replace':
      if (e.ruleId) bump(r.toneReplaced, e.ruleId);
      break;
    case 'send': {
      for (const id of e.stepsMissing ?? []) bump(r.stepsMissing, id);
      for (const id of e.stepsDone ?? []) bump(r.stepsDone, id);
      for (const id of e.toneFailed ?? []) bump(r.toneFailed, id);
      for (const id of e.toneOk ?? []) bump(r.toneOk, id);
      if (typeof e.responseMs === 'number' && e.responseMs >= 0) {
        const rt = r.response;
        rt.timed += 1;
        rt.sumMs += e.responseMs;
        if (typeof e.targetMs === 'number' && e.responseMs <= e.targetMs) rt.within += 1;
        if (e.timedFrom === 'opened') rt.fromOpened += 1;
        rt.buckets[responseBucket(e.responseMs)]! += 1;
      }
      break;
    }
    default:
      break;
  }
}

/** Adds an event to the rollup of its day and channel in `rollups` (keyed by `rollupId`), creating it when needed. */
export function addToRollups(rollups: Map<string, DayRollup>, e: UsageEvent): DayRollup {
  const day = dayKey(e.at);
  const id = rollupId(day, e.channel);
  let r = rollups.get(id);
  if (!r) rollups.set(id, (r = emptyRollup(day, e.channel)));
  addEvent(r, e);
  return r;
}

const addMap = (into: Record<string, number>, from: Record<string, number> | undefined) => {
  for (const [k, n] of Object.entries(from ?? {})) if (typeof n === 'number' && Number.isFinite(n)) bump(into, k, n);
};

/** Adds rollup `b` into `a` (same day and channel, or a total): for several agents' files in the team view. */
export function mergeInto(a: DayRollup, b: DayRollup): DayRollup {
  addMap(a.counts as Record<string, number>, b.counts as Record<string, number>);
  for (const [key, row] of Object.entries(b.replies ?? {})) {
    if (!isSafeKey(key)) continue;
    const into = (a.replies[key] ??= [0, 0, 0]);
    for (let i = 0; i < 3; i++) into[i]! += Number(row[i]) || 0;
  }
  addMap(a.stepsMissing, b.stepsMissing);
  addMap(a.stepsDone, b.stepsDone);
  addMap(a.toneFailed, b.toneFailed);
  addMap(a.toneOk, b.toneOk);
  addMap(a.toneReplaced, b.toneReplaced);
  addMap(a.sites, b.sites);
  a.spellFixes += Number(b.spellFixes) || 0;
  addResponse(a.response, b.response);
  return a;
}

/** Adds response-time figures `b` into `a`. */
export function addResponse(a: DayRollup['response'], b: DayRollup['response'] | undefined): DayRollup['response'] {
  if (!b) return a;
  a.timed += Number(b.timed) || 0;
  a.within += Number(b.within) || 0;
  a.sumMs += Number(b.sumMs) || 0;
  a.fromOpened += Number(b.fromOpened) || 0;
  for (let i = 0; i < a.buckets.length; i++) a.buckets[i]! += Number(b.buckets?.[i]) || 0;
  return a;
}
