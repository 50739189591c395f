import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { makeApp } from '../../src/app';
import { LocalSmsOutbox } from '../../src/channels/sms/local-outbox';
import { createSmsSender } from '../../src/channels/sms/sender';
import { hashPassword } from '../../src/handoff/specialist-passwords';
import { startFakeTwilioApi } from './fake-twilio-api';
import type { DirectLine } from '../../src/channels/directline/direct-line';
import { parsePortfolio } from '../../src/domain/portfolio';
import { ManualClock } from '../../src/domain/clock';
import { policySchema } from '../../src/domain/policy';
import { createLocalUnderstanding, createUnderstanding } from '../../src/language/understand';
import { createStore } from '../../src/store/create-store';
import type { Store } from '../../src/store/store';
import type { Outreach } from '../../src/outreach/create-outreach';
import type { SpecialistUser, TrustProxy } from '../../src/config';
import type { Logger } from '../../src/observability/logger';
import { signatureFor } from '../../src/outreach/creditor-signature';
import { loadAccounts } from '../../src/runtime';

export const TWILIO_AUTH_TOKEN = 'test-twilio-token';
export const OPERATOR_TOKEN = 'test-operator-token';
export const DIRECTLINE_SECRET = 'test-directline-secret';
export const METRICS_TOKEN = 'test-metrics-token';
export const TWILIO_ACCOUNT_SID = 'ACtest0000000000000000000000000000';
export const TWILIO_FROM_NUMBER = '+15125550199';
export const CREDITOR_WEBHOOK_SECRET = 'test-creditor-webhook-secret';
export const SPECIALISTS = { sam: 'sam-password', alex: 'alex-password' };
/** Alex's SPECIALIST_USERS entry: the same hash in every app of a run, as a restarted process reads it. */
export const ALEX_PASSWORD_HASH = hashPassword(SPECIALISTS.alex);

