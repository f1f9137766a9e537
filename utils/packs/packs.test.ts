import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BUILTIN_PACKS } from '@/protocols/builtin';
import type { Pack } from '@/protocols/types';
import { loadLibrary, openDb, recordUsage, savePersonalReply, seedBuiltinPacks, type CordialDb } from '@/utils/db';
import { diffPacks } from './diff';
import { activePackIds, HISTORY_PER_PACK, historyVersions, installPack, readWholePack, removePack, rollbackPack } from './install';
import { mergePacks } from './merge';

let db: CordialDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`cordial-packs-${++n}`);
  await seedBuiltinPacks(db);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const es = structuredClone(BUILTIN_PACKS[0]) as Pack;

/** A small team pack, derived from the built-in one so it is valid. */
function teamPack(version = '1.0.0', edit: (p: Pack) => void = () => {}): Pack {
  const pack: Pack = { ...structuredClone(es), id: 'equipo-alba', name: 'Equipo Alba', version, replies: structuredClone(es.replies.slice(0, 5)) };
  edit(pack);
  return pack;
}

async function snapshot() {
  return { packs: await db.packs.toArray(), replies: await db.replies.toArray(), history: await db.packHistory.toArray(), settings: await db.settings.toArray() };
}

describe('diffPacks', () => {
  it('lists added, changed and removed replies, steps, rules, words and targets', () => {
    const before = teamPack('1.0.0');
    const after = teamPack('1.1.0', (p) => {
      p.replies[0]!.body = 'Texto nuevo';
      p.replies.splice(1, 1);
      p.replies.push({ ...p.replies[2]!, id: 'nueva', title: 'Nueva' });
      p.protocols[0]!.steps[0]!.label = 'Saludo cálido';
      p.dictionary = [...p.dictionary, 'AlbaPlus'];
      p.responseTargets = { ...p.responseTargets, chat: 60 };
    });
    const diff = diffPacks(before, after);
    expect(diff.replies.changed.map((c) => c.id)).toEqual([before.replies[0]!.id]);
    expect(diff.replies.removed.map((c) => c.id)).toEqual([before.replies[1]!.id]);
    expect(diff.replies.added).toEqual([{ id: 'nueva', label: 'Nueva' }]);
    expect(diff.steps.changed).toEqual([{ id: `${before.protocols[0]!.channel}/${before.protocols[0]!.steps[0]!.id}`, label: 'Saludo cálido' }]);
    expect(diff.dictionary.added).toEqual(['AlbaPlus']);
    expect(diff.targets).toEqual(['chat']);
    expect(diff.same).toBe(false);
  });

  it('a re-serialised pack with keys in another order is the same pack', () => {
    const before = teamPack();
    const reordered = { ...before, replies: before.replies.map((r) => Object.fromEntries(Object.entries(r).reverse())) } as Pack;
    expect(diffPacks(before, reordered).same).toBe(true);
    // …while a real change is not.
    expect(diffPacks(before, { ...reordered, dictionary: [...before.dictionary, 'nueva'] }).same).toBe(false);
  });
});

