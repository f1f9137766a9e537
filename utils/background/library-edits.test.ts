import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BUILTIN_PACKS } from '@/protocols/builtin';
import type { Pack } from '@/protocols/types';
import { openDb, replyKey, seedBuiltinPacks, type CordialDb, type ReplyDraft } from '@/utils/db';
import type { LibraryChange } from '@/utils/messaging';
import { libraryEditHandlers } from './library-edits';

let db: CordialDb;
let n = 0;
let changes: LibraryChange[];
let handlers: ReturnType<typeof libraryEditHandlers>;
const sender = {} as never;
beforeEach(async () => {
  db = openDb(`cordial-edits-${++n}`);
  await seedBuiltinPacks(db);
  changes = [];
  handlers = libraryEditHandlers(db, (change) => changes.push(change));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const es = BUILTIN_PACKS[0] as Pack;
const draft: ReplyDraft = { title: 'Seguimiento del envío', body: 'Le escribo para confirmar que su paquete ya salió.', situation: 'seguimiento', channels: ['email'] };

describe('library edits from extension pages', () => {
  it('saves a reply and tells every sidebar to add it', async () => {
    const result = await handlers['library:save']!({ draft }, sender);
    expect(result.ok).toBe(true);
    const saved = result.ok ? result.value : undefined;
    expect(await db.personalReplies.get(saved!.key)).toMatchObject({ title: draft.title });
    expect(changes).toEqual([{ upsert: [saved] }]);
  });

  it('explains a rejected reply and changes nothing', async () => {
    const result = await handlers['library:save']!({ draft: { ...draft, body: '' } }, sender);
    expect(result).toEqual({ ok: false, error: 'rejected', problems: ['body-missing'] });
    expect(changes).toEqual([]);
  });

  it('says the disk is full when the browser refuses the write, and broadcasts nothing', async () => {
    vi.spyOn(db.personalReplies, 'put').mockRejectedValue(new DOMException('quota', 'QuotaExceededError'));
    const result = await handlers['library:save']!({ draft }, sender);
    expect(result).toEqual({ ok: false, error: 'full' });
    expect(changes).toEqual([]);
  });

  it('a personal copy replaces the pack reply; deleting it brings the pack reply back; undo swaps again', async () => {
    const packKey = replyKey(es.id, es.replies[0]!.id);
    const copy = await handlers['library:personal-copy']!({ key: packKey }, sender);
    if (!copy.ok) throw new Error('copy failed');
    expect(changes.at(-1)).toEqual({ upsert: [copy.value], remove: [packKey] });
    await handlers['library:delete']!({ key: copy.value.key }, sender);
    expect(changes.at(-1)?.remove).toEqual([copy.value.key]);
    expect(changes.at(-1)?.upsert?.[0]?.key).toBe(packKey);
    await handlers['library:restore']!({ key: copy.value.key }, sender);
    expect(changes.at(-1)).toMatchObject({ remove: [packKey] });
    expect(changes.at(-1)?.upsert?.[0]?.key).toBe(copy.value.key);
  });

  it('refuses to delete a pack reply', async () => {
    const result = await handlers['library:delete']!({ key: replyKey(es.id, es.replies[0]!.id) }, sender);
    expect(result).toEqual({ ok: false, error: 'failed' });
    expect(await db.replies.get(replyKey(es.id, es.replies[0]!.id))).toBeDefined();
  });

  it('favourites broadcast the whole list', async () => {
    await handlers['library:favorite']!({ key: 'x:1', favorite: true }, sender);
    const result = await handlers['library:favorite']!({ key: 'y:2', favorite: true }, sender);
    expect(result).toEqual({ ok: true, value: ['x:1', 'y:2'] });
    expect(changes.at(-1)).toEqual({ favorites: ['x:1', 'y:2'] });
  });
});