export interface AppUnderTest {
  baseUrl: string;
  /** The Direct Line base URL for web-chat clients. */
  domain: string;
  publicBaseUrl: string;
  directLine: DirectLine;
  /** Twilio's REST API as far as outbound SMS needs it, recording what was sent. */
  twilioApi: Awaited<ReturnType<typeof startFakeTwilioApi>>;
  clock: ManualClock;
  store: Store;
  outreach: Outreach;
  operator(path: string): Promise<{ status: number; body: any }>;
  /**
   * POST /api/payments as the creditor's billing system: the body (an object, or raw text) signed
   * with CREDITOR_WEBHOOK_SECRET at the app's time, unless `sign` says otherwise (undefined: unsigned).
   */
  postPayment(payment: unknown, sign?: (body: string) => string | undefined): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

/**
 * The real app on a free port with the sample portfolio and policy, a clock the test moves,
 * and the store it asks for (memory, or Redis at a URL).
 */
export async function startApp(options: {
  store: 'memory' | 'redis';
  redisUrl?: string;
  now?: string;
  /** Where creditor events go (a local receiver); none: events feed the reports only. */
  creditorWebhookUrl?: string;
  /** A local fake of OpenAI (test/support/fake-openai.ts): handoff cases get a model summary. */
  openaiBaseUrl?: string;
  /**
   * A local fake of OpenAI for the recognizer: every debtor message is read by the OpenAI
   * recognizer, the local one as its fallback, as a deployment with OPENAI_API_KEY does.
   */
  recognizerBaseUrl?: string;
  /** A store prefix to share with an earlier app, as a restarted process would (Redis only). */
  keyPrefix?: string;
  /** False for a restart on a store that already holds the accounts as they have become. */
  loadPortfolio?: boolean;
  /** An Azure Bot app id: /api/messages then checks the channel's JWT. */
  azureBotAppId?: string;
  /** Where the app logs (default: nowhere). */
  logger?: Logger;
  /** SPECIALIST_USERS (default: sam with a password, alex with a hash of one). */
  specialistUsers?: SpecialistUser[];
  /** TRUST_PROXY (default: none, as unset). */
  trustProxy?: TrustProxy;
  /** METRICS_TOKEN (default: METRICS_TOKEN above; null: /metrics off). */
  metricsToken?: string | null;
  /** Outbound SMS by Twilio's REST API (the local fake, default), or the embedded default's local outbox. */
  sms?: 'twilio' | 'local-outbox';
  /** Redis: how long a killed process's conversation locks outlive it (default 15 s). */
  lockTtlMs?: number;
}): Promise<AppUnderTest> {
  const clock = new ManualClock(new Date(options.now ?? '2026-11-23T18:00:00Z'));
  const store = createStore({
    kind: options.store,
    redisUrl: options.redisUrl,
    clock,
    keyPrefix: options.keyPrefix ?? `test:${Math.random().toString(36).slice(2)}:`,
    ...(options.lockTtlMs ? { lockTtlMs: options.lockTtlMs } : {}),
  });
  if (options.loadPortfolio !== false) await loadAccounts(store, parsePortfolio(readFileSync('data/sample-portfolio.csv', 'utf8')).accounts, clock);
  const policy = policySchema.parse(JSON.parse(readFileSync('data/policy.json', 'utf8')));
  let server: Server | undefined;
  const publicBaseUrl = 'https://amicable.example.test';
  const twilioApi = await startFakeTwilioApi();
  const { app, directLine, outreach, stop } = makeApp(
    {
      policy,
      publicBaseUrl,
      twilioAuthToken: TWILIO_AUTH_TOKEN,
      operatorToken: OPERATOR_TOKEN,
      paymentLinks: { baseUrl: `${publicBaseUrl}/pay`, secret: 'test-payment-secret', ttlSeconds: 86_400 },
      idleMinutes: 30,
      retentionDays: 1095,
      summaryModel: options.openaiBaseUrl ? { apiKey: 'test-openai-key', baseURL: options.openaiBaseUrl } : null,
      directLineSecret: DIRECTLINE_SECRET,
      portalDemo: true,
      metricsToken: options.metricsToken === undefined ? METRICS_TOKEN : options.metricsToken,
      ...(options.trustProxy !== undefined ? { trustProxy: options.trustProxy } : {}),
      azureBot: options.azureBotAppId ? { appId: options.azureBotAppId, appPassword: 'test-azure-bot-password' } : { appId: null, appPassword: null },
      specialistUsers: options.specialistUsers ?? [
        // One plain and one hashed entry: SPECIALIST_USERS accepts both.
        { name: 'sam', secret: SPECIALISTS.sam },
        { name: 'alex', secret: ALEX_PASSWORD_HASH },
      ],
      smsSender:
        options.sms === 'local-outbox'
          ? new LocalSmsOutbox({ store, clock })
          : createSmsSender(
              { accountSid: TWILIO_ACCOUNT_SID, authToken: TWILIO_AUTH_TOKEN, checkSignatures: true, fromNumber: TWILIO_FROM_NUMBER, apiBaseUrl: twilioApi.baseUrl },
              `${publicBaseUrl}/sms/status`,
            ),
      creditorSecret: CREDITOR_WEBHOOK_SECRET,
      creditorWebhook: options.creditorWebhookUrl ? { url: options.creditorWebhookUrl, secret: CREDITOR_WEBHOOK_SECRET } : null,
    },
    {
      store,
      clock,
      understand: options.recognizerBaseUrl
        ? createUnderstanding({ openaiApiKey: 'test-openai-key', openaiBaseUrl: options.recognizerBaseUrl, openaiModel: 'fake-model' }, clock)
        : createLocalUnderstanding(),
      ...(options.logger ? { logger: options.logger } : {}),
    },
  );
  await new Promise<void>((resolve) => {
    server = app.listen(0, '127.0.0.1', () => resolve());
  });
  directLine.attach(server!);
  const baseUrl = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  return {
    baseUrl,
    domain: `${baseUrl}/v3/directline`,
    publicBaseUrl,
    directLine,
    twilioApi,
    clock,
    store,
    outreach,
    async operator(path) {
      const response = await fetch(`${baseUrl}${path}`, { headers: { Authorization: `Bearer ${OPERATOR_TOKEN}` } });
      return { status: response.status, body: await response.json() };
    },
    async postPayment(payment, sign = (body) => signatureFor(CREDITOR_WEBHOOK_SECRET, body, clock.now())) {
      const body = typeof payment === 'string' ? payment : JSON.stringify(payment);
      const signature = sign(body);
      const response = await fetch(`${baseUrl}/api/payments`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(signature ? { 'X-Amicable-Signature': signature } : {}) },
        body,
      });
      return { status: response.status, body: await response.json() };
    },
    async close() {
      // As server.ts stops on SIGTERM: requests and turns in flight finish, then the store closes.
      await stop(server!, 5_000);
      await twilioApi.close();
    },
  };
}
