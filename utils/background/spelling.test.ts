import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb, type CordialDb } from '@/utils/db';
import type { SpellHost } from '@/utils/spelling/host';
import type { SpellCheckRequest } from '@/utils/spelling/protocol';
import { spellingHandlers } from './spelling';

let db: CordialDb;
let n = 0;
const sender = {} as never;

beforeEach(() => {
  fakeBrowser.reset();
  db = openDb(`cordial-spell-bg-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

function fakeHost() {
  const requests: SpellCheckRequest[] = [];
  const host: SpellHost = {
    check: async (request) => {
      requests.push(request);
      return { issues: [], lang: request.lang, elapsedMs: 1 };
    },
    status: async () => ({ loaded: ['es'], loadMs: { es: 100 }, dictionaryBytes: 1 }),
  };
  return { host, requests };
}

describe('background spelling handlers', () => {
  it('checks with the pack words and the personal words, and every sidebar hears of a new word', async () => {
    const { host, requests } = fakeHost();
    const handlers = spellingHandlers(db, host);
    const broadcast = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await handlers['spell:check']!({ text: 'Hola', lang: 'es', words: ['Telepuppy'] }, sender);
    expect(requests.at(-1)).toEqual({ text: 'Hola', lang: 'es', words: ['Telepuppy'] });

    expect(await handlers['spell:add-word']!({ word: 'fibramax' }, sender)).toEqual(['fibramax']);
    expect(broadcast).toHaveBeenCalledWith({ cordial: 1, name: 'spelling:words-changed', payload: { words: ['fibramax'] } });
    await handlers['spell:check']!({ text: 'Hola', lang: 'es', words: ['Telepuppy'] }, sender);
    expect(requests.at(-1)?.words).toEqual(['Telepuppy', 'fibramax']);
    expect(await handlers['spell:words']!(undefined, sender)).toEqual(['fibramax']);

    expect(await handlers['spell:remove-word']!({ word: 'fibramax' }, sender)).toEqual([]);
    await handlers['spell:check']!({ text: 'Hola', lang: 'es' }, sender);
    expect(requests.at(-1)?.words).toEqual([]);
  });

  it('refuses a malformed request and bounds what it forwards', async () => {
    const { host, requests } = fakeHost();
    const handlers = spellingHandlers(db, host);
    await expect(Promise.resolve(handlers['spell:check']!({ text: 'x', lang: 'fr' as never }, sender))).rejects.toThrow();
    await handlers['spell:check']!({ text: 'a'.repeat(50_000), lang: 'en', words: [1, 'ok'] as never }, sender);
    expect(requests.at(-1)?.text).toHaveLength(20_000);
    expect(requests.at(-1)?.words).toEqual(['ok']);
  });

  it('answers the engine status, or null when the engine cannot start', async () => {
    const { host } = fakeHost();
    expect(await spellingHandlers(db, host)['spell:status']!(undefined, sender)).toEqual({ loaded: ['es'], loadMs: { es: 100 }, dictionaryBytes: 1 });
    const broken: SpellHost = { check: () => Promise.reject(new Error('x')), status: () => Promise.reject(new Error('x')) };
    expect(await spellingHandlers(db, broken)['spell:status']!(undefined, sender)).toBeNull();
  });
});
