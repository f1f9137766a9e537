import { BUILTIN_PACKS } from '@/protocols/builtin';
import { formatIssue, validatePack } from '@/protocols/validate';
import type { Pack } from '@/protocols/types';
import { cleanReplyDraft, PERSONAL_PACK_ID } from '@/utils/db/personal';
import type { CordialDb, FavoriteRecord, PersonalReplyRecord } from '@/utils/db/schema';
import { getSetting, setSetting } from '@/utils/db/settings';
import { checkPackUrl } from './fetch-pack';
import { installPack, readWholePack } from './install';

export const BACKUP_FORMAT = 'cordial-backup';

/** Everything an agent has, to carry to another machine: no account, no server. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: 1;
  exportedAt: string;
  /** Packs the agent imported (the built-in ones ship with Cordial). */
  packs: Pack[];
  activePackIds: string[];
  personalReplies: PersonalReplyRecord[];
  favorites: FavoriteRecord[];
  profile: { agentName?: string; companyName?: string };
  subscriptions: string[];
}

const builtinIds = new Set((BUILTIN_PACKS as Pack[]).map((p) => p.id));

export async function exportBackup(db: CordialDb, now = new Date()): Promise<Backup> {
  const packs: Pack[] = [];
  for (const record of await db.packs.toArray()) {
    if (builtinIds.has(record.id) && record.source === 'builtin') continue;
    const whole = await readWholePack(db, record.id);
    if (whole) packs.push(whole.pack);
  }
  return {
    format: BACKUP_FORMAT,
    version: 1,
    exportedAt: now.toISOString(),
    packs,
    activePackIds: (await getSetting(db, 'activePackIds')) ?? [],
    personalReplies: (await db.personalReplies.toArray()).filter((r) => r.deletedAt === undefined),
    favorites: await db.favorites.toArray(),
    profile: { agentName: await getSetting(db, 'agentName'), companyName: await getSetting(db, 'companyName') },
    subscriptions: (await db.subscriptions.toArray()).filter((s) => !s.managed).map((s) => s.url),
  };
}

export type BackupImport = { ok: true; packs: number; replies: number } | { ok: false; errors: string[] };

/**
 * Restores a backup in one transaction: every pack is validated and every personal reply checked first, so a
 * damaged file changes nothing. Existing personal replies with the same key are replaced (same reply, newer copy).
 */
export async function importBackup(db: CordialDb, text: string, lang: 'es' | 'en' = 'es'): Promise<BackupImport> {
  let data: Partial<Backup>;
  try {
    data = JSON.parse(text) as Partial<Backup>;
  } catch {
    return { ok: false, errors: [lang === 'es' ? 'el archivo no es JSON válido' : 'the file is not valid JSON'] };
  }
  if (data?.format !== BACKUP_FORMAT || data.version !== 1) return { ok: false, errors: [lang === 'es' ? 'no es una copia de seguridad de Cordial' : 'not a Cordial backup'] };
  const errors: string[] = [];
  const packs: Pack[] = [];
  (Array.isArray(data.packs) ? data.packs : []).forEach((raw, i) => {
    const result = validatePack(raw, lang);
    if (result.ok) packs.push(result.pack);
    else errors.push(...result.errors.slice(0, 5).map((e) => `packs[${i}].${formatIssue(e)}`));
  });
  const replies: PersonalReplyRecord[] = [];
  (Array.isArray(data.personalReplies) ? data.personalReplies : []).forEach((raw, i) => {
    try {
      const clean = cleanReplyDraft(raw);
      const id = typeof raw.id === 'string' && /^[\w-]{1,64}$/.test(raw.id) ? raw.id : crypto.randomUUID();
      const basedOn = typeof raw.basedOn === 'string' ? raw.basedOn : undefined;
      const when = Number.isFinite(raw.updatedAt) ? raw.updatedAt : Date.now();
      replies.push({ ...clean, id, key: `${PERSONAL_PACK_ID}:${id}`, packId: PERSONAL_PACK_ID, order: 0, createdAt: Number.isFinite(raw.createdAt) ? raw.createdAt : when, updatedAt: when, ...(basedOn && { basedOn }) });
    } catch {
      errors.push(`personalReplies[${i}]: ${lang === 'es' ? 'respuesta no válida' : 'invalid reply'}`);
    }
  });
  const favorites = (Array.isArray(data.favorites) ? data.favorites : []).filter((f) => typeof f?.replyKey === 'string').map((f) => ({ replyKey: f.replyKey, at: Number(f.at) || 0 }));
  const subscriptions: string[] = [];
  for (const url of Array.isArray(data.subscriptions) ? data.subscriptions : []) {
    try {
      subscriptions.push(checkPackUrl(String(url)).href);
    } catch {
      errors.push(`subscriptions: ${String(url).slice(0, 100)}`);
    }
  }
  if (errors.length) return { ok: false, errors };

  await db.transaction('rw', [db.packs, db.replies, db.packHistory, db.settings, db.personalReplies, db.favorites, db.subscriptions], async () => {
    for (const pack of packs) await installPack(db, pack, 'backup', { activate: false });
    await db.personalReplies.bulkPut(replies);
    await db.favorites.bulkPut(favorites);
    const active = (Array.isArray(data.activePackIds) ? data.activePackIds : []).filter((id): id is string => typeof id === 'string');
    const installed = new Set((await db.packs.toArray()).map((p) => p.id));
    if (active.some((id) => installed.has(id))) await setSetting(db, 'activePackIds', active.filter((id) => installed.has(id)));
    const profile = data.profile ?? {};
    if (typeof profile.agentName === 'string' && profile.agentName.trim()) await setSetting(db, 'agentName', profile.agentName.trim().slice(0, 100));
    if (typeof profile.companyName === 'string' && profile.companyName.trim()) await setSetting(db, 'companyName', profile.companyName.trim().slice(0, 100));
    for (const url of subscriptions) if (!(await db.subscriptions.get(url))) await db.subscriptions.put({ url, addedAt: Date.now(), managed: false });
  });
  return { ok: true, packs: packs.length, replies: replies.length };
}
