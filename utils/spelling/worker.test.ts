// @vitest-environment node
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SPELL_FILES } from './files';
import { packagePath } from './node-files';
import type { SpellCheckResult, SpellStatus, WorkerRequest, WorkerResponse } from './protocol';
import { startSpellWorker } from './worker';

const URLS = {
  es: { trie: 'ext://dictionaries/es-ES.trie.gz', frequency: 'ext://dictionaries/es-frequency.txt' },
  en: { trie: 'ext://dictionaries/en-US.trie.gz', frequency: 'ext://dictionaries/en-frequency.txt' },
};
const FILES: Record<string, string> = {
  [URLS.es.trie]: packagePath(SPELL_FILES.es.trie),
  [URLS.es.frequency]: packagePath(SPELL_FILES.es.frequency),
  [URLS.en.trie]: packagePath(SPELL_FILES.en.trie),
  [URLS.en.frequency]: packagePath(SPELL_FILES.en.frequency),
};

/** A worker scope in this thread: requests in, answers collected. */
function fakeWorker() {
  const answers = new Map<number, WorkerResponse>();
  const scope = { onmessage: null as ((e: MessageEvent<WorkerRequest>) => void) | null, postMessage: (m: WorkerResponse) => answers.set(m.id, m) };
  startSpellWorker(scope);
  let id = 0;
  const call = async (message: Omit<WorkerRequest, 'id'>) => {
    const mine = ++id;
    scope.onmessage!({ data: { ...message, id: mine } } as MessageEvent<WorkerRequest>);
    await vi.waitFor(() => expect(answers.has(mine)).toBe(true), { timeout: 20_000 });
    return answers.get(mine)!;
  };
  return { call };
}

afterEach(() => vi.unstubAllGlobals());

describe('spelling worker', () => {
  it('loads its files (gzip decompressed in the worker), then checks drafts; a check waits for its language', async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      const path = FILES[url];
      return path ? new Response(readFileSync(path)) : new Response('', { status: 404 });
    });
    const { call } = fakeWorker();
    // Checks sent before init resolves still wait for the language.
    const init = call({ type: 'init', urls: URLS, preload: ['es'] } as Omit<WorkerRequest, 'id'>);
    const check = call({ type: 'check', request: { text: 'Gracias por su paciensia.', lang: 'es', words: [] } } as Omit<WorkerRequest, 'id'>);
    expect(await init).toMatchObject({ ok: true });
    const answer = (await check) as Extract<WorkerResponse, { ok: true }>;
    const result = answer.result as SpellCheckResult;
    expect(result.issues.map((i) => [i.text, i.suggestions[0]])).toEqual([['paciensia', 'paciencia']]);
    expect(result.lang).toBe('es');

    const withWords = (await call({ type: 'check', request: { text: 'Su fibramax ya está.', lang: 'es', words: ['fibramax'] } } as Omit<WorkerRequest, 'id'>)) as Extract<WorkerResponse, { ok: true }>;
    expect((withWords.result as SpellCheckResult).issues).toEqual([]);

    const status = (await call({ type: 'status' } as Omit<WorkerRequest, 'id'>)) as Extract<WorkerResponse, { ok: true }>;
    expect((status.result as SpellStatus).loaded).toEqual(['es']);
    expect((status.result as SpellStatus).loadMs.es).toBeGreaterThan(0);
    expect(fetched.sort()).toEqual([URLS.es.trie, URLS.es.frequency].sort());
  }, 30_000);

  it('answers an error (and can retry) when a file cannot be read', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    const { call } = fakeWorker();
    expect(await call({ type: 'init', urls: URLS, preload: ['en'] } as Omit<WorkerRequest, 'id'>)).toMatchObject({ ok: false, error: expect.stringContaining('404') });
    expect(await call({ type: 'check', request: { text: 'x', lang: 'en' } } as Omit<WorkerRequest, 'id'>)).toMatchObject({ ok: false });
  });
});
