import { DEFAULT_PACK_ID } from '@/protocols/builtin';
import { loadPack } from './packs';
import { listFavorites, listPersonalReplies, mergeLibrary, purgeDeletedReplies } from './personal';
import type { CordialDb, PackRecord, ReplyRecord } from './schema';
import { seedBuiltinPacks } from './seed';
import { getSetting } from './settings';
import { statsByReply } from './usage';

/** Everything the sidebar shows, in one answer from the background (the only place that opens the database). */
export interface LibrarySnapshot {
  pack: PackRecord;
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
  const packId = (await getSetting(db, 'activePackId')) ?? DEFAULT_PACK_ID[lang];
  const loaded = (await loadPack(db, packId)) ?? (await loadPack(db, DEFAULT_PACK_ID.es));
  if (!loaded) throw new Error('no pack installed');
  await purgeDeletedReplies(db).catch(() => 0);
  const replies = mergeLibrary(loaded.replies, await listPersonalReplies(db));
  const stats = await statsByReply(db, replies.map((r) => r.key));
  const uses: Record<string, number> = {};
  const lastUsed: Record<string, number> = {};
  for (const [key, s] of stats) {
    uses[key] = s.uses;
    lastUsed[key] = s.lastUsedAt;
  }
  const profile = { agentName: await getSetting(db, 'agentName'), companyName: await getSetting(db, 'companyName') };
  return { pack: loaded.record, replies, favorites: await listFavorites(db), damaged: loaded.damaged, uses, lastUsed, profile };
}
