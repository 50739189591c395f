import type { Server } from 'node:http';
import express, { type Express } from 'express';
import { accountsRoutes } from './api/accounts-routes';
import { accountHoldsRoutes } from './api/account-holds-routes';
import { adjustmentsRoutes } from './api/adjustments-routes';
import { complianceRoutes } from './api/compliance-routes';
import { deadJobsRoutes } from './api/dead-jobs-routes';
import { errorHandlerFor } from './api/errors';
import { NotFound } from './errors';
import { requireBearer, requireOperator } from './api/operator-auth';
import { DirectLine } from './channels/directline/direct-line';
import { portalRoutes } from './channels/directline/portal-route';
import { botFrameworkRoute } from './channels/botframework/messages-route';
import { smsInboundRoute } from './channels/sms/inbound-route';
import { withShortLinks } from './channels/sms/sms-replies';
import type { SmsSender } from './channels/sms/sender';
import type { SpecialistUser, TrustProxy } from './config';
import { ConsoleSessions } from './handoff/console-sessions';
import { disputeRoutes } from './api/dispute-routes';
import { LocalSmsOutbox } from './channels/sms/local-outbox';
import { localOutboxRoute } from './channels/sms/local-outbox-route';
import { HANDOFF_NOTICE_QUEUE, HANDOFF_NOTICE_RETRY } from './handoff/debtor-notices';
import { HANDOFF_SLA_QUEUE, HANDOFF_SLA_RETRY } from './handoff/handoff-sla';
import { createSpecialistConsole } from './handoff/specialist-console';
import { campaignRoutes } from './campaigns/campaign-routes';
import { createCampaigns, defaultCampaignOptions, type CampaignOptions } from './campaigns/create-campaigns';
import type { Assistant } from './conversation/assistant';
import { createAssistant, type AssistantOptions, type AssistantDeps } from './conversation/create-assistant';
import { paymentPageRoute } from './payments/payment-page';
import { ShortLinks } from './payments/short-links';
import { shortLinkRoute } from './payments/short-link-route';
import { PaymentPosting } from './payments/payment-posting';
import { paymentsRoutes } from './api/payments-routes';
import { smsStatusRoute } from './channels/sms/status-route';
import type { Outreach } from './outreach/create-outreach';
import { dashboardRoutes } from './reports/dashboard-route';
import { reportRoutes } from './reports/report-routes';
import { agingRoutes } from './reports/aging-routes';
import { AGING_QUEUE, AGING_RETRY, AgingSnapshots } from './reports/aging-snapshots';
import { CreditSalesBook } from './reports/credit-sales';
import { silentLogger, type Logger } from './observability/logger';
import { createMetrics, metricsEndpoint, type AmicableMetrics } from './observability/metrics';
import { readiness } from './observability/readiness';
import { requestObserver } from './observability/request-log';
import { GracefulShutdown } from './shutdown';

export interface AppOptions extends AssistantOptions {
  publicBaseUrl: string;
  /** Null only in development: Twilio signatures are then not checked. */
  twilioAuthToken: string | null;
  operatorToken: string | null;
  /** Null only in development: web-chat tokens are then minted without a secret. */
  directLineSecret: string | null;
  /** The demo billing portal may sign visitors in as a sample account (never in production). */
  portalDemo: boolean;
  specialistUsers: SpecialistUser[];
  /** Azure Bot Service at /api/messages: JWT-checked with an app id; null leaves the route off. */
  azureBot: { appId: string | null; appPassword: string | null } | null;
  /** CREDITOR_WEBHOOK_SECRET: signs what the creditor posts us (payments); null: POST /api/payments is off. */
  creditorSecret: string | null;
  /**
   * Twilio, or in the embedded default the local outbox (LocalSmsOutbox: kept, logged, marked
   * "not delivered" in the transcript). Null: specialists cannot take SMS cases (503 sms_unavailable).
   */
  smsSender: SmsSender | null;
  /** CAMPAIGN_SENDS_PER_SECOND per TWILIO_FROM_NUMBER; default 1 a second. */
  campaigns?: CampaignOptions;
  /** TRUST_PROXY; without it X-Forwarded-For is ignored and the client is the socket's address. */
  trustProxy?: TrustProxy;
  /** METRICS_TOKEN, the bearer token Prometheus scrapes with; without it /metrics is off. */
  metricsToken?: string | null;
}

/** Without `metrics` the app makes its own registry; without `logger` it logs nothing (tests). */
export type AppDeps = Omit<AssistantDeps, 'sms' | 'metrics'> & { metrics?: AmicableMetrics; logger?: Logger };

/**
 * Builds every part from options and dependencies; server.ts only starts it, tests build their own.
 * `stop` drains the server the app was started on, then closes the store (src/shutdown.ts).
 */