describe('installing a pack', () => {
  it('stores it whole, activates it first, and keeps the version it replaces', async () => {
    await installPack(db, teamPack('1.0.0'), 'file', { now: 1 });
    expect(await activePackIds(db, 'es')).toEqual(['equipo-alba', es.id]);
    await installPack(db, teamPack('1.1.0', (p) => (p.replies[0]!.title = 'Cambiada')), 'file', { now: 2 });
    expect((await readWholePack(db, 'equipo-alba'))?.pack.replies[0]?.title).toBe('Cambiada');
    expect(await historyVersions(db, 'equipo-alba')).toEqual(['1.0.0']);
  });

  it('rolls back to the previous version in one step, and the rollback can itself be undone', async () => {
    await installPack(db, teamPack('1.0.0'), 'file', { now: 1 });
    await installPack(db, teamPack('2.0.0', (p) => (p.replies = p.replies.slice(0, 2))), 'file', { now: 2 });
    expect(await rollbackPack(db, 'equipo-alba', 3)).toBe('1.0.0');
    const back = await readWholePack(db, 'equipo-alba');
    expect(back?.record.version).toBe('1.0.0');
    expect(back?.pack.replies).toHaveLength(5);
    expect(back?.pack.replies).toEqual(teamPack('1.0.0').replies);
    expect(await historyVersions(db, 'equipo-alba')).toEqual(['2.0.0']);
    expect(await rollbackPack(db, 'equipo-alba', 4)).toBe('2.0.0');
  });

  it(`keeps at most ${HISTORY_PER_PACK} earlier versions`, async () => {
    for (let v = 1; v <= 6; v++) await installPack(db, teamPack(`${v}.0.0`), 'file', { now: v });
    expect(await historyVersions(db, 'equipo-alba')).toEqual(['5.0.0', '4.0.0', '3.0.0']);
  });

  it("trims only the updated pack's history", async () => {
    const other = (version: string) => ({ ...teamPack(version), id: 'equipo-beta', name: 'Equipo Beta' });
    await installPack(db, other('1.0.0'), 'file', { now: 1 });
    await installPack(db, other('2.0.0'), 'file', { now: 2 });
    for (let v = 1; v <= 5; v++) await installPack(db, teamPack(`${v}.0.0`), 'file', { now: 2 + v });
    expect(await historyVersions(db, 'equipo-beta')).toEqual(['1.0.0']);
    expect(await historyVersions(db, 'equipo-alba')).toEqual(['4.0.0', '3.0.0', '2.0.0']);
  });

  it('keeps usage statistics and personal replies across an update', async () => {
    await installPack(db, teamPack('1.0.0'), 'file');
    const reply = teamPack().replies[0]!;
    await recordUsage(db, { type: 'insert', replyKey: `equipo-alba:${reply.id}`, replyId: reply.id, packId: 'equipo-alba', packVersion: '1.0.0', channel: 'chat', siteId: 'demo-chat' });
    await savePersonalReply(db, { title: 'Mía', body: 'Texto mío', situation: 'saludo', channels: ['chat'] });
    await installPack(db, teamPack('1.1.0'), 'file');
    const library = await loadLibrary(db, 'es');
    expect(library.uses[`equipo-alba:${reply.id}`]).toBe(1);
    expect(library.replies.some((r) => r.title === 'Mía')).toBe(true);
  });

  for (const [name, sabotage] of [
    ['a full disk (quota error while writing replies)', () => vi.spyOn(db.replies, 'bulkPut').mockRejectedValue(new DOMException('full', 'QuotaExceededError'))],
    ['a crash half-way (the pack record cannot be written after the replies were)', () => vi.spyOn(db.packs, 'put').mockRejectedValue(new Error('crash'))],
    ['a full disk while the replaced version goes to the history', () => vi.spyOn(db.packHistory, 'put').mockRejectedValue(new DOMException('full', 'QuotaExceededError'))],
    ['a failure while removing the replies the new version dropped', () => vi.spyOn(db.replies, 'bulkDelete').mockRejectedValue(new Error('crash'))],
    [
      'a closed tab (the transaction is aborted mid-import)',
      () =>
        vi.spyOn(db.replies, 'bulkPut').mockImplementation(() => {
          Dexie.currentTransaction?.abort();
          return Promise.reject(new Error('aborted')) as never;
        }),
    ],
  ] as const) {
    it(`an import interrupted by ${name} leaves everything as it was`, async () => {
      await installPack(db, teamPack('1.0.0'), 'file', { now: 1 });
      const before = await snapshot();
      sabotage();
      await expect(installPack(db, teamPack('2.0.0', (p) => (p.replies = p.replies.slice(0, 1))), 'file', { now: 2 })).rejects.toBeTruthy();
      vi.restoreAllMocks();
      expect(await snapshot()).toEqual(before);
    });
  }

  it('removes an imported pack but never a built-in one', async () => {
    await installPack(db, teamPack(), 'file');
    await removePack(db, 'equipo-alba');
    expect(await db.packs.get('equipo-alba')).toBeUndefined();
    expect(await db.replies.where('packId').equals('equipo-alba').count()).toBe(0);
    expect(await activePackIds(db, 'es')).toEqual([es.id]);
    await expect(removePack(db, es.id)).rejects.toThrow();
  });
});

describe('several active packs', () => {
  it('merge with the first pack winning each conflict, and every conflict listed', async () => {
    const team = teamPack('1.0.0', (p) => {
      p.protocols = [{ ...p.protocols.find((x) => x.channel === 'chat')!, name: 'Chat del equipo' }];
      p.toneRules = p.toneRules.slice(0, 1);
    });
    await installPack(db, team, 'file');
    const library = await loadLibrary(db, 'es');
    expect(library.packs.map((p) => p.id)).toEqual(['equipo-alba', es.id]);
    expect(library.pack.pack.protocols.find((p) => p.channel === 'chat')?.name).toBe('Chat del equipo');
    expect(library.pack.pack.protocols.find((p) => p.channel === 'email')?.name).toBe(es.protocols.find((p) => p.channel === 'email')?.name);
    expect(library.conflicts).toContainEqual({ kind: 'protocol', id: 'chat', kept: 'equipo-alba', hidden: es.id });
    expect(library.conflicts).toContainEqual({ kind: 'reply', id: team.replies[0]!.id, title: team.replies[0]!.title, kept: 'equipo-alba', hidden: es.id });
    expect(library.conflicts).toContainEqual({ kind: 'toneRule', id: team.toneRules[0]!.id, title: team.toneRules[0]!.label, kept: 'equipo-alba', hidden: es.id });
    // Each reply id once: the team's version.
    const ids = library.replies.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(library.replies.find((r) => r.id === team.replies[0]!.id)?.packId).toBe('equipo-alba');
  });

  it('mergePacks adds dictionaries up', () => {
    const a = { record: { id: 'a', name: 'A', version: '1', locale: 'es', source: 'file' as const, installedAt: 0, pack: { ...teamPack(), dictionary: ['Alba'] } }, replies: [] };
    const b = { record: { id: 'b', name: 'B', version: '1', locale: 'es', source: 'file' as const, installedAt: 0, pack: { ...teamPack(), dictionary: ['Alba', 'Zeta'] } }, replies: [] };
    expect(mergePacks([a, b]).pack.dictionary).toEqual(['Alba', 'Zeta']);
  });
});
