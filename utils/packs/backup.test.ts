import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILTIN_PACKS } from '@/protocols/builtin';
import type { Pack } from '@/protocols/types';
import { openDb, savePersonalReply, seedBuiltinPacks, setFavorite, setSetting, type CordialDb } from '@/utils/db';
import { exportBackup, importBackup } from './backup';
import { installPack } from './install';

let dbs: CordialDb[] = [];
let n = 0;
const fresh = async () => {
  const db = openDb(`cordial-backup-${++n}`);
  await seedBuiltinPacks(db);
  dbs.push(db);
  return db;
};
beforeEach(() => {
  dbs = [];
});
afterEach(async () => {
  for (const db of dbs) await db.delete();
});

const es = BUILTIN_PACKS[0] as Pack;
const team: Pack = { ...structuredClone(es), id: 'equipo', name: 'Equipo', version: '1.2.0', replies: structuredClone(es.replies.slice(0, 4)) };

describe('backup', () => {
  it('round-trips packs, personal replies, favourites, profile and active packs', async () => {
    const a = await fresh();
    await installPack(a, team, 'file');
    const mine = await savePersonalReply(a, { title: 'Mía', body: 'Texto 👋 <b>tal cual</b>', situation: 'saludo', channels: ['chat'] });
    await setFavorite(a, mine.key, true, 5);
    await setSetting(a, 'agentName', 'Lucía');
    const backup = await exportBackup(a, new Date(0));
    expect(backup.packs.map((p) => p.id)).toEqual(['equipo']);

    const b = await fresh();
    expect(await importBackup(b, JSON.stringify(backup))).toEqual({ ok: true, packs: 1, replies: 1 });
    expect({ ...(await exportBackup(b, new Date(0))), packs: undefined }).toEqual({ ...backup, packs: undefined });
    expect((await exportBackup(b, new Date(0))).packs[0]?.replies).toEqual(backup.packs[0]?.replies);
  });

  it('a damaged backup changes nothing and says what is wrong', async () => {
    const a = await fresh();
    await installPack(a, team, 'file');
    const backup = await exportBackup(a);
    (backup.packs[0]!.replies[2] as { body: string }).body = '';
    const b = await fresh();
    const before = await b.packs.toArray();
    const result = await importBackup(b, JSON.stringify({ ...backup, personalReplies: [{ title: '', body: 'x' }] }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.join('\n')).toMatch(/packs\[0\]\.replies\[2\]\.body/);
    expect(!result.ok && result.errors.join('\n')).toMatch(/personalReplies\[0\]/);
    expect(await b.packs.toArray()).toEqual(before);
    expect(await b.personalReplies.count()).toBe(0);
    expect(await importBackup(b, 'no es json')).toMatchObject({ ok: false });
    expect(await importBackup(b, JSON.stringify({ format: 'otra-cosa' }))).toMatchObject({ ok: false });
  });
});
