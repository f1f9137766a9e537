/** The largest pack accepted from the network (a 10,000-reply pack is about 4 MB). */
export const MAX_PACK_BYTES = 20 * 1024 * 1024;
export const FETCH_TIMEOUT_MS = 15_000;

export type FetchProblem = 'not-https' | 'redirect' | 'bad-url' | 'network' | 'timeout' | 'http' | 'too-large' | 'not-json';

export class PackFetchError extends Error {
  constructor(
    readonly problem: FetchProblem,
    readonly detail = '',
  ) {
    super(`${problem}${detail ? `: ${detail}` : ''}`);
  }
}

export type FetchedPack = { status: 'not-modified' } | { status: 'ok'; text: string; etag?: string; lastModified?: string };

/** Only HTTPS: a pack decides what agents say to customers, so it must not be swappable on the wire. */
export function checkPackUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new PackFetchError('bad-url');
  }
  if (parsed.protocol !== 'https:') throw new PackFetchError('not-https');
  if (parsed.username || parsed.password) throw new PackFetchError('bad-url', 'credentials in the address');
  parsed.hash = '';
  return parsed;
}

const JSON_TYPES = /^(application\/(?:[\w.+-]+\+)?json|text\/plain|text\/json)\s*(;|$)/i;

/**
 * Fetches pack text with the checks a stranger's server deserves: HTTPS, a timeout, a size cap enforced while
 * reading (not trusting Content-Length), a JSON-ish content type, and conditional requests (ETag / Last-Modified).
 */
export async function fetchPackText(
  url: string,
  validators: { etag?: string; lastModified?: string } = {},
  { fetchImpl = fetch, timeoutMs = FETCH_TIMEOUT_MS, maxBytes = MAX_PACK_BYTES } = {},
): Promise<FetchedPack> {
  const address = checkPackUrl(url);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (validators.etag) headers['if-none-match'] = validators.etag;
    if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
    // No cookies: a pack is public to the team, and sending the agent's session to it would leak it. No redirects:
    // a hop through plain http could be rewritten by anyone on the network, and the hops cannot be seen from here.
    const get = (h: Record<string, string>) => fetchImpl(address.href, { headers: h, signal: controller.signal, credentials: 'omit', redirect: 'manual', cache: 'no-cache' });
    let response: Response;
    try {
      try {
        response = await get(headers);
      } catch (error) {
        // Conditional headers make a cross-origin request "non-simple": a server without CORS preflight support
        // refuses it. Ask again plainly; the unchanged content is then recognised by comparison instead.
        if (controller.signal.aborted || !(validators.etag || validators.lastModified)) throw error;
        response = await get({ accept: 'application/json' });
      }
    } catch (error) {
      throw controller.signal.aborted ? new PackFetchError('timeout') : new PackFetchError('network', (error as Error).message);
    }
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400 && response.status !== 304)) throw new PackFetchError('redirect');
    if (response.status === 304) return { status: 'not-modified' };
    if (!response.ok) throw new PackFetchError('http', String(response.status));
    if (response.url && !response.url.startsWith('https:')) throw new PackFetchError('not-https');
    const type = response.headers.get('content-type') ?? '';
    if (type && !JSON_TYPES.test(type)) throw new PackFetchError('not-json', type);
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > maxBytes) throw new PackFetchError('too-large');
    const text = await readCapped(response, maxBytes, controller.signal);
    return { status: 'ok', text, etag: response.headers.get('etag') ?? undefined, lastModified: response.headers.get('last-modified') ?? undefined };
  } finally {
    clearTimeout(timer);
  }
}

async function readCapped(response: Response, maxBytes: number, signal: AbortSignal): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw new PackFetchError('too-large');
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof PackFetchError) throw error;
    throw signal.aborted ? new PackFetchError('timeout') : new PackFetchError('network', (error as Error).message);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  // `fatal`: invalid UTF-8 is a broken file, not something to import with replacement characters in it.
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new PackFetchError('not-json', 'not UTF-8');
  }
}
