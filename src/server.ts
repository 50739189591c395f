import { makeApp } from './app';
import { createSmsSender } from './channels/sms/sender';
import { tenantModeProblems } from './compliance/tenant-mode';
import { ConfigError } from './config';
import { systemClock } from './domain/clock';
import { loadRuntime } from './runtime';

/** Starts Amicable: invalid configuration stops the start with one line per problem. */
async function main(): Promise<void> {
  const runtime = await loadRuntime(process.env);
  const { config, portfolio, store, understand, assistantOptions } = runtime;
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
  const { app, directLine, specialists } = makeApp(
    {
      ...assistantOptions,
      publicBaseUrl: config.publicBaseUrl,
      twilioAuthToken: config.twilio.authToken,
      operatorToken: config.operatorToken,
      directLineSecret: config.directlineSecret,
      portalDemo: config.nodeEnv !== 'production',
      specialistUsers: config.specialistUsers,
      // Without an app id the route would accept anyone and reply to any serviceUrl: development only.
      azureBot:
        config.microsoftAppId || config.nodeEnv === 'development'
          ? { appId: config.microsoftAppId, appPassword: config.microsoftAppPassword }
          : null,
      smsSender: createSmsSender(config.twilio),
    },
    { store, clock: systemClock, understand },
  );
  const server = app.listen(config.port, () => {
    const base = config.publicBaseUrl;
    console.log(`Amicable is running for ${runtime.policy.creditor.name} (${config.store} store).`);
    console.log(`  portfolio: ${portfolio.accounts.length} accounts loaded, ${portfolio.rejected.length} rejected`);
    for (const rejected of portfolio.rejected) console.log(`    line ${rejected.line}, ${rejected.column}: ${rejected.message}`);
    console.log(`  billing portal:  ${base}/`);
    console.log(`  specialist console: ${base}/console${config.specialistUsers.length ? '' : '  (set SPECIALIST_USERS to sign in)'}`);
    console.log(`  SMS webhook:     ${base}/sms/inbound${config.twilio.authToken ? '' : '  (signatures not checked: development)'}`);
    console.log(`  operator API:    ${base}/api/accounts/:id${config.operatorToken ? '' : '  (off: set OPERATOR_TOKEN)'}`);
    console.log(`  health:          ${base}/healthz`);
  });
  directLine.attach(server);
  const stop = () => {
    directLine.close();
    specialists.close();
    server.close();
    void store.close();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
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
