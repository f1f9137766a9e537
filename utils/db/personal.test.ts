import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILTIN_PACKS } from '@/protocols/builtin';
import type { Pack } from '@/protocols/types';
import {
  deletePersonalReply,
  duplicateReply,
  listFavorites,
  listPersonalReplies,
  loadLibrary,
  makePersonalCopy,
  openDb,
  purgeDeletedReplies,
  putPack,
  replyKey,
  ReplyRejected,
  restorePersonalReply,
  savePersonalReply,
  seedBuiltinPacks,
  setFavorite,
  UNDO_WINDOW_MS,
  type CordialDb,
  type ReplyDraft,
} from './index';

let db: CordialDb;
let n = 0;
beforeEach(() => {
  db = openDb(`cordial-personal-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

const es = BUILTIN_PACKS[0] as Pack;
const draft: ReplyDraft = { title: 'Cambio de talla', body: 'Hola {{cliente}}, le cambiamos la talla sin coste.', situation: 'informacion', channels: ['chat', 'email'], tags: ['#talla', 'talla', ' cambios '], shortcut: ';talla' };

describe('personal replies', () => {
  it('creates a reply with a fresh key, normalised tags and shortcut, and lists it', async () => {
    const saved = await savePersonalReply(db, draft, undefined, 1000);
    expect(saved.key).toMatch(/^personal:[0-9a-f-]{36}$/);
    expect(saved).toMatchObject({ packId: 'personal', title: 'Cambio de talla', tags: ['talla', 'cambios'], shortcut: 'talla', createdAt: 1000, updatedAt: 1000 });
    expect((await listPersonalReplies(db)).map((r) => r.key)).toEqual([saved.key]);
  });

  it('rejects an empty or malformed reply with every problem at once and stores nothing', async () => {
    const bad = { ...draft, title: '  ', body: '\n', channels: [], shortcut: 'con espacio' } as unknown as ReplyDraft;
    const error = await savePersonalReply(db, bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReplyRejected);
    expect((error as ReplyRejected).problems).toEqual(['title-missing', 'body-missing', 'no-channel', 'bad-shortcut']);
    expect(await db.personalReplies.count()).toBe(0);
  });

  it('edits in place, keeping the creation date; refuses to edit a pack reply through this path', async () => {
    const saved = await savePersonalReply(db, draft, undefined, 1000);
    const edited = await savePersonalReply(db, { ...draft, title: 'Cambio de talla gratis' }, saved.key, 2000);
    expect(edited).toMatchObject({ key: saved.key, title: 'Cambio de talla gratis', createdAt: 1000, updatedAt: 2000 });
    expect(await db.personalReplies.count()).toBe(1);
    await expect(savePersonalReply(db, draft, replyKey(es.id, es.replies[0]!.id))).rejects.toThrow('not a personal reply');
  });

  it('keeps 50 KB bodies, emoji, RTL text and HTML exactly as written (text, never markup)', async () => {
    const body = `<script>alert(1)</script><img src=x onerror=alert(2)> 👩🏽‍💻 مرحبا بك שלום ${'ñ'.repeat(50_000)}`;
    const saved = await savePersonalReply(db, { ...draft, body });
    expect((await db.personalReplies.get(saved.key))?.body).toBe(body);
  });

  it('deletes recoverably: undo brings the reply back; after the undo window it is purged', async () => {
    const saved = await savePersonalReply(db, draft, undefined, 1000);
    await deletePersonalReply(db, saved.key, 5000);
    expect(await listPersonalReplies(db)).toEqual([]);
    await restorePersonalReply(db, saved.key);
    expect((await listPersonalReplies(db)).map((r) => r.title)).toEqual(['Cambio de talla']);
    await deletePersonalReply(db, saved.key, 5000);
    expect(await purgeDeletedReplies(db, 5000 + UNDO_WINDOW_MS - 1)).toBe(0);
    expect(await purgeDeletedReplies(db, 5000 + UNDO_WINDOW_MS + 1)).toBe(1);
    await expect(restorePersonalReply(db, saved.key)).rejects.toThrow();
  });

  it('duplicates any reply as a new personal one without its shortcut', async () => {
    await seedBuiltinPacks(db);
    const source = es.replies.find((r) => r.shortcut) ?? es.replies[0]!;
    const copy = await duplicateReply(db, replyKey(es.id, source.id), '(copia)');
    expect(copy).toMatchObject({ title: `${source.title} (copia)`, body: source.body, packId: 'personal' });
    expect(copy.shortcut).toBeUndefined();
    expect(copy.basedOn).toBeUndefined();
  });

  it('favourites are remembered in the order they were starred and can be removed', async () => {
    await setFavorite(db, 'a:1', true, 2);
    await setFavorite(db, 'b:2', true, 1);
    await setFavorite(db, 'c:3', true, 3);
    await setFavorite(db, 'a:1', false);
    expect(await listFavorites(db)).toEqual(['b:2', 'c:3']);
  });
});

describe('the library the sidebar sees', () => {
  it('puts the personal copy in place of the pack reply, appends own replies, and carries favourites', async () => {
    await seedBuiltinPacks(db);
    const target = es.replies[2]!;
    const copy = await makePersonalCopy(db, replyKey(es.id, target.id));
    await savePersonalReply(db, { ...copy, title: 'Mi versión' }, copy.key);
    const own = await savePersonalReply(db, draft);
    await setFavorite(db, own.key, true);
    const library = await loadLibrary(db, 'es');
    expect(library.replies).toHaveLength(es.replies.length + 1);
    expect(library.replies[2]).toMatchObject({ key: copy.key, title: 'Mi versión', basedOn: replyKey(es.id, target.id) });
    expect(library.replies.some((r) => r.key === replyKey(es.id, target.id))).toBe(false);
    expect(library.replies.at(-1)?.key).toBe(own.key);
    expect(library.favorites).toEqual([own.key]);
    // A second copy request gives the same copy, never a twin.
    expect((await makePersonalCopy(db, replyKey(es.id, target.id))).key).toBe(copy.key);
  });

  it('a pack update never destroys the agent’s personal copy or own replies', async () => {
    await seedBuiltinPacks(db);
    const target = es.replies[0]!;
    const copy = await makePersonalCopy(db, replyKey(es.id, target.id));
    await savePersonalReply(db, { ...copy, body: 'Mi texto de siempre.' }, copy.key);
    const own = await savePersonalReply(db, draft);
    // The team publishes 1.1: the reply's text changes and another reply disappears.
    const updated: Pack = { ...es, version: '9.9.9', replies: es.replies.slice(0, -1).map((r) => (r.id === target.id ? { ...r, body: 'Texto nuevo del equipo.' } : r)) };
    await putPack(db, updated, 'file');
    const library = await loadLibrary(db, 'es');
    expect(library.replies.find((r) => r.key === copy.key)?.body).toBe('Mi texto de siempre.');
    expect(library.replies.some((r) => r.key === own.key)).toBe(true);
    expect(library.replies).toHaveLength(updated.replies.length + 1);
  });

  it('a deleted personal copy gives the pack reply back', async () => {
    await seedBuiltinPacks(db);
    const key = replyKey(es.id, es.replies[1]!.id);
    const copy = await makePersonalCopy(db, key);
    await deletePersonalReply(db, copy.key);
    const library = await loadLibrary(db, 'es');
    expect(library.replies[1]?.key).toBe(key);
  });
});
