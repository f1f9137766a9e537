import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILTIN_PACKS } from '@/protocols/builtin';
import type { Pack } from '@/protocols/types';
import { openDb, seedBuiltinPacks, type CordialDb } from '@/utils/db';
import { fetchPackText, PackFetchError } from './fetch-pack';
import { readWholePack } from './install';
import { applyPending, refreshAll, refreshSubscription, subscribe, syncManagedSubscriptions, unsubscribe } from './subscriptions';

let db: CordialDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`cordial-subs-${++n}`);
  await seedBuiltinPacks(db);
});
afterEach(async () => {
  await db.delete();
});

const es = BUILTIN_PACKS[0] as Pack;
const URL_A = 'https://packs.example.com/alba.json';
const pack = (version: string, title = 'Saludo'): Pack => ({ ...structuredClone(es), id: 'alba', name: 'Alba', version, replies: [{ ...structuredClone(es.replies[0]!), title }] });

/** A tiny pack server: serves `body`, honours If-None-Match, counts requests. */
function server(initial: { body: string; etag?: string; type?: string; status?: number }) {
  const state = { ...initial, requests: [] as RequestInit[] };
  const fetchImpl = (async (_url: string, init: RequestInit) => {
    state.requests.push(init);
    const headers = new Headers({ 'content-type': state.type ?? 'application/json', ...(state.etag && { etag: state.etag }) });
    if (state.etag && (init.headers as Record<string, string>)['if-none-match'] === state.etag) return new Response(null, { status: 304, headers });
    return new Response(state.body, { status: state.status ?? 200, headers });
  }) as unknown as typeof fetch;
  return { state, fetchImpl };
}

describe('fetching a pack', () => {
  it('refuses anything but HTTPS, and addresses with credentials', async () => {
    await expect(fetchPackText('http://packs.example.com/a.json')).rejects.toMatchObject({ problem: 'not-https' });
    await expect(fetchPackText('https://user:pw@packs.example.com/a.json')).rejects.toMatchObject({ problem: 'bad-url' });
    await expect(fetchPackText('no es una dirección')).rejects.toMatchObject({ problem: 'bad-url' });
  });

  it('stops reading past the size limit, whatever Content-Length claims', async () => {
    const { fetchImpl } = server({ body: 'x'.repeat(2000) });
    await expect(fetchPackText(URL_A, {}, { fetchImpl, maxBytes: 1000 })).rejects.toMatchObject({ problem: 'too-large' });
  });

  it('rejects HTML error pages and times out on a silent server', async () => {
    const { fetchImpl } = server({ body: '<html>login</html>', type: 'text/html' });
    await expect(fetchPackText(URL_A, {}, { fetchImpl })).rejects.toMatchObject({ problem: 'not-json' });
    const silent = ((_u: string, init: RequestInit) => new Promise((_r, reject) => init.signal?.addEventListener('abort', () => reject(new Error('aborted'))))) as unknown as typeof fetch;
    await expect(fetchPackText(URL_A, {}, { fetchImpl: silent, timeoutMs: 20 })).rejects.toBeInstanceOf(PackFetchError);
    await expect(fetchPackText(URL_A, {}, { fetchImpl: silent, timeoutMs: 20 })).rejects.toMatchObject({ problem: 'timeout' });
  });

  it('asks again without conditional headers when the server refuses them (no CORS preflight support)', async () => {
    const calls: Array<Record<string, string>> = [];
    const picky = (async (_u: string, init: RequestInit) => {
      const headers = init.headers as Record<string, string>;
      calls.push(headers);
      if (headers['if-none-match']) throw new TypeError('Failed to fetch');
      return new Response(JSON.stringify(pack('1.0.0')), { headers: { 'content-type': 'application/json' } });
    }) as unknown as typeof fetch;
    expect(await fetchPackText(URL_A, { etag: '"v1"' }, { fetchImpl: picky })).toMatchObject({ status: 'ok' });
    expect(calls.map((h) => h['if-none-match'])).toEqual(['"v1"', undefined]);
  });

  it('follows no redirect: the agent is told to use the final address', async () => {
    const { state, fetchImpl } = server({ body: JSON.stringify(pack('1.0.0')) });
    await fetchPackText(URL_A, {}, { fetchImpl });
    expect(state.requests[0]?.redirect).toBe('manual');
    // What fetch gives back for a redirect it did not follow, in a browser (opaque) and as a plain 30x.
    const redirecting = (async () => Object.defineProperty(new Response(null, { status: 200 }), 'type', { value: 'opaqueredirect' })) as unknown as typeof fetch;
    await expect(fetchPackText(URL_A, {}, { fetchImpl: redirecting })).rejects.toMatchObject({ problem: 'redirect' });
    const moved = (async () => new Response(null, { status: 302, headers: { location: 'http://evil.example/p.json' } })) as unknown as typeof fetch;
    await expect(fetchPackText(URL_A, {}, { fetchImpl: moved })).rejects.toMatchObject({ problem: 'redirect' });
  });

  it('never sends cookies', async () => {
    const { state, fetchImpl } = server({ body: JSON.stringify(pack('1.0.0')) });
    await fetchPackText(URL_A, {}, { fetchImpl });
    expect(state.requests[0]?.credentials).toBe('omit');
  });
});

