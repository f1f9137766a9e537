import { CHANNELS, type Channel } from '@/protocols/types';
import { RESPONSE_BUCKETS_S, type DayRollup } from '@/utils/db/schema';
import { addResponse, emptyRollup, mergeInto } from './rollup';

/** A reply the agent could have used: what "never used" is measured against. */
export interface CatalogEntry {
  key: string;
  title: string;
  channels: Channel[];
}

/** What the dashboard needs besides the rollups: the library, the labels of ids, the targets. */
export interface StatsContext {
  catalog: CatalogEntry[];
  labels: { steps: Record<string, string>; tone: Record<string, string> };
  /** First-response targets per channel, seconds. */
  targets: Record<Channel, number>;
}

export interface DashboardFilter {
  from: string;
  to: string;
  channels: readonly Channel[];
}

export interface RankedId {
  id: string;
  label: string;
  n: number;
  /** Sends in the period (the denominator of `share`). */
  of: number;
  share: number;
}

export interface ResponseFigures {
  channel: Channel | 'all';
  timed: number;
  within: number;
  /** Share of timed sends within the target (0–1), null when nothing was timed. */
  share: number | null;
  averageSec: number | null;
  targetSec: number | null;
  fromOpened: number;
  buckets: number[];
}

export interface Dashboard {
  days: string[];
  /** Replies put into the reply box (inserted or expanded from a shortcut), per day and channel. */
  insertedPerDay: Array<Record<Channel, number>>;
  spellingPerDay: number[];
  totals: { inserted: number; copied: number; expanded: number; sends: number; conversations: number; spellFixes: number; toneReplaced: number };
  topReplies: Array<{ key: string; title: string; uses: number; inserted: number; copied: number; expanded: number }>;
  neverUsed: CatalogEntry[];
  stepsMissing: RankedId[];
  toneFailing: RankedId[];
  response: ResponseFigures[];
}

/** Every day from `from` to `to`, inclusive (`YYYY-MM-DD`, calendar days). */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const end = to;
  for (let d = new Date(Date.UTC(fy, fm - 1, fd)); out.length < 4000; d.setUTCDate(d.getUTCDate() + 1)) {
    const key = d.toISOString().slice(0, 10);
    if (key > end) break;
    out.push(key);
  }
  return out;
}

const rank = (counts: Map<string, number>, labels: Record<string, string>, of: number): RankedId[] =>
  [...counts]
    .filter(([, n]) => n > 0)
    .map(([id, n]) => ({ id, label: labels[id] ?? id, n, of, share: of > 0 ? n / of : 0 }))
    .sort((a, b) => b.n - a.n || a.label.localeCompare(b.label));

const addAll = (into: Map<string, number>, from: Record<string, number>) => {
  for (const [k, n] of Object.entries(from)) into.set(k, (into.get(k) ?? 0) + n);
};

/** All of the dashboard's figures from the rollups of a period: pure, so the team view computes them the same way. */
export function computeDashboard(rollups: readonly DayRollup[], context: StatsContext, filter: DashboardFilter): Dashboard {
  const days = daysBetween(filter.from, filter.to);
  const index = new Map(days.map((d, i) => [d, i]));
  const channels = new Set(filter.channels);
  const insertedPerDay = days.map(() => ({ email: 0, social: 0, chat: 0 }));
  const spellingPerDay = days.map(() => 0);
  const totals = { inserted: 0, copied: 0, expanded: 0, sends: 0, conversations: 0, spellFixes: 0, toneReplaced: 0 };
  const replies = new Map<string, [number, number, number]>();
  const stepsMissing = new Map<string, number>();
  const toneFailed = new Map<string, number>();
  const response = new Map<Channel, DayRollup['response']>();

  for (const r of rollups) {
    const i = index.get(r.day);
    if (i === undefined || !channels.has(r.channel)) continue;
    const c = r.counts;
    const inserted = (c.insert ?? 0) + (c.expand ?? 0);
    insertedPerDay[i]![r.channel] += inserted;
    spellingPerDay[i]! += r.spellFixes;
    totals.inserted += c.insert ?? 0;
    totals.copied += c.copy ?? 0;
    totals.expanded += c.expand ?? 0;
    totals.sends += c.send ?? 0;
    totals.conversations += c['conversation-open'] ?? 0;
    totals.spellFixes += r.spellFixes;
    totals.toneReplaced += c['tone-replace'] ?? 0;
    for (const [key, row] of Object.entries(r.replies)) {
      const into = replies.get(key) ?? [0, 0, 0];
      for (let k = 0; k < 3; k++) into[k]! += row[k] ?? 0;
      replies.set(key, into);
    }
    addAll(stepsMissing, r.stepsMissing);
    addAll(toneFailed, r.toneFailed);
    response.set(r.channel, addResponse(response.get(r.channel) ?? emptyRollup(r.day, r.channel).response, r.response));
  }

  const titles = new Map(context.catalog.map((e) => [e.key, e.title]));
  const topReplies = [...replies]
    .map(([key, [inserted, copied, expanded]]) => ({ key, title: titles.get(key) ?? key, uses: inserted + copied + expanded, inserted, copied, expanded }))
    .filter((r) => r.uses > 0)
    .sort((a, b) => b.uses - a.uses || a.title.localeCompare(b.title));
  const neverUsed = context.catalog
    .filter((e) => e.channels.some((ch) => channels.has(ch)) && !(replies.get(e.key)?.some((n) => n > 0) ?? false))
    .sort((a, b) => a.title.localeCompare(b.title));

  const figures = (channel: Channel | 'all', rt: DayRollup['response'] | undefined): ResponseFigures => ({
    channel,
    timed: rt?.timed ?? 0,
    within: rt?.within ?? 0,
    share: rt && rt.timed > 0 ? rt.within / rt.timed : null,
    averageSec: rt && rt.timed > 0 ? rt.sumMs / rt.timed / 1000 : null,
    targetSec: channel === 'all' ? null : (context.targets[channel] ?? null),
    fromOpened: rt?.fromOpened ?? 0,
    buckets: rt?.buckets ?? new Array(RESPONSE_BUCKETS_S.length + 1).fill(0),
  });
  const selected = CHANNELS.filter((ch) => channels.has(ch));
  const all = emptyRollup('', 'email').response;
  for (const ch of selected) addResponse(all, response.get(ch));

  return {
    days,
    insertedPerDay,
    spellingPerDay,
    totals,
    topReplies,
    neverUsed,
    stepsMissing: rank(stepsMissing, context.labels.steps, totals.sends),
    toneFailing: rank(toneFailed, context.labels.tone, totals.sends),
    response: [...selected.map((ch) => figures(ch, response.get(ch))), figures('all', all)],
  };
}

/** Several agents' rollups as one team: the same day and channel added up. */
export function mergeTeam(agents: ReadonlyArray<readonly DayRollup[]>): DayRollup[] {
  const merged = new Map<string, DayRollup>();
  for (const rollups of agents) {
    for (const r of rollups) {
      const key = `${r.day}|${r.channel}`;
      merged.set(key, mergeInto(merged.get(key) ?? emptyRollup(r.day, r.channel), r));
    }
  }
  return [...merged.values()];
}
