// The Firefox counterpart of Chromium's --host-resolver-rules: Firefox sends every https:// request to this proxy
// (`network.proxy.ssl`), which tunnels CONNECT requests for the sites' real hostnames to the local fixture server and
// refuses any other. Nothing reaches the network; the page's address stays the real one, as in the field.
import { createServer, type IncomingMessage } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

export interface SiteProxy {
  port: number;
  close(): Promise<void>;
}

export async function startSiteProxy(hosts: readonly string[], serverPort: number): Promise<SiteProxy> {
  const allowed = new Set(hosts.map((h) => `${h}:443`));
  const sockets = new Set<Socket>();
  const server = createServer((_req, res) => res.writeHead(403).end('CONNECT only'));
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    sockets.add(client);
    client.once('close', () => sockets.delete(client));
    if (!allowed.has((req.url ?? '').toLowerCase())) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(serverPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.once('close', () => sockets.delete(upstream));
    const drop = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.once('error', drop);
    client.once('error', drop);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
