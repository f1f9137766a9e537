import { browser } from 'wxt/browser';
import type { CordialDb } from '@/utils/db/schema';
import { refreshAll, syncManagedSubscriptions } from '@/utils/packs/subscriptions';

export const REFRESH_ALARM = 'cordial-pack-refresh';
/** Hourly: a lead's change reaches the team within the hour, and a pack server sees one conditional GET per agent. */
export const REFRESH_MINUTES = 60;

/** The organisation's policy, from `storage.managed` (see `public/managed_schema.json`). */
export async function managedPackUrls(): Promise<string[]> {
  try {
    const { packUrls } = (await browser.storage.managed.get('packUrls')) as { packUrls?: unknown };
    return Array.isArray(packUrls) ? packUrls.filter((u): u is string => typeof u === 'string') : [];
  } catch {
    // No policy set (the usual case), or a browser without managed storage.
    return [];
  }
}

/**
 * Keeps subscribed packs fresh: on start-up (policy first, then every subscription), on the hourly alarm, and when
 * the administrator changes the policy. Updates of ordinary subscriptions are staged for the agent to accept;
 * policy-managed ones apply directly. `changed` tells open sidebars to reload.
 */
export function startPackRefresh(db: CordialDb, changed: () => void): void {
  let running: Promise<void> | null = null;
  const run = () => {
    running ??= (async () => {
      try {
        const subscribed = await syncManagedSubscriptions(db, await managedPackUrls());
        const outcomes = await refreshAll(db);
        if (subscribed || Object.values(outcomes).some((o) => o.status === 'installed')) changed();
      } catch (error) {
        // Offline or a server down is recorded per subscription; anything reaching here is unexpected: say it.
        console.warn('Cordial: pack refresh failed', error);
      } finally {
        running = null;
      }
    })();
    return running;
  };
  void browser.alarms?.create(REFRESH_ALARM, { periodInMinutes: REFRESH_MINUTES, delayInMinutes: 1 });
  browser.alarms?.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void run();
  });
  browser.runtime.onStartup.addListener(() => void run());
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void run();
  });
  // The worker also starts after an update or a crash: a cheap conditional refresh then is harmless.
  void run();
}
