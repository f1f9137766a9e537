// Importing a team's 10,000-reply pack: the text parsed and validated with `parsePack` (→ `validatePack`), then stored
// with `installPack` into a fresh database; and updating it: version 2 of the same pack, parsed, validated and installed
// over version 1 (which goes to the history) — measured in NODE, through jiti, with fake-indexeddb (a pure-JS, in-memory
// IndexedDB) standing in for the browser's, so the storage half is only indicative of Chromium's. Median of 3 runs
// after a warm-up. Run by scripts/bench.mjs; alone:
//   node --input-type=module -e "const { createJiti } = await import('jiti'); const j = createJiti(process.cwd() + '/', { alias: { '@': process.cwd() } }); console.log(await (await j.import('./scripts/lib/pack-bench.ts')).runPackBench())"
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { starterPack } from '../../protocols/starter';
import type { Pack } from '../../protocols/types';
import { parsePack } from '../../protocols/validate';
import { openDb } from '../../utils/db/schema';
import { installPack } from '../../utils/packs/install';

const SITUATIONS = ['saludo', 'retraso', 'disculpa', 'reembolso', 'cierre', 'seguimiento'] as const;

/** A pack with `size` distinct replies of realistic length (the starter pack's protocols and rules around them). */
export function benchPack(size: number): Pack {
  const base = starterPack('es', { id: 'bench-team', name: 'Bench team' });
  const replies = Array.from({ length: size }, (_, i) => {
    const model = base.replies[i % base.replies.length]!;
    return {
      ...model,
      id: `reply-${i}`,
      title: `${model.title} ${i}`,
      body: `${model.body} Referencia ${i}: le escribimos para confirmarle que hemos revisado su caso con detalle.`,
      situation: SITUATIONS[i % SITUATIONS.length]!,
      tags: ['pedido', `lote-${i % 50}`],
      shortcut: i % 10 === 0 ? `atajo-${i}` : undefined,
    };
  });
  return { ...base, replies: replies.map(({ shortcut, ...r }) => (shortcut ? { ...r, shortcut } : r)) };
}

async function importOnce(text: string, dbName: string): Promise<number> {
  const db = openDb(dbName);
  await db.open();
  const start = performance.now();
  const result = parsePack(text, 'es');
  if (!result.ok) throw new Error(`bench pack invalid: ${result.errors[0]?.path} ${result.errors[0]?.message}`);
  await installPack(db, result.pack, 'file', { now: 1 });
  const elapsed = performance.now() - start;
  const stored = await db.replies.where('packId').equals(result.pack.id).count();
  if (stored !== result.pack.replies.length) throw new Error(`stored ${stored} of ${result.pack.replies.length} replies`);
  db.close();
  return elapsed;
}

/** Version 2 of a pack as a team publishes it: one reply in ten reworded, the last hundred gone, a hundred new ones. */
export function nextVersion(pack: Pack): Pack {
  const kept = pack.replies.slice(0, -100).map((reply, i) => (i % 10 ? reply : { ...reply, body: `${reply.body} Revisado en la versión 2.` }));
  const added = pack.replies.slice(0, 100).map((reply, i) => ({ ...reply, id: `reply-v2-${i}`, title: `${reply.title} (v2)` }));
  return { ...pack, version: '2.0.0', replies: [...kept, ...added] };
}

async function updateOnce(v1: string, v2: string, dbName: string): Promise<number> {
  const db = openDb(dbName);
  await db.open();
  const first = parsePack(v1, 'es');
  if (!first.ok) throw new Error('bench pack invalid');
  await installPack(db, first.pack, 'file', { now: 1 });
  const start = performance.now();
  const result = parsePack(v2, 'es');
  if (!result.ok) throw new Error(`bench pack v2 invalid: ${result.errors[0]?.path} ${result.errors[0]?.message}`);
  await installPack(db, result.pack, 'file', { now: 2 });
  const elapsed = performance.now() - start;
  const stored = await db.replies.where('packId').equals(result.pack.id).count();
  if (stored !== result.pack.replies.length) throw new Error(`stored ${stored} of ${result.pack.replies.length} replies`);
  const kept = await db.packHistory.get([first.pack.id, first.pack.version] as never);
  if (kept?.pack.replies.length !== first.pack.replies.length) throw new Error('version 1 is not in the history whole');
  db.close();
  return elapsed;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function runPackBench(): Promise<{ pack_import_10k_ms: number; pack_update_10k_ms: number }> {
  // Its own in-memory IndexedDB: nothing global is replaced in the bench process.
  Dexie.dependencies.indexedDB = new IDBFactory();
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  await importOnce(JSON.stringify(benchPack(1_000)), 'pack-bench-warmup');
  const text = JSON.stringify(benchPack(10_000));
  const times: number[] = [];
  for (let run = 0; run < 3; run++) times.push(await importOnce(text, `pack-bench-${run}`));
  await updateOnce(JSON.stringify(benchPack(1_000)), JSON.stringify(nextVersion(benchPack(1_000))), 'pack-bench-update-warmup');
  const next = JSON.stringify(nextVersion(benchPack(10_000)));
  const updates: number[] = [];
  for (let run = 0; run < 3; run++) updates.push(await updateOnce(text, next, `pack-bench-update-${run}`));
  return { pack_import_10k_ms: Math.round(median(times)), pack_update_10k_ms: Math.round(median(updates)) };
}
