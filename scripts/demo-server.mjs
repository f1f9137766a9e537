#!/usr/bin/env node
// Static server for the built demo pages (.output/demo), routed by Host name:
//   mail.demo.localhost   -> webmail.html
//   social.demo.localhost -> social.html
//   chat.demo.localhost   -> chat.html
//   plain.localhost (or any other host) -> plain.html
// Chromium resolves every *.localhost name to loopback, so no /etc/hosts changes are needed.
// It listens on loopback only: 127.0.0.1 and, when available, ::1 on the same port.
//
//   node scripts/demo-server.mjs [port]
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const defaultDemoRoot = path.join(repoRoot, '.output', 'demo');

export const demoHosts = {
  webmail: 'mail.demo.localhost',
  social: 'social.demo.localhost',
  chat: 'chat.demo.localhost',
  plain: 'plain.localhost',
};

const pageByHost = new Map([
  [demoHosts.webmail, 'webmail.html'],
  [demoHosts.social, 'social.html'],
  [demoHosts.chat, 'chat.html'],
  [demoHosts.plain, 'plain.html'],
]);

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

// Extra response headers for specific editor test pages (tests/fixtures/editors), served under any host. Only these
// documents get them; their scripts and styles are ordinary same-origin files.
const pageHeaders = new Map([
  // A strict CSP, as security-minded consoles send: no inline script or style, no eval, nothing from elsewhere.
  [
    '/editors/strict-csp.html',
    {
      'Content-Security-Policy':
        "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'",
    },
  ],
  // Trusted Types enforced, as Google's and Microsoft's webmails do: every HTML/script sink needs a trusted value and
  // the only policy that may be created is Lexical's own ('lexical', made anew for each HTML paste by
  // @lexical/clipboard, hence 'allow-duplicates'). No 'default' policy may exist, so nothing can launder strings.
  [
    '/editors/trusted-types.html',
    { 'Content-Security-Policy': "require-trusted-types-for 'script'; trusted-types lexical 'allow-duplicates'" },
  ],
]);

/** Host header without port, lower-cased, trailing dot removed ("[::1]:80" -> "::1"). */
function hostName(header) {
  let host = String(header || '').trim().toLowerCase();
  if (host.startsWith('[')) host = host.slice(1, host.indexOf(']') === -1 ? undefined : host.indexOf(']'));
  else host = host.replace(/:\d*$/, '');
  return host.replace(/\.$/, '');
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

function createHandler(root) {
  const rootWithSep = root.endsWith(path.sep) ? root : root + path.sep;

  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
      return;
    }

    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://demo.invalid').pathname);
    } catch {
      send(res, 400, 'Bad Request');
      return;
    }
    if (pathname.includes('\0')) {
      send(res, 400, 'Bad Request');
      return;
    }

    let file;
    if (pathname === '/') {
      file = path.join(root, pageByHost.get(hostName(req.headers.host)) ?? 'plain.html');
    } else {
      file = path.resolve(root, `.${pathname}`);
      if (!file.startsWith(rootWithSep)) {
        send(res, 404, 'Not Found');
        return;
      }
    }

    fs.stat(file, (statError, stat) => {
      if (statError || !stat.isFile()) {
        send(res, 404, 'Not Found');
        return;
      }
      res.writeHead(200, {
        'Content-Type': contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': stat.size,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        ...pageHeaders.get(pathname),
      });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      const stream = fs.createReadStream(file);
      stream.on('error', () => res.destroy());
      stream.pipe(res);
    });
  };
}

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    const onError = (error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve(server.address().port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen({ port, host, exclusive: true });
  });
}

function closeServer(server) {
  return new Promise((resolve) => {
    if (!server.listening) {
      resolve();
      return;
    }
    server.close(() => resolve());
    server.closeAllConnections?.();
  });
}

// ::1 is optional: missing IPv6 support must not prevent the demo from running.
const ipv6Unavailable = new Set(['EADDRNOTAVAIL', 'EAFNOSUPPORT', 'EPROTONOSUPPORT', 'EINVAL']);

/**
 * Start the demo server.
 * @param {{ port?: number, root?: string }} [options]
 * @returns {Promise<{ port: number, url(name: 'webmail'|'social'|'chat'|'plain'): string, close(): Promise<void> }>}
 */
export async function startDemoServer({ port = 0, root } = {}) {
  const demoRoot = path.resolve(root ?? defaultDemoRoot);
  if (!fs.existsSync(path.join(demoRoot, 'webmail.html'))) {
    throw new Error(`Demo pages not found in ${demoRoot}. Build them first: node scripts/build-demo.mjs`);
  }
  const handler = createHandler(demoRoot);
  const servers = [];

  // With port 0 the kernel picks a port for 127.0.0.1; if that port happens to be taken on ::1,
  // try again with another one.
  for (let attempt = 0; ; attempt += 1) {
    const v4 = http.createServer(handler);
    const actualPort = await listen(v4, port, '127.0.0.1');
    const v6 = http.createServer(handler);
    try {
      await listen(v6, actualPort, '::1');
      servers.push(v4, v6);
    } catch (error) {
      if (error.code === 'EADDRINUSE' && port === 0 && attempt < 5) {
        await closeServer(v4);
        continue;
      }
      if (!ipv6Unavailable.has(error.code)) {
        // Typically EADDRINUSE on ::1 with an explicit port: another server would receive the
        // browser's IPv6 connections, so refuse rather than serve half the traffic.
        await closeServer(v4);
        throw error;
      }
      servers.push(v4); // No IPv6 loopback on this machine: IPv4 only.
    }
    break;
  }

  const actualPort = servers[0].address().port;
  let closing;
  return {
    port: actualPort,
    ipv6: servers.length > 1,
    root: demoRoot,
    url(name) {
      const host = demoHosts[name];
      if (!host) throw new Error(`Unknown demo page "${name}" (expected ${Object.keys(demoHosts).join(', ')})`);
      return `http://${host}:${actualPort}/`;
    },
    close() {
      closing ??= Promise.all(servers.map(closeServer)).then(() => undefined);
      return closing;
    },
  };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const requested = process.argv[2] === undefined ? 0 : Number(process.argv[2]);
  if (!Number.isInteger(requested) || requested < 0 || requested > 65535) {
    console.error(`Invalid port: ${process.argv[2]}`);
    process.exit(2);
  }
  try {
    const server = await startDemoServer({ port: requested });
    console.log('Cordial demo pages:');
    for (const name of ['webmail', 'social', 'chat']) console.log(`  ${name.padEnd(8)} ${server.url(name)}`);
    console.log(`  (${'plain'.padEnd(7)} ${server.url('plain')} — unsupported page)`);
    console.log('Press Ctrl+C to stop.');
    const stop = async () => {
      await server.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
