// Statistics storage speed, in Node with fake-indexeddb (an in-memory IndexedDB; Chromium's own is not reachable
// from Node). Run by scripts/bench.mjs through jiti, or alone: `npx jiti scripts/lib/stats-bench.ts`.
import 'fake-indexeddb/auto';
import { openDb } from '../../utils/db';
import { loadLibrary } from '../../utils/db/library';
import { computeDashboard } from '../../utils/stats/dashboard';
import { sanitizeEvent, type StatsEventInput } from '../../utils/stats/events';
import { StatsQueue } from '../../utils/stats/queue';
import { addToRollups, dayKey } from '../../utils/stats/rollup';
import type { DayRollup } from '../../utils/db/schema';
import { compactStats, loadRollups, recordEvents, storageFacts } from '../../utils/stats/store';
import es from '../../protocols/builtin/es.json';

const DAY = 24 * 3600_000;
const CHANNELS = ['email', 'social', 'chat'] as const;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * p) - 1)]!;
const round = (n: number) => Math.round(n * 100) / 100;

const replyIds = es.replies.map((r) => r.id);
const stepIds = es.protocols.flatMap((p) => p.steps.map((s) => s.id));
const toneIds = es.toneRules.map((r) => r.id);

/** A plausible event: mostly inserts, some copies, fixes, sends with their steps and a response time. */
function makeEvent(i: number, at: number): StatsEventInput {
  const channel = CHANNELS[i % 3]!;
  const base = { packId: 'cordial-es', packVersion: es.version, channel, siteId: ['gmail', 'whatsapp', 'zendesk', 'demo-chat'][i % 4]!, at };
  const r = i % 20;
  const replyId = replyIds[(i * 7) % (replyIds.length - 5)]!; // a few replies are never used
  if (r < 9) return { ...base, type: 'insert', replyKey: `cordial-es:${replyId}`, replyId };
  if (r < 11) return { ...base, type: 'copy', replyKey: `cordial-es:${replyId}`, replyId };
  if (r < 12) return { ...base, type: 'expand', replyKey: `cordial-es:${replyId}`, replyId };
  if (r < 14) return { ...base, type: 'spell-fix', count: 1 + (i % 3) };
  if (r < 15) return { ...base, type: 'tone-replace', ruleId: toneIds[i % toneIds.length]! };
  if (r < 17) return { ...base, type: 'conversation-open' };
  return {
    ...base,
    type: 'send',
    stepsDone: stepIds.filter((_, k) => (i + k) % 3 !== 0),
    stepsMissing: stepIds.filter((_, k) => (i + k) % 3 === 0).slice(0, 2),
    toneOk: toneIds.filter((_, k) => (i + k) % 4 !== 0),
    toneFailed: toneIds.filter((_, k) => (i + k) % 4 === 0).slice(0, 2),
    responseMs: ((i * 7919) % 7200) * 1000,
    targetMs: { email: 86400, social: 3600, chat: 120 }[channel] * 1000,
    timedFrom: i % 9 === 0 ? 'opened' : 'arrival',
  };
}

/** p95 of one event's cost on the sidebar's batched path: its `record()` call plus its share of its batch's commit. */
export async function runEventWriteBench(): Promise<Record<string, number>> {
  const db = openDb('bench-write');
  await db.open();
  const batchCost: number[] = [];
  const queue = new StatsQueue({
    delayMs: 0,
    maxBatch: 50,
    send: async (events) => {
      const started = performance.now();
      const result = await recordEvents(db, events);
      batchCost.push((performance.now() - started) / events.length);
      return result;
    },
  });
  const recordCost: number[] = [];
  for (let i = 0; i < 5000; i++) {
    const started = performance.now();
    queue.record(makeEvent(i, Date.now()));
    recordCost.push(performance.now() - started);
    // An agent produces events in bursts (insert, fix, send), never thousands at once.
    if (i % 10 === 9) await queue.flush();
  }
  await queue.flush();
  const perEvent = recordCost.map((c, i) => c + (batchCost[Math.floor(i / 10)] ?? 0));
  await db.delete();
  return {
    event_write_p95_ms: round(pct(perEvent, 0.95)),
    event_record_call_p95_ms: round(pct(recordCost, 0.95)),
    event_batch_commit_per_event_p95_ms: round(pct(batchCost, 0.95)),
  };
}

/**
 * 1,000,000 events over a year, then every figure of the dashboard for that year. The last 90 days (the retention
 * period) go through the real write path, raw events and all; older days are rolled up with the same function the
 * write path uses (their raw events would have been compacted away anyway) to keep the seeding to seconds.
 */
export async function runDashboardBench(total = 1_000_000): Promise<Record<string, number>> {
  const db = openDb('bench-dashboard');
  await db.open();
  const end = new Date(2026, 11, 31, 18).getTime();
  const perDay = Math.ceil(total / 365);
  const seedStart = performance.now();
  let written = 0;
  const old = new Map<string, DayRollup>();
  for (let d = 364; d >= 0 && written < total; d--) {
    const day = end - d * DAY;
    const n = Math.min(perDay, total - written);
    const events = Array.from({ length: n }, (_, k) => makeEvent(written + k, day - (k % 600) * 60_000));
    if (d >= 90) for (const e of events) addToRollups(old, sanitizeEvent(e, day)!);
    else await recordEvents(db, events, day);
    written += n;
    if (d === 90) await db.dailyStats.bulkPut([...old.values()]);
  }
  await compactStats(db, end);
  const seedMs = performance.now() - seedStart;
  const lang = 'es' as const;
  await loadLibrary(db, lang); // first use installs the built-in packs: not part of a dashboard query
  const timings: number[] = [];
  let rollups = 0;
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    // Exactly what the dashboard page asks for (`stats:load`) and computes, for one whole year.
    const [days, library] = await Promise.all([loadRollups(db, dayKey(end - 364 * DAY), dayKey(end)), loadLibrary(db, lang), storageFacts(db)]);
    const pack = library.pack.pack;
    const context = {
      catalog: library.replies.map((r) => ({ key: r.key, title: r.title, channels: r.channels })),
      labels: { steps: Object.fromEntries(pack.protocols.flatMap((p) => p.steps.map((s) => [s.id, s.label]))), tone: Object.fromEntries(pack.toneRules.map((r) => [r.id, r.label])) },
      targets: pack.responseTargets,
    };
    computeDashboard(days, context, { from: dayKey(end - 364 * DAY), to: dayKey(end), channels: CHANNELS });
    timings.push(performance.now() - started);
    rollups = days.length;
  }
  const facts = await storageFacts(db);
  await db.delete();
  return {
    dashboard_query_1m_ms: Math.round(pct(timings, 0.5)),
    dashboard_query_1m_max_ms: Math.round(Math.max(...timings)),
    dashboard_seeded_events: written,
    dashboard_rollup_rows_read: rollups,
    dashboard_raw_events_kept: facts.rawEvents,
    dashboard_seed_s: Math.round(seedMs / 1000),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await runEventWriteBench());
  console.log(await runDashboardBench(Number(process.argv[2]) || undefined));
}
