import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BUILTIN_PACKS } from '@/protocols/builtin';
import type { Pack } from '@/protocols/types';
import { isSameData, loadLibrary, loadPack, openDb, putPack, recordUsage, replyKey, seedBuiltinPacks, statsByReply, type CordialDb, type UsageInput } from './index';

let db: CordialDb;
let n = 0;
beforeEach(() => {
  db = openDb(`cordial-test-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

const es = BUILTIN_PACKS[0] as Pack;

describe('schema', () => {
  it('has the typed tables with their indexes', async () => {
    await db.open();
    expect(db.verno).toBe(5);
    const tables = Object.fromEntries(db.tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)]]));
    expect(tables).toEqual({
      packs: ['id'],
      replies: ['key', 'packId', 'situation', '*channels'],
      usageEvents: ['++id', 'at', 'type', 'replyKey', '[packId+at]'],
      replyStats: ['replyKey'],
      settings: ['key'],
      personalReplies: ['key', 'updatedAt', 'deletedAt', 'basedOn'],
      favorites: ['replyKey'],
      sendChecks: ['++id', 'at', '[siteId+at]'],
      packHistory: ['[id+version]', 'id', 'savedAt'],
      subscriptions: ['url', 'packId'],
      personalWords: ['word'],
      statsEvents: ['++id', 'at', 'type'],
      dailyStats: ['[day+channel]', 'day'],
    });
  });

  it('upgrades a version 1 database in place, keeping its packs, statistics and settings', async () => {
    const name = `cordial-v1-${++n}`;
    const old = new Dexie(name);
    old.version(1).stores({ packs: 'id', replies: 'key, packId, situation, *channels', usageEvents: '++id, at, type, replyKey, [packId+at]', replyStats: 'replyKey', settings: 'key' });
    await old.table('settings').put({ key: 'agentName', value: 'Lucía' });
    await old.table('replyStats').put({ replyKey: 'p:r', uses: 3, lastUsedAt: 1 });
    old.close();
    const upgraded = openDb(name);
    try {
      expect(await upgraded.settings.get('agentName')).toEqual({ key: 'agentName', value: 'Lucía' });
      expect((await upgraded.replyStats.get('p:r'))?.uses).toBe(3);
      expect(await upgraded.personalReplies.count()).toBe(0);
      expect(upgraded.verno).toBe(5);
    } finally {
      await upgraded.delete();
    }
  });
});

describe('version 4: personal dictionary', () => {
  it('upgrades a version 2 database in place, keeping its personal replies and favourites, with an empty personal dictionary', async () => {
    const name = `cordial-v2-${++n}`;
    const old = new Dexie(name);
    old.version(1).stores({ packs: 'id', replies: 'key, packId, situation, *channels', usageEvents: '++id, at, type, replyKey, [packId+at]', replyStats: 'replyKey', settings: 'key' });
    old.version(2).stores({ personalReplies: 'key, updatedAt, deletedAt, basedOn', favorites: 'replyKey', sendChecks: '++id, at, [siteId+at]' });
    await old.table('favorites').put({ replyKey: 'cordial-es:saludo', at: 1 });
    await old.table('personalReplies').put({ key: 'personal:x', id: 'x', packId: 'personal', title: 'X', body: 'Hola', channels: ['chat'], order: 0, createdAt: 1, updatedAt: 1 });
    old.close();
    const upgraded = openDb(name);
    try {
      expect(upgraded.verno).toBe(5);
      expect((await upgraded.favorites.get('cordial-es:saludo'))?.at).toBe(1);
      expect((await upgraded.personalReplies.get('personal:x'))?.body).toBe('Hola');
      expect(await upgraded.personalWords.count()).toBe(0);
      await upgraded.personalWords.put({ word: 'Telepuppy', addedAt: 2 });
      expect(await upgraded.personalWords.get('Telepuppy')).toEqual({ word: 'Telepuppy', addedAt: 2 });
    } finally {
      await upgraded.delete();
    }
  });
});

describe('version 5: statistics rollups', () => {
  it('upgrades a version 3 (or 4) database by rolling up the usage events it already holds, keeping them and the reply totals', async () => {
    const name = `cordial-v3-${++n}`;
    const old = new Dexie(name);
    old.version(1).stores({ packs: 'id', replies: 'key, packId, situation, *channels', usageEvents: '++id, at, type, replyKey, [packId+at]', replyStats: 'replyKey', settings: 'key' });
    old.version(2).stores({ personalReplies: 'key, updatedAt, deletedAt, basedOn', favorites: 'replyKey', sendChecks: '++id, at, [siteId+at]' });
    old.version(3).stores({ packHistory: '[id+version], id, savedAt', subscriptions: 'url, packId' });
    const day1 = new Date(2026, 2, 14, 10, 0).getTime();
    const day2 = new Date(2026, 2, 15, 23, 59).getTime();
    const base = { replyId: 'gracias', packId: 'cordial-es', packVersion: '1.0.0', siteId: 'gmail' };
    await old.table('usageEvents').bulkAdd([
      { ...base, type: 'insert', replyKey: 'cordial-es:gracias', channel: 'email', at: day1 },
      { ...base, type: 'insert', replyKey: 'cordial-es:gracias', channel: 'email', at: day1 + 60_000 },
      { ...base, type: 'copy', replyKey: 'cordial-es:gracias', channel: 'email', at: day2 },
      { ...base, type: 'insert', replyKey: 'cordial-es:hola', replyId: 'hola', channel: 'chat', siteId: 'zendesk', at: day2 },
    ]);
    await old.table('replyStats').put({ replyKey: 'cordial-es:gracias', uses: 3, lastUsedAt: day2 });
    old.close();
    const upgraded = openDb(name);
    try {
      expect(await upgraded.usageEvents.count()).toBe(4);
      expect(await upgraded.statsEvents.count()).toBe(0);
      expect((await upgraded.replyStats.get('cordial-es:gracias'))?.uses).toBe(3);
      const rows = await upgraded.dailyStats.orderBy('day').toArray();
      expect(rows.map((r) => [r.day, r.channel, r.counts])).toEqual([
        ['2026-03-14', 'email', { insert: 2 }],
        ['2026-03-15', 'chat', { insert: 1 }],
        ['2026-03-15', 'email', { copy: 1 }],
      ]);
      expect(rows[0]!.replies).toEqual({ 'cordial-es:gracias': [2, 0, 0] });
      expect(rows[1]!.sites).toEqual({ zendesk: 1 });
    } finally {
      await upgraded.delete();
    }
  });
});

describe('seeding', () => {
  it('installs the built-in packs once; a second run changes nothing', async () => {
    expect((await seedBuiltinPacks(db)).installed).toEqual(['cordial-es', 'cordial-en']);
    expect((await seedBuiltinPacks(db)).installed).toEqual([]);
    const loaded = await loadPack(db, 'cordial-es');
    expect(loaded?.replies.map((r) => r.id)).toEqual(es.replies.map((r) => r.id));
    expect(loaded?.record.pack.protocols).toEqual(es.protocols);
  });

  it('upgrades a built-in pack whose shipped version changed', async () => {
    await putPack(db, { ...es, version: '0.9.0', replies: es.replies.slice(0, 2) }, 'builtin');
    expect((await seedBuiltinPacks(db)).installed).toContain('cordial-es');
    expect((await loadPack(db, 'cordial-es'))?.replies).toHaveLength(es.replies.length);
  });
});

describe('putPack', () => {
  it('is atomic: a failure mid-import leaves the previous pack intact', async () => {
    await seedBuiltinPacks(db);
    // The fourth reply cannot be stored (IndexedDB refuses to clone a function): the write fails mid-import.
    const broken = { ...es, version: '2.0.0', replies: [...es.replies.slice(0, 3), { ...es.replies[3]!, body: (() => 'x') as unknown as string }] };
    await expect(putPack(db, broken, 'file')).rejects.toThrow();
    const loaded = await loadPack(db, 'cordial-es');
    expect(loaded?.record.version).toBe(es.version);
    expect(loaded?.replies).toHaveLength(es.replies.length);
  });

  it('rewrites only the replies that changed, leaving exactly the rows a fresh install would', async () => {
    const [first, second, third, fourth, ...rest] = structuredClone(es.replies);
    const last = rest.pop()!;
    const { shortcut: _first, ...firstBare } = first!;
    const { shortcut: _fourth, ...fourthBare } = fourth!;
    await putPack(db, { ...es, replies: [firstBare, second!, third!, fourth!, ...rest, last] }, 'builtin', 1);
    await db.replies.update(replyKey(es.id, rest[2]!.id), { body: '' }); // damaged: the update repairs it
    // A field added, two swapped (one reworded), a field dropped, the last replaced by a new one; the rest as they were.
    const next: Pack = { ...es, version: '9.0.0', replies: [first!, third!, { ...second!, body: 'Texto nuevo' }, fourthBare, ...rest, { ...last, id: 'nueva', title: 'Nueva' }] };
    const bulkPut = vi.spyOn(db.replies, 'bulkPut');
    await putPack(db, next, 'file', 2);
    const fresh = openDb(`cordial-test-fresh-${n}`);
    await putPack(fresh, next, 'file', 2);
    const rows = async (d: CordialDb) => (await d.replies.where('packId').equals(es.id).toArray()).sort((a, b) => a.order - b.order);
    expect(await rows(db)).toEqual(await rows(fresh));
    await fresh.delete();
    expect(bulkPut.mock.calls[0]![0].map((r) => r.id).sort()).toEqual([first!.id, second!.id, third!.id, fourth!.id, rest[2]!.id, 'nueva'].sort());
  });
});

describe('isSameData', () => {
  it('is true only for the same plain data', () => {
    expect(isSameData({ a: [1, { b: 'x' }], c: true }, { c: true, a: [1, { b: 'x' }] })).toBe(true);
    expect(isSameData({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(isSameData({ a: undefined }, {})).toBe(false);
    expect(isSameData([1], { 0: 1 })).toBe(false);
    expect(isSameData({ at: new Date(1) }, { at: new Date(1) })).toBe(false);
    expect(isSameData(Number.NaN, Number.NaN)).toBe(true);
    expect(isSameData(0, -0)).toBe(false);
  });
});

describe('usage', () => {
  it('records an event and bumps the reply total in one go', async () => {
    const key = replyKey('cordial-es', es.replies[0]!.id);
    const input = { type: 'insert' as const, replyKey: key, replyId: es.replies[0]!.id, packId: 'cordial-es', packVersion: '1.0.0', channel: 'chat' as const, siteId: 'demo-chat' };
    expect(await recordUsage(db, input, 1000)).toBe(1);
    // Unknown fields (a draft, a customer name) are never stored, whatever a caller sends.
    expect(await recordUsage(db, { ...input, type: 'copy', draft: 'Hola Lucía' } as unknown as UsageInput, 2000)).toBe(2);
    expect(await db.usageEvents.toArray()).toEqual([
      { ...input, id: 1, at: 1000 },
      { ...input, type: 'copy', id: 2, at: 2000 },
    ]);
    expect((await statsByReply(db, [key, 'none:x'])).get(key)).toEqual({ replyKey: key, uses: 2, lastUsedAt: 2000 });
  });
});

describe('damaged records', () => {
  it('are skipped and counted, never deleted', async () => {
    await seedBuiltinPacks(db);
    await db.replies.update(replyKey('cordial-es', es.replies[0]!.id), { body: '' });
    await db.replies.update(replyKey('cordial-es', es.replies[1]!.id), { title: 42 as unknown as string });
    const loaded = await loadPack(db, 'cordial-es');
    expect(loaded?.damaged).toBe(2);
    expect(loaded?.replies).toHaveLength(es.replies.length - 2);
    expect(await db.replies.where('packId').equals('cordial-es').count()).toBe(es.replies.length);
  });
});

describe('loadLibrary', () => {
  it('seeds on first use and answers the language\'s default pack with use counts', async () => {
    const key = replyKey('cordial-en', 'saludo-inicial');
    const library = await loadLibrary(db, 'en');
    expect(library.pack.id).toBe('cordial-en');
    expect(library.replies.length).toBeGreaterThanOrEqual(40);
    expect(library.uses).toEqual({});
    await recordUsage(db, { type: 'insert', replyKey: library.replies[0]!.key, replyId: library.replies[0]!.id, packId: 'cordial-en', packVersion: '1.0.0', channel: 'email', siteId: 'gmail' });
    expect((await loadLibrary(db, 'en')).uses).toEqual({ [library.replies[0]!.key]: 1 });
    expect((await loadLibrary(db, 'es')).pack.id).toBe('cordial-es');
    expect(key).toContain('cordial-en');
  });
});
