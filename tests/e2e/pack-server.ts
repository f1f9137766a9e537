// A team's pack server for the e2e tests: HTTPS at a made-up hostname, ETag-aware, content changeable mid-test.
import { createHash } from 'node:crypto';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { makeCertificate } from './site-server';

export const PACK_HOST = 'packs.cordial-team.test';

export interface PackServer {
  url(path: string): string;
  /** Serves `body` (JSON text) at `path` from now on. */
  set(path: string, body: string): void;
  /** Requests seen, with whether they carried If-None-Match. */
  requests: Array<{ path: string; conditional: boolean; status: number }>;
  resolverRules: string;
  close(): Promise<void>;
}

export async function startPackServer(): Promise<PackServer> {
  const files = new Map<string, string>();
  const requests: PackServer['requests'] = [];
  const server = createServer(makeCertificate([PACK_HOST]), (req, res) => {
    const path = new URL(req.url ?? '/', 'https://x').pathname;
    const body = files.get(path);
    // Pack servers usually sit on a different origin: allow Cordial to read them without a host permission.
    res.setHeader('access-control-allow-origin', '*');
    // …and let it see the validators, or every refresh would download the whole pack again.
    res.setHeader('access-control-expose-headers', 'etag, last-modified');
    if (req.method === 'OPTIONS') {
      // CORS preflight for the conditional request.
      res.writeHead(204, { 'access-control-allow-headers': 'if-none-match, if-modified-since, accept', 'access-control-allow-methods': 'GET' }).end();
      return;
    }
    if (body === undefined) {
      requests.push({ path, conditional: false, status: 404 });
      res.writeHead(404).end();
      return;
    }
    const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
    const conditional = req.headers['if-none-match'] === etag;
    requests.push({ path, conditional: !!req.headers['if-none-match'], status: conditional ? 304 : 200 });
    if (conditional) {
      res.writeHead(304, { etag }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', etag }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `https://${PACK_HOST}${path}`,
    set: (path, body) => void files.set(path, body),
    requests,
    resolverRules: `MAP ${PACK_HOST} 127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
