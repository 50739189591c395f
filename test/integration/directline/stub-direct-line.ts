import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';
import express from 'express';
import { errorHandler } from '../../../src/api/errors';
import { DirectLine, type DirectLineLimits } from '../../../src/channels/directline/direct-line';
import type { InboundMessage } from '../../../src/conversation/assistant';
import { ManualClock } from '../../../src/domain/clock';
import { MemoryStore } from '../../../src/store/memory';
import type { Store } from '../../../src/store/store';

export const SECRET = 'test-directline-secret';

/**
 * The Direct Line layer alone on a free port, in front of a stand-in assistant that answers
 * "You said: <text>" with two buttons, so the protocol is tested apart from the dialogs. Its
 * activities live in a memory store unless given one (a Redis store another stub shares: a second instance).
 */
export async function startStubDirectLine(options: { secret?: string | null; limits?: Partial<DirectLineLimits>; store?: Store; clock?: ManualClock } = {}) {
  const clock = options.clock ?? new ManualClock(new Date('2026-11-23T15:00:00Z'));
  const handled: InboundMessage[] = [];
  const assistant = {
    async handle(message: InboundMessage): Promise<Partial<Activity>[]> {
      handled.push(message);
      return [
        {
          type: 'message',
          text: `You said: ${message.text}`,
          channelData: { amicable: { collectionContent: false } },
          suggestedActions: { to: [], actions: [{ type: 'imBack', title: 'Yes', value: 'yes' }, { type: 'imBack', title: 'No', value: 'no' }] },
        },
      ];
    },
  };
  const directLine = new DirectLine({
    assistant,
    store: options.store ?? new MemoryStore(clock),
    secret: options.secret === undefined ? SECRET : options.secret,
    clock,
    botName: 'Northwind Energy',
    accountExists: async (id) => id === 'NW-1001',
    limits: options.limits,
  });
  const app = express();
  app.use(directLine.router);
  app.use(errorHandler);
  const server: Server = createServer(app);
  directLine.attach(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    domain: `${baseUrl}/v3/directline`,
    directLine,
    clock,
    handled,
    async close() {
      directLine.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export type StubDirectLine = Awaited<ReturnType<typeof startStubDirectLine>>;

/** fetch with a bearer and JSON both ways. */
export async function call(url: string, init: { method?: string; bearer?: string; body?: unknown } = {}) {
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.bearer ? { Authorization: `Bearer ${init.bearer}` } : {}),
      ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}
