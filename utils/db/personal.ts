import { CHANNELS, SITUATIONS, type Channel, type Reply, type ReplyVariant } from '@/protocols/types';
import { isUsableReply } from './packs';
import type { CordialDb, PersonalReplyRecord, ReplyRecord } from './schema';

export const PERSONAL_PACK_ID = 'personal';

/** How long a deleted reply can still be brought back (the "undo" of the library). */
export const UNDO_WINDOW_MS = 24 * 60 * 60 * 1000;

/** Generous limits: a reply is a message to a customer, not a document; these keep a stray paste from filling the disk. */
export const LIMITS = { title: 200, body: 100_000, tag: 40, tags: 20, shortcut: 30 } as const;

/** What an agent writes in the editor: a reply without its id (key, dates and order are the library's business). */
export type ReplyDraft = Omit<Reply, 'id'>;

export type ReplyProblem = 'title-missing' | 'body-missing' | 'title-too-long' | 'body-too-long' | 'no-channel' | 'bad-situation' | 'bad-shortcut';

export class ReplyRejected extends Error {
  constructor(readonly problems: ReplyProblem[]) {
    super(`reply rejected: ${problems.join(', ')}`);
  }
}

/** Checks and normalises an agent's reply; throws `ReplyRejected` with every problem at once. */
export function cleanReplyDraft(input: ReplyDraft): ReplyDraft {
  const problems: ReplyProblem[] = [];
  const title = typeof input.title === 'string' ? input.title.trim() : '';
  // The body keeps its own spacing and line breaks: they are part of the message.
  const body = typeof input.body === 'string' ? input.body.replace(/\r\n?/g, '\n') : '';
  if (!title) problems.push('title-missing');
  if (title.length > LIMITS.title) problems.push('title-too-long');
  if (!body.trim()) problems.push('body-missing');
  if (body.length > LIMITS.body) problems.push('body-too-long');
  const channels = CHANNELS.filter((c) => Array.isArray(input.channels) && input.channels.includes(c));
  if (channels.length === 0) problems.push('no-channel');
  if (!SITUATIONS.includes(input.situation)) problems.push('bad-situation');
  const shortcut = typeof input.shortcut === 'string' ? input.shortcut.trim().replace(/^[;/]+/, '') : '';
  if (shortcut && !/^[\p{L}\p{N}_-]{1,30}$/u.test(shortcut)) problems.push('bad-shortcut');
  if (problems.length) throw new ReplyRejected(problems);
  const tags = [...new Set((input.tags ?? []).map((t) => String(t).trim().replace(/^#/, '')).filter(Boolean).map((t) => t.slice(0, LIMITS.tag)))].slice(0, LIMITS.tags);
  const variants: Partial<Record<Channel, ReplyVariant>> = {};
  for (const channel of CHANNELS) {
    const variant = input.variants?.[channel];
    if (variant && typeof variant.body === 'string' && variant.body.trim()) variants[channel] = { body: variant.body.replace(/\r\n?/g, '\n').slice(0, LIMITS.body) };
  }
  return {
    title,
    body,
    situation: input.situation,
    channels,
    ...(tags.length && { tags }),
    ...(shortcut && { shortcut }),
    ...(typeof input.language === 'string' && /^[a-z]{2}(-[A-Z]{2})?$/.test(input.language) && { language: input.language }),
    ...(Object.keys(variants).length && { variants }),
  };
}

function newId(): string {
  return crypto.randomUUID();
}

/** The agent's replies that are not deleted, newest edit first. */
export async function listPersonalReplies(db: CordialDb): Promise<PersonalReplyRecord[]> {
  const all = await db.personalReplies.orderBy('updatedAt').reverse().toArray();
  // A damaged record is skipped, never deleted: the agent's text may still be recoverable from it.
  return all.filter((r) => r.deletedAt === undefined && isUsableReply(r));
}

/** Creates a reply (no `key`) or saves an edit of one of the agent's own (`key`). Pack replies are never edited. */
export async function savePersonalReply(db: CordialDb, draft: ReplyDraft, key?: string, now = Date.now()): Promise<PersonalReplyRecord> {
  const clean = cleanReplyDraft(draft);
  return db.transaction('rw', db.personalReplies, async () => {
    const existing = key ? await db.personalReplies.get(key) : undefined;
    if (key && !existing) throw new Error('not a personal reply');
    const id = existing?.id ?? newId();
    const record: PersonalReplyRecord = {
      ...clean,
      id,
      key: `${PERSONAL_PACK_ID}:${id}`,
      packId: PERSONAL_PACK_ID,
      order: 0,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      ...(existing?.basedOn && { basedOn: existing.basedOn }),
    };
    await db.personalReplies.put(record);
    return record;
  });
}

function draftOf(reply: Reply & { language?: string }): ReplyDraft {
  return {
    title: reply.title,
    body: reply.body,
    situation: reply.situation,
    channels: [...reply.channels],
    ...(reply.tags && { tags: [...reply.tags] }),
    ...(reply.shortcut && { shortcut: reply.shortcut }),
    ...(reply.language && { language: reply.language }),
    ...(reply.variants && { variants: structuredClone(reply.variants) }),
  };
}

async function findAny(db: CordialDb, key: string): Promise<ReplyRecord | undefined> {
  return key.startsWith(`${PERSONAL_PACK_ID}:`) ? db.personalReplies.get(key) : db.replies.get(key);
}

/**
 * A personal copy of a pack reply: the agent may then edit it, and it takes the pack reply's place in their
 * library. It survives pack updates (packs never touch this table). Making a second copy returns the first.
 */
export async function makePersonalCopy(db: CordialDb, packReplyKey: string, now = Date.now()): Promise<PersonalReplyRecord> {
  return db.transaction('rw', db.replies, db.personalReplies, async () => {
    const existing = (await db.personalReplies.where('basedOn').equals(packReplyKey).toArray()).find((r) => r.deletedAt === undefined);
    if (existing) return existing;
    const source = await db.replies.get(packReplyKey);
    if (!source) throw new Error('no such pack reply');
    const id = newId();
    const record: PersonalReplyRecord = { ...cleanReplyDraft(draftOf(source)), id, key: `${PERSONAL_PACK_ID}:${id}`, packId: PERSONAL_PACK_ID, order: 0, basedOn: packReplyKey, createdAt: now, updatedAt: now };
    await db.personalReplies.put(record);
    return record;
  });
}

/** A new personal reply with the same content as any reply, titled as a copy (the title suffix is the caller's). */
export async function duplicateReply(db: CordialDb, key: string, titleSuffix: string, now = Date.now()): Promise<PersonalReplyRecord> {
  const source = await findAny(db, key);
  if (!source) throw new Error('no such reply');
  const draft = draftOf(source);
  // A duplicate is a new reply: it must not steal the original's shortcut.
  delete draft.shortcut;
  draft.title = `${draft.title} ${titleSuffix}`.slice(0, LIMITS.title);
  return savePersonalReply(db, draft, undefined, now);
}

/** Deletes one of the agent's replies, recoverably for `UNDO_WINDOW_MS`. */
export async function deletePersonalReply(db: CordialDb, key: string, now = Date.now()): Promise<void> {
  const updated = await db.personalReplies.update(key, { deletedAt: now });
  if (!updated) throw new Error('not a personal reply');
}

export async function restorePersonalReply(db: CordialDb, key: string): Promise<PersonalReplyRecord> {
  return db.transaction('rw', db.personalReplies, async () => {
    const record = await db.personalReplies.get(key);
    if (!record) throw new Error('not a personal reply');
    delete record.deletedAt;
    await db.personalReplies.put(record);
    return record;
  });
}

/** Forgets replies deleted longer ago than the undo window. */
export async function purgeDeletedReplies(db: CordialDb, now = Date.now()): Promise<number> {
  return db.personalReplies.where('deletedAt').below(now - UNDO_WINDOW_MS).delete();
}

export async function setFavorite(db: CordialDb, replyKey: string, favorite: boolean, now = Date.now()): Promise<void> {
  if (favorite) await db.favorites.put({ replyKey, at: now });
  else await db.favorites.delete(replyKey);
}

export async function listFavorites(db: CordialDb): Promise<string[]> {
  return (await db.favorites.toArray()).sort((a, b) => a.at - b.at).map((f) => f.replyKey);
}

/**
 * The agent's library: the pack's replies, each replaced by the agent's personal copy when there is one, then the
 * agent's own replies. Pack order first, so a team's protocol order stays recognisable.
 */
export function mergeLibrary(packReplies: readonly ReplyRecord[], personal: readonly PersonalReplyRecord[]): ReplyRecord[] {
  const copies = new Map(personal.filter((p) => p.basedOn).map((p) => [p.basedOn!, p]));
  const merged: ReplyRecord[] = packReplies.map((reply) => copies.get(reply.key) ?? reply);
  const placed = new Set(merged.map((r) => r.key));
  let order = packReplies.length;
  for (const reply of personal) if (!placed.has(reply.key)) merged.push({ ...reply, order: order++ });
  return merged;
}
