import { DEFAULT_PACK_ID } from '@/protocols/builtin';
import { activePackIds } from '@/utils/packs/install';
import { mergePacks, type PackConflict } from '@/utils/packs/merge';
import { loadPack } from './packs';
import { listFavorites, listPersonalReplies, mergeLibrary, purgeDeletedReplies } from './personal';
import type { CordialDb, PackRecord, ReplyRecord } from './schema';
import { seedBuiltinPacks } from './seed';
import { getSetting } from './settings';
import { statsByReply } from './usage';

/** Everything the sidebar shows, in one answer from the background (the only place that opens the database). */
export interface LibrarySnapshot {
  /** The active packs merged into one (protocols, tone rules, dictionary…), named after them. */
  pack: PackRecord;
  /** The active packs, highest priority first. */
  packs: Array<Pick<PackRecord, 'id' | 'name' | 'version'>>;
  /** What one active pack hides of another. */
  conflicts: PackConflict[];
  /** The pack's replies (each replaced by the agent's personal copy, if any), then the agent's own. */
  replies: ReplyRecord[];
  /** Keys of the agent's favourite replies, oldest first. */
  favorites: string[];
  /** Stored replies that could not be read; skipped, never deleted. */
  damaged: number;
  /** Use count per reply key. */
  uses: Record<string, number>;
  /** When each used reply was last used (ms since epoch), for ranking. */
  lastUsed: Record<string, number>;
  /** The agent's own values for placeholders (agent name, company). */
  profile: { agentName?: string; companyName?: string };
}

export async function loadLibrary(db: CordialDb, lang: 'es' | 'en'): Promise<LibrarySnapshot> {
  await seedBuiltinPacks(db);
  const loaded = (await Promise.all((await activePackIds(db, lang)).map((id) => loadPack(db, id)))).filter((p) => p !== undefined);
  if (loaded.length === 0) {
    // Every active pack was removed: fall back to the built-in one rather than an empty sidebar.
    const fallback = (await loadPack(db, DEFAULT_PACK_ID[lang])) ?? (await loadPack(db, DEFAULT_PACK_ID.es));
    if (!fallback) throw new Error('no pack installed');
    loaded.push(fallback);
  }
  const merged = mergePacks(loaded);
  const first = loaded[0]!.record;
  const pack: PackRecord = { ...first, name: loaded.map((p) => p.record.name).join(' + '), pack: merged.pack };
  await purgeDeletedReplies(db).catch(() => 0);
  const replies = mergeLibrary(merged.replies, await listPersonalReplies(db));
  const stats = await statsByReply(db, replies.map((r) => r.key));
  const uses: Record<string, number> = {};
  const lastUsed: Record<string, number> = {};
  for (const [key, s] of stats) {
    uses[key] = s.uses;
    lastUsed[key] = s.lastUsedAt;
  }
  const profile = { agentName: await getSetting(db, 'agentName'), companyName: await getSetting(db, 'companyName') };
  const damaged = loaded.reduce((n, p) => n + p.damaged, 0);
  return {
    pack,
    packs: loaded.map((p) => ({ id: p.record.id, name: p.record.name, version: p.record.version })),
    conflicts: merged.conflicts,
    replies,
    favorites: await listFavorites(db),
    damaged,
    uses,
    lastUsed,
    profile,
  };
}
