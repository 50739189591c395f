import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DomainEvent } from '../../src/domain/events';
import { signatureValid } from '../../src/outreach/creditor-signature';

/**
 * The creditor's webhook receiver on a free port: checks each event's signature, counts
 * deliveries per event id, and can be taken "down" (503 for everything) and back up.
 */
export async function startCreditorReceiver(options: { secret: string; now: () => Date }) {
  const deliveries = new Map<string, number>();
  const events: DomainEvent[] = [];
  let refused = 0;
  let badSignatures = 0;
  let up = true;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (!up) {
        refused++;
        res.writeHead(503).end();
        return;
      }
      const body = Buffer.concat(chunks).toString('utf8');
      if (!signatureValid(options.secret, body, req.headers['x-amicable-signature'] as string | undefined, options.now())) {
        badSignatures++;
        res.writeHead(401).end();
        return;
      }
      const event = JSON.parse(body) as DomainEvent;
      deliveries.set(event.id, (deliveries.get(event.id) ?? 0) + 1);
      if (deliveries.get(event.id) === 1) events.push(event);
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/events`,
    /** Each distinct event, in the order it first arrived. */
    events,
    deliveries,
    get refused() {
      return refused;
    },
    get badSignatures() {
      return badSignatures;
    },
    setUp(value: boolean) {
      up = value;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
