import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import type { Duplex } from 'node:stream';

/**
 * A load balancer without sticky sessions, for tests: each HTTP request goes to the next instance
 * in turn, WebSocket upgrades to the instance `upgradesTo` names. Headers pass unchanged, so the
 * instances build stream URLs for the proxy's address. It records which instance served what.
 */
export async function startRoundRobinProxy(targets: string[], options: { upgradesTo: number }) {
  const served: { target: number; method: string; path: string }[] = [];
  let next = 0;
  const tunnels = new Set<Duplex>();
  const server: Server = createServer((req, res) => {
    const target = next;
    next = (next + 1) % targets.length;
    served.push({ target, method: req.method ?? 'GET', path: req.url ?? '/' });
    const upstream = request(new URL(req.url ?? '/', targets[target]), { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const target = new URL(targets[options.upgradesTo]!);
    served.push({ target: options.upgradesTo, method: 'UPGRADE', path: req.url ?? '/' });
    const upstream = connect(Number(target.port), target.hostname, () => {
      const headers = Object.entries(req.headersDistinct).flatMap(([name, values]) => (values ?? []).map((value) => `${name}: ${value}\r\n`));
      upstream.write(`${req.method} ${req.url} HTTP/1.1\r\n${headers.join('')}\r\n`);
      upstream.write(head);
      upstream.pipe(socket).pipe(upstream);
    });
    tunnels.add(socket).add(upstream);
    const end = () => {
      upstream.destroy();
      socket.destroy();
      tunnels.delete(socket);
      tunnels.delete(upstream);
    };
    upstream.on('close', end);
    socket.on('close', end);
    upstream.on('error', end);
    socket.on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    served,
    async close() {
      for (const tunnel of tunnels) tunnel.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
