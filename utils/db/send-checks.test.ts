import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, recordSendCheck, type CordialDb } from './index';

let db: CordialDb;
let n = 0;
beforeEach(() => {
  db = openDb(`cordial-send-checks-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

describe('recordSendCheck', () => {
  it('stores ids and the outcome only', async () => {
    const id = await recordSendCheck(db, { siteId: 'demo-chat', channel: 'chat', packId: 'cordial-es', missing: ['greet', 'close-cordially'], outcome: 'sent' }, 1000);
    expect(await db.sendChecks.get(id!)).toEqual({ id, at: 1000, siteId: 'demo-chat', channel: 'chat', packId: 'cordial-es', missing: ['greet', 'close-cordially'], outcome: 'sent' });
  });

  it('cannot be used to store text: unknown fields are dropped, non-id entries too', async () => {
    const input = { siteId: 'gmail', channel: 'email', packId: 'p', missing: ['greet', 'Hola, Ana: su pedido…'], outcome: 'confirmed', draft: 'Hola, Ana' } as never;
    const id = await recordSendCheck(db, input, 5);
    const stored = await db.sendChecks.get(id!);
    expect(stored).toEqual({ id, at: 5, siteId: 'gmail', channel: 'email', packId: 'p', missing: ['greet'], outcome: 'confirmed' });
  });

  it('refuses an invalid check (unknown outcome or channel, nothing missing) and stores nothing', async () => {
    for (const bad of [
      { siteId: 's', channel: 'chat', packId: 'p', missing: ['greet'], outcome: 'maybe' },
      { siteId: 's', channel: 'fax', packId: 'p', missing: ['greet'], outcome: 'sent' },
      { siteId: 's', channel: 'chat', packId: 'p', missing: [], outcome: 'sent' },
    ]) expect(await recordSendCheck(db, bad as never)).toBeUndefined();
    expect(await db.sendChecks.count()).toBe(0);
  });
});
