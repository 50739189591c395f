import { loadConfig, type Config } from './config';
import type { CampaignOptions } from './campaigns/create-campaigns';
import type { AssistantOptions } from './conversation/create-assistant';
import { loadPolicyFile, loadPortfolioFile } from './data-files';
import { systemClock, type Clock } from './domain/clock';
import { createUnderstanding } from './language/understand';
import { createStore } from './store/create-store';
import type { Store } from './store/store';
import type { Account } from './domain/account';
import { reloadedAccount } from './domain/portfolio';
import { markPortfolioLoaded } from './observability/readiness';

const LOAD_BATCH = 200;

/** Puts the portfolio into the store; accounts it already holds keep the flags debtors raised. */
export async function loadAccounts(store: Store, accounts: Account[], clock: Clock = systemClock): Promise<void> {
  for (let start = 0; start < accounts.length; start += LOAD_BATCH) {
    const batch = accounts.slice(start, start + LOAD_BATCH);
    const stored = await Promise.all(batch.map((account) => store.getAccount(account.id)));
    await store.putAccounts(batch.map((account, index) => (stored[index] ? reloadedAccount(stored[index]!, account) : account)));
  }
  await markPortfolioLoaded(store, accounts.length, clock.now());
}

/** Everything server.ts and the terminal chat build from the environment, loaded and checked once. */
export async function loadRuntime(env: Record<string, string | undefined>) {
  const config: Config = loadConfig(env);
  const policy = await loadPolicyFile(config.policyFile);
  const portfolio = await loadPortfolioFile(config.portfolioFile);
  const store: Store = createStore({ kind: config.store, redisUrl: config.redisUrl ?? undefined, clock: systemClock });
  await loadAccounts(store, portfolio.accounts);
  const understand = createUnderstanding(config, systemClock);
  const assistantOptions: AssistantOptions & { campaigns: CampaignOptions } = {
    policy,
    paymentLinks: { baseUrl: config.paymentLinkBaseUrl, secret: config.paymentLinkSecret, ttlSeconds: 24 * 3600 },
    idleMinutes: config.conversationIdleMinutes,
    retentionDays: config.retentionDays,
    summaryModel: config.openaiApiKey ? { apiKey: config.openaiApiKey, baseURL: config.openaiBaseUrl ?? undefined, model: config.openaiModel ?? undefined } : null,
    campaigns: { sendsPerSecond: config.campaignSendsPerSecond, senderNumber: config.twilio.fromNumber },
    creditorWebhook:
      config.creditorWebhookUrl && config.creditorWebhookSecret ? { url: config.creditorWebhookUrl, secret: config.creditorWebhookSecret } : null,
  };
  return { config, policy, portfolio, store, understand, assistantOptions };
}
