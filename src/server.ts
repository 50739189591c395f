import { makeApp } from './app';
import { LocalSmsOutbox } from './channels/sms/local-outbox';
import { createSmsSender } from './channels/sms/sender';
import { tenantModeProblems } from './compliance/tenant-mode';
import { ConfigError } from './config';
import { systemClock } from './domain/clock';
import { createLogger } from './observability/logger';
import { loadRuntime } from './runtime';

const OUTREACH_POLL_MS = 5_000;

/** Starts Amicable: invalid configuration stops the start with one line per problem. */
async function main(): Promise<void> {
  const runtime = await loadRuntime(process.env);
  const { config, portfolio, store, understand, assistantOptions } = runtime;
  const logger = createLogger({ level: config.logLevel });
  // TC-09: an agency tenant may not run SMS on Twilio in the US/Canada; refuse before serving anything.
  const tenantProblems = tenantModeProblems(runtime.policy.creditor, {
    twilioAccountSid: config.twilio.accountSid,
    twilioAuthToken: config.twilio.authToken,
    twilioFromNumber: config.twilio.fromNumber,
  });
  if (tenantProblems.length > 0) {
    await store.close();
    throw new ConfigError(tenantProblems, 'tenant_mode');
  }
  // Without Twilio's REST credentials the embedded default keeps outbound texts in a local outbox
  // (logged, "not delivered" in the transcript); in production a missing sender stays an error.
  const twilioSender = createSmsSender(config.twilio, `${config.publicBaseUrl}/sms/status`);
  const smsSender = twilioSender ?? (config.nodeEnv === 'production' ? null : new LocalSmsOutbox({ store, clock: systemClock, logger }));
  const { app, directLine, outreach, stop } = makeApp(
    {
      ...assistantOptions,
      publicBaseUrl: config.publicBaseUrl,
      twilioAuthToken: config.twilio.authToken,
      operatorToken: config.operatorToken,
      directLineSecret: config.directlineSecret,
      portalDemo: config.portalDemo,
      metricsToken: config.metricsToken,
      trustProxy: config.trustProxy,
      specialistUsers: config.specialistUsers,
      // Without an app id the route would accept anyone and reply to any serviceUrl: development only.
      azureBot:
        config.microsoftAppId || config.nodeEnv === 'development'
          ? { appId: config.microsoftAppId, appPassword: config.microsoftAppPassword }
          : null,
      creditorSecret: config.creditorWebhookSecret,
      smsSender,
    },
    { store, clock: systemClock, understand, logger, onJobError: (queue, err) => logger.error({ queue, err }, 'job failed; retrying with backoff') },
  );
  const server = app.listen(config.port, () => {
    const base = config.publicBaseUrl;
    logger.info({ port: config.port, store: config.store, accounts: portfolio.accounts.length, rejected: portfolio.rejected.length }, 'Amicable is running');
    // A rejected row's message may quote the cell (a phone number): freeText is scrubbed.
    for (const rejected of portfolio.rejected) logger.warn({ line: rejected.line, column: rejected.column, freeText: rejected.message }, 'portfolio row rejected');
    // The URL banner is for a person at a terminal; production stdout stays JSON lines only.
    if (config.nodeEnv === 'production') return;
    console.log(`Amicable is running for ${runtime.policy.creditor.name} (${config.store} store).`);
    console.log(`  portfolio: ${portfolio.accounts.length} accounts loaded, ${portfolio.rejected.length} rejected`);
    console.log(`  billing portal:  ${base}/`);
    console.log(`  specialist console: ${base}/console${config.specialistUsers.length ? '' : '  (set SPECIALIST_USERS to sign in)'}`);
    console.log(`  SMS webhook:     ${base}/sms/inbound${config.twilio.authToken ? '' : '  (signatures not checked: development)'}`);
    if (smsSender instanceof LocalSmsOutbox) console.log(`  outbound SMS:    local outbox (no SMS provider configured); \`npm run chat\` prints what a number receives`);
    console.log(`  operator API:    ${base}/api/accounts/:id${config.operatorToken ? '' : '  (off: set OPERATOR_TOKEN)'}`);
    console.log(`  dashboard:       ${base}/dashboard${config.operatorToken ? '' : '  (reports off: set OPERATOR_TOKEN)'}`);
    console.log(`  health:          ${base}/healthz`);
  });
  directLine.attach(server);
  // Reminders, due-date checks and creditor events: every instance polls; the store leases each job to one.
  outreach.start(OUTREACH_POLL_MS);
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'stopping now, without waiting for turns in flight');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal, deadlineSeconds: config.shutdownDeadlineSeconds }, 'stopping: finishing requests and turns in flight');
    stop(server, config.shutdownDeadlineSeconds * 1000).then(
      ({ drained }) => {
        logger.info({ drained }, 'stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'stopping failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error('Amicable cannot start:');
    for (const problem of error.problems) console.error(`  ${problem}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