export function makeApp(
  options: AppOptions,
  deps: AppDeps,
): {
  app: Express;
  assistant: Assistant;
  directLine: DirectLine;
  specialists: { close(): void };
  outreach: Outreach;
  stop(server: Server, deadlineMs: number): Promise<{ drained: boolean }>;
} {
  const { store, clock } = deps;
  const { policy } = options;
  const metrics = deps.metrics ?? createMetrics();
  const shortLinks = new ShortLinks({ store, secret: options.paymentLinks.secret, publicBaseUrl: options.publicBaseUrl, ttlSeconds: options.paymentLinks.ttlSeconds });
  const smsReplies = { shortLinks, paymentLinkBaseUrl: options.paymentLinks.baseUrl };
  const smsSender = options.smsSender && withShortLinks(options.smsSender, smsReplies);
  const { assistant, transcripts, optOuts, paymentLinks, outreach, reminders, disputes, holds } = createAssistant(options, { ...deps, sms: smsSender, metrics });
  const logger = deps.logger ?? silentLogger();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? false);
  app.use(requestObserver({ metrics, logger }));
  const shutdown = new GracefulShutdown();
  app.use(shutdown.middleware);
  // Metrics reveal traffic and outcomes; behind their own token, not the operator's (which reads transcripts).
  app.get('/metrics', requireBearer(options.metricsToken ?? null, 'METRICS_TOKEN', { code: 'metrics_off', what: 'GET /metrics' }), metricsEndpoint(metrics));
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const state = await readiness(store);
    if (state.ready) res.json({ status: 'ready' });
    else res.status(503).json({ error: { code: state.code, message: state.message } });
  });
  const directLine = new DirectLine({
    assistant,
    store,
    secret: options.directLineSecret,
    clock,
    botName: policy.creditor.name,
    accountExists: async (id) => (await store.getAccount(id)) !== null,
  });
  app.use(directLine.router);
  app.use(portalRoutes({ directLine, findAccount: (id) => store.getAccount(id), creditorName: policy.creditor.name, demo: options.portalDemo }));
  if (options.azureBot) app.use(botFrameworkRoute({ assistant, ...options.azureBot, botName: policy.creditor.name, logger }));
  app.use(shortLinkRoute(shortLinks));
  app.use(
    smsInboundRoute({ assistant, publicBaseUrl: options.publicBaseUrl, authToken: options.twilioAuthToken, replies: smsReplies }),
  );
  app.use(smsStatusRoute({ publicBaseUrl: options.publicBaseUrl, authToken: options.twilioAuthToken, store, transcripts, clock }));
  app.use(paymentPageRoute({ paymentLinks, clock, creditorName: policy.creditor.name }));
  // Before the operator-only guard: specialists post adjustments and dispute steps, clear holds and resume plans from a console session too.
  const sessions = new ConsoleSessions(store, options.specialistUsers);
  app.use(adjustmentsRoutes({ store, clock, policy, transcripts, events: outreach.events, sender: outreach.sender, operatorToken: options.operatorToken, sessions }));
  app.use(disputeRoutes({ store, policy, disputes, sessions, operatorToken: options.operatorToken }));
  app.use(accountHoldsRoutes({ store, clock, transcripts, optOuts, holds, operatorToken: options.operatorToken, sessions }));
  app.use('/api/accounts', requireOperator(options.operatorToken));
  app.use(accountsRoutes({ store, transcripts, optOuts }));
  // The embedded default's outbox, readable by `npm run chat` on the same number (never with a real provider).
  if (options.smsSender instanceof LocalSmsOutbox) app.use(localOutboxRoute(options.smsSender));
  const posting = new PaymentPosting({ store, clock, policy, transcripts, events: outreach.events, reminders });
  app.use(paymentsRoutes({ posting, clock, secret: options.creditorSecret, operatorToken: options.operatorToken }));
  app.use(reportRoutes({ readEvents: (from, to) => outreach.activity.read(from, to), clock, operatorToken: options.operatorToken }));
  const agingSnapshots = new AgingSnapshots({ store, clock });
  outreach.addQueue(AGING_QUEUE, agingSnapshots.handle, AGING_RETRY);
  // The job chains itself from day to day; this queues the first one (idempotent on restart).
  agingSnapshots.scheduleNext().catch((error: unknown) => logger.error({ err: error }, 'could not schedule the aging snapshot'));
  app.use(
    agingRoutes({
      snapshots: agingSnapshots,
      creditSales: new CreditSalesBook({ store, clock }),
      readEvents: (from, to) => outreach.activity.read(from, to),
      readTranscript: (accountId) => transcripts.forAccount(accountId),
      operatorToken: options.operatorToken,
    }),
  );
  app.use(deadJobsRoutes({ store, clock, operatorToken: options.operatorToken }));
  app.use(dashboardRoutes());
  app.use(complianceRoutes({ store, transcripts, optOuts, clock, operatorToken: options.operatorToken }));
  const specialists = createSpecialistConsole(
    { policy, operatorToken: options.operatorToken, specialistUsers: options.specialistUsers, sms: smsSender },
    { store, clock, transcripts, optOuts, directLine, events: outreach.events, sessions, metrics },
  );
  app.use(specialists.router);
  outreach.addQueue(HANDOFF_SLA_QUEUE, specialists.slaWatch.handle, HANDOFF_SLA_RETRY);
  outreach.addQueue(HANDOFF_NOTICE_QUEUE, specialists.notices.handle, HANDOFF_NOTICE_RETRY);
  const campaigns = createCampaigns(options.campaigns ?? defaultCampaignOptions, {
    store,
    clock,
    policy,
    optOuts,
    outreach,
    onError: (error) => logger.error({ err: error }, 'campaign send failed; retrying with backoff'),
  });
  outreach.addRunner(campaigns.dispatcher);
  app.use(campaignRoutes({ campaigns: campaigns.service, operatorToken: options.operatorToken }));
  app.use((req, _res) => {
    throw new NotFound('not_found', `Nothing at ${req.method} ${req.path}`);
  });
  app.use(errorHandlerFor(logger));
  const stop = (server: Server, deadlineMs: number) => shutdown.run(server, { assistant, outreach, streams: [directLine, specialists], store }, deadlineMs);
  return { app, assistant, directLine, specialists, outreach, stop };
}
