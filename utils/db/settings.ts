import { DEFAULT_TRIGGER, normalizeTrigger } from '@/utils/shortcuts';
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
  /** Typed before a reply's shortcut in the reply box (`;gracias`); 1–3 symbols, `''` turns expansion off. */
  shortcutTrigger: string;
}

export async function getSetting<K extends keyof Settings>(db: CordialDb, key: K): Promise<Settings[K] | undefined> {
  const row = await db.settings.get(key);
  return row?.value as Settings[K] | undefined;
}

export async function setSetting<K extends keyof Settings>(db: CordialDb, key: K, value: Settings[K]): Promise<void> {
  await db.settings.put({ key, value });
}

/** The shortcut trigger, `;` until the agent changes it (a stored value that is no longer valid counts as unset). */
export async function getShortcutTrigger(db: CordialDb): Promise<string> {
  return normalizeTrigger(await getSetting(db, 'shortcutTrigger')) ?? DEFAULT_TRIGGER;
}

export type SaveTriggerResult = { ok: true; trigger: string } | { ok: false; reason: 'invalid' };

/** Saves the trigger the agent chose, after the same validation the options page shows (`normalizeTrigger`). */
export async function saveShortcutTrigger(db: CordialDb, raw: unknown): Promise<SaveTriggerResult> {
  const trigger = normalizeTrigger(raw);
  if (trigger === null) return { ok: false, reason: 'invalid' };
  await setSetting(db, 'shortcutTrigger', trigger);
  return { ok: true, trigger };
}
