import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { makeApp } from '../../src/app';
import type { Assistant } from '../../src/conversation/assistant';
import { ManualClock } from '../../src/domain/clock';
import { policySchema } from '../../src/domain/policy';
import { createLocalUnderstanding } from '../../src/language/understand';
import { createStore } from '../../src/store/create-store';
import { benchAccounts } from './portfolio';

export const BENCH_TWILIO_TOKEN = 'bench-twilio-token';
export const BENCH_DIRECTLINE_SECRET = 'bench-directline-secret';
export const BENCH_PUBLIC_URL = 'https://amicable.bench.test';

/**
 * The real app on Redis, as server.ts wires it, with `accounts` generated debtors. The clock is
 * pinned to a weekday afternoon so contact-hour rules answer the same on every run.
 */
export async function startAmicable(redisUrl: string, accounts: number): Promise<{ server: Server; assistant: Assistant }> {
  const clock = new ManualClock(new Date('2026-11-23T17:00:00Z'));
  const store = createStore({ kind: 'redis', redisUrl, clock, keyPrefix: 'bench:' });
  await store.putAccounts(benchAccounts(accounts));
  const policy = policySchema.parse(JSON.parse(readFileSync('data/policy.json', 'utf8')));
  const { app, assistant, directLine } = makeApp(
    {
      policy,
      publicBaseUrl: BENCH_PUBLIC_URL,
      twilioAuthToken: BENCH_TWILIO_TOKEN,
      operatorToken: 'bench-operator-token',
      paymentLinks: { baseUrl: `${BENCH_PUBLIC_URL}/pay`, secret: 'bench-payment-secret', ttlSeconds: 86_400 },
      idleMinutes: 30,
      retentionDays: 1095,
      summaryModel: null,
      directLineSecret: BENCH_DIRECTLINE_SECRET,
      portalDemo: false,
      specialistUsers: [],
      azureBot: null,
      smsSender: null,
      creditorWebhook: null,
      creditorSecret: null,
    },
    { store, clock, understand: createLocalUnderstanding() },
  );
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  directLine.attach(server);
  return { server, assistant };
}
