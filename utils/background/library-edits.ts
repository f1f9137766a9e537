import {
  deletePersonalReply,
  duplicateReply,
  listFavorites,
  makePersonalCopy,
  ReplyRejected,
  restorePersonalReply,
  savePersonalReply,
  setFavorite,
  type CordialDb,
  type ReplyDraft,
} from '@/utils/db';
import type { BackgroundProtocol, Handlers, LibraryChange, LibraryResult } from '@/utils/messaging';

/** Why a write failed, in terms the UI can explain; the caller keeps the agent's text whatever the reason. */
export function failure(error: unknown): Extract<LibraryResult, { ok: false }> {
  if (error instanceof ReplyRejected) return { ok: false, error: 'rejected', problems: error.problems };
  const name = (error as { name?: string; inner?: { name?: string } } | null)?.name;
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
  // Dexie wraps the browser's QuotaExceededError; either name means the disk or the origin's quota is full.
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return { ok: false, error: 'full' };
  return { ok: false, error: 'failed' };
}

/**
 * The library's write side, for the background: each edit is one transaction, then every open sidebar and options
 * page hears what changed (`library:changed`) and updates its search index in place.
 */
export function libraryEditHandlers(db: CordialDb, broadcast: (change: LibraryChange) => void): Handlers<BackgroundProtocol> {
  async function attempt<T>(work: () => Promise<{ value: T; change: LibraryChange }>): Promise<LibraryResult<T>> {
    try {
      const { value, change } = await work();
      broadcast(change);
      return { ok: true, value };
    } catch (error) {
      return failure(error);
    }
  }

  return {
    'library:save': ({ draft, key }) =>
      attempt(async () => {
        const reply = await savePersonalReply(db, draft as ReplyDraft, typeof key === 'string' ? key : undefined);
        return { value: reply, change: { upsert: [reply] } };
      }),
    'library:personal-copy': ({ key }) =>
      attempt(async () => {
        const copy = await makePersonalCopy(db, String(key));
        return { value: copy, change: { upsert: [copy], remove: [String(key)] } };
      }),
    'library:duplicate': ({ key, titleSuffix }) =>
      attempt(async () => {
        const copy = await duplicateReply(db, String(key), String(titleSuffix).slice(0, 40));
        return { value: copy, change: { upsert: [copy] } };
      }),
    'library:delete': ({ key }) =>
      attempt(async () => {
        const record = await db.personalReplies.get(String(key));
        await deletePersonalReply(db, String(key));
        // A deleted personal copy gives the team's reply back.
        const original = record?.basedOn ? await db.replies.get(record.basedOn) : undefined;
        return { value: undefined, change: { remove: [String(key)], ...(original && { upsert: [original] }) } };
      }),
    'library:restore': ({ key }) =>
      attempt(async () => {
        const record = await restorePersonalReply(db, String(key));
        return { value: record, change: { upsert: [record], ...(record.basedOn && { remove: [record.basedOn] }) } };
      }),
    'library:favorite': ({ key, favorite }) =>
      attempt(async () => {
        await setFavorite(db, String(key), favorite === true);
        const favorites = await listFavorites(db);
        return { value: favorites, change: { favorites } };
      }),
  };
}
