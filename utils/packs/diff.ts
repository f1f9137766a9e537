import { CHANNELS, type Channel, type Pack } from '@/protocols/types';

export interface Change {
  id: string;
  /** What the agent recognises it by: a reply's title, a step's label. */
  label: string;
}

export interface ChangeSet {
  added: Change[];
  changed: Change[];
  removed: Change[];
}

/** What installing `next` over `current` would change, for the agent to read before accepting an update. */
export interface PackDiff {
  fromVersion?: string;
  toVersion: string;
  replies: ChangeSet;
  /** Keyed `channel/stepId`. */
  steps: ChangeSet;
  toneRules: ChangeSet;
  dictionary: { added: string[]; removed: string[] };
  /** Channels whose response-time target changed. */
  targets: Channel[];
  /** True when nothing at all differs (same content, maybe another version number). */
  same: boolean;
}

type Keyed = { id: string; label: string; value: unknown };

/** Order-insensitive for object keys, so a re-serialised pack is not "changed". */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

function compare(before: readonly Keyed[], after: readonly Keyed[]): ChangeSet {
  const old = new Map(before.map((item) => [item.id, item]));
  const out: ChangeSet = { added: [], changed: [], removed: [] };
  const seen = new Set<string>();
  for (const item of after) {
    seen.add(item.id);
    const prior = old.get(item.id);
    if (!prior) out.added.push({ id: item.id, label: item.label });
    else if (canonical(prior.value) !== canonical(item.value)) out.changed.push({ id: item.id, label: item.label });
  }
  for (const item of before) if (!seen.has(item.id)) out.removed.push({ id: item.id, label: item.label });
  return out;
}

const replies = (pack?: Pick<Pack, 'replies'>): Keyed[] => (pack?.replies ?? []).map((r) => ({ id: r.id, label: r.title, value: r }));
const steps = (pack?: Pick<Pack, 'protocols'>): Keyed[] =>
  (pack?.protocols ?? []).flatMap((p) => p.steps.map((s) => ({ id: `${p.channel}/${s.id}`, label: s.label, value: s })));
const rules = (pack?: Pick<Pack, 'toneRules'>): Keyed[] => (pack?.toneRules ?? []).map((r) => ({ id: r.id, label: r.label, value: r }));

export function diffPacks(current: Pack | undefined, next: Pack): PackDiff {
  const before = new Set(current?.dictionary ?? []);
  const after = new Set(next.dictionary);
  const diff: PackDiff = {
    fromVersion: current?.version,
    toVersion: next.version,
    replies: compare(replies(current), replies(next)),
    steps: compare(steps(current), steps(next)),
    toneRules: compare(rules(current), rules(next)),
    dictionary: { added: [...after].filter((w) => !before.has(w)), removed: [...before].filter((w) => !after.has(w)) },
    targets: CHANNELS.filter((c) => current?.responseTargets[c] !== next.responseTargets[c]),
    same: false,
  };
  diff.same = !!current && canonical({ ...current, version: '' }) === canonical({ ...next, version: '' });
  return diff;
}

/** How many things change, for a one-line summary. */
export function countChanges(diff: PackDiff): number {
  const sets = [diff.replies, diff.steps, diff.toneRules];
  return sets.reduce((n, s) => n + s.added.length + s.changed.length + s.removed.length, 0) + diff.dictionary.added.length + diff.dictionary.removed.length + diff.targets.length;
}
