import { browser } from 'wxt/browser';
import type { Channel } from '@/protocols/types';
import type { CordialDb, DayRollup } from '@/utils/db/schema';
import { loadLibrary } from '@/utils/db/library';
import { getSetting } from '@/utils/db/settings';
import type { Handlers, BackgroundProtocol } from '@/utils/messaging';
import type { StatsContext } from '@/utils/stats/dashboard';
import { compactStats, loadRollups, recordEvents, setRetentionDays, storageFacts, type StorageFacts } from '@/utils/stats/store';
import { loadTimer, parseStoredTimer, saveTimer } from '@/utils/stats/timer-store';

/** What the dashboard page gets: the period's rollups, the library and labels to read them, and storage facts. */
export interface StatsSnapshot extends StatsContext {
  days: DayRollup[];
  agentName?: string;
  facts: StorageFacts;
  /** How long the background took to read it, ms (shown to the curious, measured by the bench). */
  queryMs: number;
}

const COMPACT_ALARM = 'cordial-stats-compact';

const isTabId = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/** The background's statistics messages (extension pages only). */
export function statsHandlers(db: CordialDb): Handlers<BackgroundProtocol> {
  return {
    'stats:record': ({ events }) => recordEvents(db, Array.isArray(events) ? events.slice(0, 1000) : []),
    'stats:load': async ({ from, to, lang }) => {
      const started = performance.now();
      const [days, library, agentName, facts] = await Promise.all([loadRollups(db, String(from), String(to)), loadLibrary(db, lang), getSetting(db, 'agentName'), storageFacts(db)]);
      const pack = library.pack.pack;
      const steps: Record<string, string> = {};
      for (const protocol of pack.protocols) for (const step of protocol.steps) steps[step.id] ??= step.label;
      const tone = Object.fromEntries(pack.toneRules.map((rule) => [rule.id, rule.label]));
      return {
        days,
        catalog: library.replies.map((r) => ({ key: r.key, title: r.title, channels: r.channels as Channel[] })),
        labels: { steps, tone },
        targets: pack.responseTargets,
        agentName,
        facts,
        queryMs: performance.now() - started,
      };
    },
    // Framed sidebars have no `storage.session` in Firefox: the background keeps each tab's timer for them.
    'timer:load': ({ tabId }) => (isTabId(tabId) ? loadTimer(tabId) : null),
    'timer:save': async ({ tabId, stored }) => {
      const timer = parseStoredTimer(stored);
      if (isTabId(tabId) && timer) await saveTimer(tabId, timer);
    },
    'stats:retention': async ({ days }) => {
      const kept = await setRetentionDays(db, Number(days));
      const removed = await compactStats(db);
      return { days: kept, removed: removed.events };
    },
  };
}

/** Raw events past their retention period are compacted away at start and once a day. */
export function startStatsMaintenance(db: CordialDb): void {
  void compactStats(db).catch(() => undefined);
  const alarms = browser.alarms;
  if (!alarms) return;
  void alarms.create(COMPACT_ALARM, { periodInMinutes: 24 * 60 });
  alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === COMPACT_ALARM) void compactStats(db).catch(() => undefined);
  });
}