describe('subscriptions', () => {
  it('the first fetch installs the pack; a conditional refresh with no change costs a 304', async () => {
    const { state, fetchImpl } = server({ body: JSON.stringify(pack('1.0.0')), etag: '"v1"' });
    expect(await subscribe(db, URL_A, false, { fetchImpl, now: 10 })).toMatchObject({ status: 'installed', packId: 'alba', version: '1.0.0' });
    expect(await refreshSubscription(db, URL_A, { fetchImpl, now: 20 })).toEqual({ status: 'unchanged' });
    expect((state.requests[1]!.headers as Record<string, string>)['if-none-match']).toBe('"v1"');
    expect(await db.subscriptions.get(URL_A)).toMatchObject({ packId: 'alba', lastSuccessAt: 20, etag: '"v1"' });
  });

  it('subscribing installs the version the agent previewed, not a second download; a different one waits for review', async () => {
    const previewed = JSON.stringify(pack('1.0.0'));
    // The server now serves something else than what it showed in the preview.
    const { state, fetchImpl } = server({ body: JSON.stringify(pack('6.6.6')), etag: '"v6"' });
    expect(await subscribe(db, URL_A, false, { fetchImpl, now: 10, reviewedText: previewed, reviewedValidators: { etag: '"v1"' } })).toMatchObject({ status: 'installed', version: '1.0.0' });
    expect(state.requests).toHaveLength(0);
    expect(await db.subscriptions.get(URL_A)).toMatchObject({ packId: 'alba', etag: '"v1"' });
    expect((await db.packs.get('alba'))?.version).toBe('1.0.0');
    // The next refresh sees the other version and stages it: nothing unreviewed is installed.
    expect(await refreshSubscription(db, URL_A, { fetchImpl, now: 20 })).toMatchObject({ status: 'pending', version: '6.6.6' });
    expect((await db.packs.get('alba'))?.version).toBe('1.0.0');
  });

  it('a newer version waits for the agent with its changes; accepting installs it', async () => {
    const { state, fetchImpl } = server({ body: JSON.stringify(pack('1.0.0')), etag: '"v1"' });
    await subscribe(db, URL_A, false, { fetchImpl });
    Object.assign(state, { body: JSON.stringify(pack('1.1.0', 'Saludo nuevo')), etag: '"v2"' });
    const outcome = await refreshAll(db, { fetchImpl });
    expect(outcome[URL_A]).toMatchObject({ status: 'pending', version: '1.1.0' });
    expect((outcome[URL_A] as { diff: { replies: { changed: unknown[] } } }).diff.replies.changed).toHaveLength(1);
    expect((await readWholePack(db, 'alba'))?.record.version).toBe('1.0.0');
    expect(await applyPending(db, URL_A)).toMatchObject({ status: 'installed', version: '1.1.0' });
    expect((await readWholePack(db, 'alba'))?.pack.replies[0]?.title).toBe('Saludo nuevo');
    expect((await db.subscriptions.get(URL_A))?.pending).toBeUndefined();
  });

  it('a failed refresh keeps the installed pack and records the error next to the last success', async () => {
    const { state, fetchImpl } = server({ body: JSON.stringify(pack('1.0.0')) });
    await subscribe(db, URL_A, false, { fetchImpl, now: 10 });
    Object.assign(state, { body: '{"schemaVersion": 1, "id": "alba"', status: 200 });
    expect(await refreshSubscription(db, URL_A, { fetchImpl, now: 20 })).toMatchObject({ status: 'failed', problem: 'invalid' });
    Object.assign(state, { status: 500 });
    expect(await refreshSubscription(db, URL_A, { fetchImpl, now: 30 })).toMatchObject({ status: 'failed', problem: 'http' });
    expect(await db.subscriptions.get(URL_A)).toMatchObject({ lastSuccessAt: 10, lastAttemptAt: 30, lastError: 'http: 500' });
    expect((await readWholePack(db, 'alba'))?.record.version).toBe('1.0.0');
  });

  it('an address that starts serving another pack is refused', async () => {
    const { state, fetchImpl } = server({ body: JSON.stringify(pack('1.0.0')) });
    await subscribe(db, URL_A, false, { fetchImpl });
    Object.assign(state, { body: JSON.stringify({ ...pack('2.0.0'), id: 'otro' }) });
    expect(await refreshSubscription(db, URL_A, { fetchImpl })).toMatchObject({ status: 'failed', problem: 'other-pack' });
    expect(await db.packs.get('otro')).toBeUndefined();
  });

  it('policy-managed subscriptions are applied directly and cannot be removed until the policy drops them', async () => {
    const { state, fetchImpl } = server({ body: JSON.stringify(pack('1.0.0')) });
    await syncManagedSubscriptions(db, [URL_A, 'http://insecure.example.com/p.json'], { fetchImpl });
    expect(await db.subscriptions.count()).toBe(1);
    expect(await unsubscribe(db, URL_A)).toBe(false);
    Object.assign(state, { body: JSON.stringify(pack('1.1.0')) });
    expect(await refreshAll(db, { fetchImpl })).toMatchObject({ [URL_A]: { status: 'installed', version: '1.1.0' } });
    await syncManagedSubscriptions(db, [], { fetchImpl });
    expect(await unsubscribe(db, URL_A)).toBe(true);
  });
});
