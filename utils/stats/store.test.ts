import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb, recordUsage, type CordialDb } from '@/utils/db';
import type { StatsEventInput } from './events';
import { StatsQueue } from './queue';
import { dayKey } from './rollup';
import { compactStats, DEFAULT_RETENTION_DAYS, loadRollups, recordEvents, setRetentionDays, storageFacts } from './store';

let db: CordialDb;
let n = 0;
beforeEach(() => {
  db = openDb(`cordial-stats-${++n}`);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const NOW = new Date(2026, 5, 10, 12, 0).getTime();
const DAY = 24 * 3600_000;
const base = { packId: 'cordial-es', packVersion: '1.2.0', siteId: 'demo-chat', channel: 'chat' as const };
const insert = (replyId: string, at = NOW): StatsEventInput => ({ ...base, type: 'insert', replyKey: `cordial-es:${replyId}`, replyId, at });

describe('recordEvents', () => {
  it('stores the events, the reply totals and the day rollup together', async () => {
    const send: StatsEventInput = {
      ...base,
      type: 'send',
      at: NOW,
      stepsDone: ['greet'],
      stepsMissing: ['close', 'identify'],
      toneOk: ['courteous'],
      toneFailed: ['no-jargon'],
      responseMs: 95_000,
      targetMs: 120_000,
      timedFrom: 'arrival',
    };
    const result = await recordEvents(
      db,
      [insert('hola'), insert('hola'), { ...insert('hola'), type: 'copy' }, { ...base, type: 'spell-fix', count: 3, at: NOW }, { ...base, type: 'tone-replace', ruleId: 'no-jargon', at: NOW }, send],
      NOW,
    );
    expect(result).toEqual({ ok: true, stored: 6, rolledUp: 6, uses: { 'cordial-es:hola': 3 } });
    // Reply uses stay in usageEvents (as before v4); the other events have their own table.
    expect((await db.usageEvents.toArray()).map((e) => e.type)).toEqual(['insert', 'insert', 'copy']);
    expect((await db.statsEvents.toArray()).map((e) => e.type)).toEqual(['spell-fix', 'tone-replace', 'send']);
    expect((await db.replyStats.get('cordial-es:hola'))?.uses).toBe(3);
    const [day] = await loadRollups(db, dayKey(NOW), dayKey(NOW));
    expect(day).toMatchObject({
      day: '2026-06-10',
      channel: 'chat',
      counts: { insert: 2, copy: 1, 'spell-fix': 1, 'tone-replace': 1, send: 1 },
      replies: { 'cordial-es:hola': [2, 1, 0] },
      spellFixes: 3,
      stepsMissing: { close: 1, identify: 1 },
      stepsDone: { greet: 1 },
      toneFailed: { 'no-jargon': 1 },
      toneOk: { courteous: 1 },
      toneReplaced: { 'no-jargon': 1 },
      sites: { 'demo-chat': 6 },
    });
    expect(day!.response).toMatchObject({ timed: 1, within: 1, sumMs: 95_000, fromOpened: 0 });
    // 95 s falls in the "≤ 2 min" bucket.
    expect(day!.response.buckets[2]).toBe(1);
  });

  it('never stores text: unknown fields are dropped, and ids that are sentences are refused', async () => {
    await recordEvents(
      db,
      [
        { ...insert('hola'), draft: 'Hola Lucía, su pedido…', customerName: 'Lucía Fernández' } as StatsEventInput,
        { ...base, type: 'send', at: NOW, stepsMissing: ['close', 'Hola Lucía, su pedido llega mañana'] },
        { ...base, type: 'insert', replyKey: 'Hola Lucía', replyId: 'x', at: NOW },
        { ...base, type: 'unknown' as 'insert', at: NOW },
      ],
      NOW,
    );
    const uses = await db.usageEvents.toArray();
    const others = await db.statsEvents.toArray();
    expect([uses.length, others.length]).toEqual([1, 1]);
    expect(JSON.stringify([...uses, ...others])).not.toMatch(/Lucía/);
    expect(others[0]!.stepsMissing).toEqual(['close']);
  });

  it('many tabs writing at once lose nothing: 5 sidebars × 200 events', async () => {
    const queues = Array.from({ length: 5 }, () => new StatsQueue({ send: (events) => recordEvents(db, events, NOW), delayMs: 1, maxBatch: 37 }));
    const channels = ['email', 'social', 'chat'] as const;
    // Interleaved: every tab records while the others' batches are being written.
    await Promise.all(
      queues.map(async (queue, tab) => {
        for (let i = 0; i < 200; i++) {
          queue.record({ ...insert(`r${i % 7}`, NOW - (i % 3) * DAY), channel: channels[(tab + i) % 3]!, siteId: `tab-${tab}` });
          if (i % 25 === 0) await new Promise((r) => setTimeout(r, 0));
        }
        await queue.flush();
      }),
    );
    expect(await db.usageEvents.count()).toBe(1000);
    const rollups = await loadRollups(db, '2000-01-01', '2100-01-01');
    expect(rollups.reduce((sum, r) => sum + (r.counts.insert ?? 0), 0)).toBe(1000);
    expect(rollups.reduce((sum, r) => sum + Object.values(r.replies).reduce((s, row) => s + row[0], 0), 0)).toBe(1000);
    const totals = await db.replyStats.toArray();
    expect(totals.reduce((sum, r) => sum + r.uses, 0)).toBe(1000);
    for (let tab = 0; tab < 5; tab++) expect(rollups.reduce((sum, r) => sum + (r.sites[`tab-${tab}`] ?? 0), 0)).toBe(200);
  });

  it('the one-at-a-time path (usage:record) keeps the rollups too', async () => {
    await recordUsage(db, { type: 'insert', replyKey: 'cordial-es:hola', replyId: 'hola', packId: 'cordial-es', packVersion: '1', channel: 'email', siteId: 'gmail' }, NOW);
    expect((await loadRollups(db, dayKey(NOW), dayKey(NOW)))[0]?.counts).toEqual({ insert: 1 });
  });
});

describe('a full disk', () => {
  const quota = () => Object.assign(new Error('QuotaExceededError: the quota has been exceeded'), { name: 'QuotaExceededError' });

  it('keeps the day totals (rollups) when raw events cannot be written, after making room', async () => {
    await recordEvents(db, [insert('hola', NOW - 23 * 3600_000), insert('hola', NOW - 20 * 3600_000), insert('hola', NOW)], NOW);
    vi.spyOn(db.usageEvents, 'bulkAdd').mockRejectedValue(quota());
    const result = await recordEvents(db, [insert('adios'), insert('adios')], NOW);
    expect(result).toMatchObject({ ok: true, stored: 0, rolledUp: 2, warning: 'full' });
    const [today] = await loadRollups(db, dayKey(NOW), dayKey(NOW));
    expect(today!.replies['cordial-es:adios']).toEqual([2, 0, 0]);
    expect(today!.replies['cordial-es:hola']).toEqual([1, 0, 0]);
    // Room was made from the oldest raw events; their rollups stay.
    expect(await db.usageEvents.count()).toBeLessThan(3);
    expect(await db.dailyStats.count()).toBe(2);
    expect((await loadRollups(db, dayKey(NOW - DAY), dayKey(NOW - DAY)))[0]!.replies['cordial-es:hola']).toEqual([2, 0, 0]);
  });

  it('says so clearly, and loses no rollup, when even the rollups cannot be written', async () => {
    await recordEvents(db, [insert('hola')], NOW);
    vi.spyOn(db.usageEvents, 'bulkAdd').mockRejectedValue(quota());
    vi.spyOn(db.dailyStats, 'bulkPut').mockRejectedValue(quota());
    expect(await recordEvents(db, [insert('adios')], NOW)).toEqual({ ok: false, error: 'full' });
    vi.restoreAllMocks();
    const [today] = await loadRollups(db, dayKey(NOW), dayKey(NOW));
    expect(today!.replies).toEqual({ 'cordial-es:hola': [1, 0, 0] });
  });
});

describe('retention', () => {
  it('drops raw events past the period (90 days by default) and keeps their totals in the rollups', async () => {
    expect(DEFAULT_RETENTION_DAYS).toBe(90);
    const old = NOW - 100 * DAY;
    // Events are written as they happen; here they are seeded with their own clock.
    await recordEvents(db, [insert('hola', old)], old);
    await recordEvents(db, [insert('hola', NOW - 10 * DAY)], NOW - 10 * DAY);
    expect(await compactStats(db, NOW)).toEqual({ events: 1, rollups: 0 });
    expect(await db.usageEvents.count()).toBe(1);
    const rollups = await loadRollups(db, dayKey(old), dayKey(NOW));
    expect(rollups.map((r) => r.day)).toEqual([dayKey(old), dayKey(NOW - 10 * DAY)]);
    expect((await storageFacts(db)).retentionDays).toBe(90);
  });

  it('follows a configured period (for every kind of event), and drops rollups older than five years', async () => {
    await setRetentionDays(db, 7);
    await recordEvents(db, [insert('hola', NOW - 8 * DAY), { ...base, type: 'send', at: NOW - 8 * DAY }], NOW - 8 * DAY);
    const ancient = NOW - 6 * 366 * DAY;
    await recordEvents(db, [insert('hola', ancient)], ancient);
    expect(await compactStats(db, NOW)).toEqual({ events: 3, rollups: 1 });
    expect(await db.statsEvents.count()).toBe(0);
    expect(await db.dailyStats.count()).toBe(1);
  });

  it('a year of events stays bounded: raw events stop growing at the retention period', async () => {
    for (let d = 365; d >= 0; d -= 5) {
      const at = NOW - d * DAY;
      await recordEvents(db, Array.from({ length: 20 }, (_, i) => insert(`r${i}`, at)), at);
      await compactStats(db, at);
    }
    expect(await db.usageEvents.count()).toBeLessThanOrEqual(20 * (90 / 5 + 1));
    expect(await db.dailyStats.count()).toBe(74);
  });
});
