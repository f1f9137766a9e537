import { DEFAULT_PACK_ID } from '@/protocols/builtin';
import type { Pack } from '@/protocols/types';
import { putPack } from '@/utils/db/packs';
import type { CordialDb, PackHistoryRecord, PackRecord, ReplyRecord } from '@/utils/db/schema';
import { getSetting, setSetting } from '@/utils/db/settings';

/** Earlier versions kept per pack: enough to step back after a bad update, not a version-control system. */
export const HISTORY_PER_PACK = 3;

/** A stored pack, replies included, as it was installed. */
export async function readWholePack(db: CordialDb, id: string): Promise<{ record: PackRecord; pack: Pack } | undefined> {
  const stored = await readStoredPack(db, id);
  return stored && { record: stored.record, pack: stored.pack };
}

/** The same, with the reply rows it was rebuilt from. */
async function readStoredPack(db: CordialDb, id: string): Promise<{ record: PackRecord; pack: Pack; rows: ReplyRecord[] } | undefined> {
  const record = await db.packs.get(id);
  if (!record) return undefined;
  const rows = await db.replies.where('packId').equals(id).sortBy('order');
  const replies = rows.map(({ key: _key, packId: _packId, order: _order, ...reply }) => reply);
  return { record, pack: { ...record.pack, replies } as Pack, rows };
}

/** The active packs, highest priority first; the built-in pack for the UI language when none was chosen. */
export async function activePackIds(db: CordialDb, lang: 'es' | 'en'): Promise<string[]> {
  const chosen = (await getSetting(db, 'activePackIds')) ?? [(await getSetting(db, 'activePackId')) ?? DEFAULT_PACK_ID[lang]];
  return chosen.filter((id, i) => typeof id === 'string' && chosen.indexOf(id) === i);
}

export interface InstallOptions {
  url?: string;
  now?: number;
  /** Put the pack first among the active ones (a team's pack, just imported). Default true. */
  activate?: boolean;
  lang?: 'es' | 'en';
}

/**
 * Installs a validated pack in ONE transaction: the version it replaces goes to the history, the pack and its
 * replies are replaced whole, and it becomes active. A failure anywhere (quota, crash, closed tab) aborts it all
 * and the previous state stays exactly as it was. Usage statistics and personal replies are other tables: untouched.
 */
export async function installPack(db: CordialDb, pack: Pack, source: PackRecord['source'], options: InstallOptions = {}): Promise<void> {
  const now = options.now ?? Date.now();
  await db.transaction('rw', [db.packs, db.replies, db.packHistory, db.settings], async () => {
    const current = await readStoredPack(db, pack.id);
    if (current && current.record.version !== pack.version) await keepInHistory(db, current, now);
    await putPack(db, pack, source, now, current?.rows);
    if (options.url) await db.packs.update(pack.id, { url: options.url });
    if (options.activate !== false) {
      const active = await activePackIds(db, options.lang ?? 'es');
      await setSetting(db, 'activePackIds', [pack.id, ...active.filter((id) => id !== pack.id)]);
    }
  });
}

async function keepInHistory(db: CordialDb, current: { record: PackRecord; pack: Pack }, now: number) {
  const entry: PackHistoryRecord = { id: current.record.id, version: current.record.version, savedAt: now, source: current.record.source, pack: current.pack };
  await db.packHistory.put(entry);
  const all = await historyKeys(db, current.record.id);
  await db.packHistory.bulkDelete(all.slice(0, Math.max(0, all.length - HISTORY_PER_PACK)) as never);
}

/**
 * The keys of a pack's earlier versions, oldest first, read from the savedAt index alone: each version is a whole
 * pack, too big to read just to count or list them. (The table's key is [id, version]; EntityTable types it as the id.)
 */
async function historyKeys(db: CordialDb, id: string): Promise<[id: string, version: string][]> {
  const keys = (await db.packHistory.orderBy('savedAt').primaryKeys()) as unknown as [id: string, version: string][];
  return keys.filter(([packId]) => packId === id);
}

/** The versions a pack can go back to, newest first (without reading the packs themselves). */
export async function historyVersions(db: CordialDb, id: string): Promise<string[]> {
  return (await historyKeys(db, id)).map(([, version]) => version).reverse();
}


/**
 * Puts back the newest earlier version of a pack, atomically; the version rolled back from joins the history, so a
 * rollback can itself be undone.
 */
export async function rollbackPack(db: CordialDb, id: string, now = Date.now()): Promise<string> {
  return db.transaction('rw', [db.packs, db.replies, db.packHistory, db.settings], async () => {
    const newest = (await historyKeys(db, id)).at(-1);
    const previous = newest && (await db.packHistory.get(newest as never));
    if (!previous) throw new Error('no earlier version');
    const current = await readStoredPack(db, id);
    await db.packHistory.delete([previous.id, previous.version] as never);
    if (current) await keepInHistory(db, current, now);
    await putPack(db, previous.pack, previous.source, now, current?.rows);
    return previous.version;
  });
}

/** Removes an installed pack (not a built-in one): its replies and history go; statistics stay (ids are stable). */
export async function removePack(db: CordialDb, id: string): Promise<void> {
  await db.transaction('rw', [db.packs, db.replies, db.packHistory, db.settings], async () => {
    const record = await db.packs.get(id);
    if (!record) return;
    if (record.source === 'builtin') throw new Error('built-in packs stay installed');
    await db.replies.where('packId').equals(id).delete();
    await db.packHistory.where('id').equals(id).delete();
    await db.packs.delete(id);
    const active = (await getSetting(db, 'activePackIds')) ?? [];
    await setSetting(db, 'activePackIds', active.filter((a) => a !== id));
  });
}
