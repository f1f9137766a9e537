import type { CordialDb } from './schema';

export interface Settings {
  /** The pack whose protocols and replies the sidebar shows. */
  activePackId: string;
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
