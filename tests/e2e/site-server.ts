// Serves tests/fixtures/sites/<id>.html over HTTPS at each site's real address: Chromium is told to resolve the real
// hostnames to this server (--host-resolver-rules) and to accept its throw-away self-signed certificate, so the
// extension's manifest matches, detection and adapters run exactly as in the field, with no network.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiteAdapter } from '../../utils/sites/define-site';

const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/sites/', import.meta.url));

/** A concrete stand-in for a wildcard host (`*.zendesk.com` → `acme.zendesk.com`). */
const WILDCARD_STAND_IN = 'acme.';

/**
 * Every HTTPS host the adapters claim (wildcards made concrete) plus every host in the URL table: all of them must
 * resolve to the local server, so that no test ever reaches the real site.
 */
export function siteHosts(sites: readonly SiteAdapter[], urls: Readonly<Record<string, readonly string[]>>): string[] {
  const hosts = new Set<string>();
  for (const site of sites) {
    for (const pattern of site.matches) {
      const host = /^https:\/\/([^/]+)\//.exec(pattern)?.[1];
      if (host) hosts.add(host.replace(/^\*\./, WILDCARD_STAND_IN));
    }
  }
  for (const list of Object.values(urls)) for (const url of list) hosts.add(new URL(url).hostname);
  return [...hosts].sort();
}

/** A self-signed certificate for all `hosts`, valid one day, made with openssl in a temporary folder. */
export function makeCertificate(hosts: readonly string[]): { key: string; cert: string } {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
  } catch {
    throw new Error('The site e2e tests need openssl to make a throw-away certificate: sudo apt-get install -y openssl');
  }
  const dir = mkdtempSync(join(tmpdir(), 'cordial-cert-'));
  try {
    const keyFile = join(dir, 'key.pem');
    const certFile = join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=cordial-test', '-addext', `subjectAltName=${hosts.map((h) => `DNS:${h}`).join(',')}`, '-keyout', keyFile, '-out', certFile],
      { stdio: 'pipe' },
    );
    return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface SiteServer {
  port: number;
  hosts: string[];
  /** `--host-resolver-rules` value: every host to this server, anything else to nowhere. */
  resolverRules: string;
  close(): Promise<void>;
}

/**
 * Starts the HTTPS server on 127.0.0.1 (a free port). A request is routed by its Host header and path to the fixture
 * of the adapter whose real address (from the URL table) it is; anything else is a 404.
 */
export async function startSiteServer(sites: readonly SiteAdapter[], urls: Readonly<Record<string, readonly string[]>>): Promise<SiteServer> {
  const hosts = siteHosts(sites, urls);
  const routes = new Map<string, string>();
  for (const [id, list] of Object.entries(urls)) {
    for (const url of list) {
      const { hostname, pathname } = new URL(url);
      routes.set(`${hostname}${pathname}`, id);
    }
  }
  const server = createServer(makeCertificate(hosts), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const { pathname } = new URL(req.url ?? '/', 'https://localhost');
    const id = routes.get(`${host}${pathname}`);
    if (!id && pathname === '/') {
      // A site's home page, from which a single-page app moves into its inbox without a page load.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Inicio</title><main><h1>Inicio</h1></main>');
      return;
    }
    if (!id) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`No fixture for https://${host}${pathname}`);
      return;
    }
    // Read on every request, so an edited fixture needs no restart.
    const html = readFileSync(join(FIXTURES_DIR, `${id}.html`));
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const resolverRules = [...hosts.map((host) => `MAP ${host} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND'].join(', ');
  return {
    port,
    hosts,
    resolverRules,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
