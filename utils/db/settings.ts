import type { CordialDb } from './schema';

export interface Settings {
  /** The pack whose protocols and replies the sidebar shows (before several packs could be active). */
  activePackId: string;
  /** The active packs, highest priority first: on a conflict (same id, same channel) the first one wins. */
  activePackIds: string[];
  /** Filled into {{agente}} / {{agent}}; remembered from the fill-in form. */
  agentName: string;
  /** Filled into {{empresa}} / {{company}}. */
  companyName: string;
}

export async function getSetting<K extends keyof Settings>(db: CordialDb, key: K): Promise<Settings[K] | undefined> {
  const row = await db.settings.get(key);
  return row?.value as Settings[K] | undefined;
}

export async function setSetting<K extends keyof Settings>(db: CordialDb, key: K, value: Settings[K]): Promise<void> {
  await db.settings.put({ key, value });
}
