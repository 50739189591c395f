import { randomUUID } from 'node:crypto';
import { CAMPAIGN_MESSAGE_VERSION } from '../../prompts/campaign';
import { Conflict, InvalidInput, NotFound, Refused } from '../errors';
import { withDisclosures } from '../compliance/disclosures';
import type { OptOutRegistry } from '../conversation/opt-outs';
import type { Account, Language } from '../domain/account';
import { DAY_MS, type Clock } from '../domain/clock';
import type { Policy } from '../domain/policy';
import type { ActivityLog } from '../outreach/activity-log';
import type { ContactLedger } from '../outreach/contact-ledger';
import { smsStatusKey, type SmsDeliveryStatus } from '../channels/sms/status-route';
import type { Store } from '../store/store';
import {
  campaignQueue,
  campaignSendId,
  countByRule,
  eligibilityOf,
  firstMessage,
  listProblems,
  matchesSelection,
  progressOf,
  type Audience,
  type Campaign,
  type CampaignExclusion,
  type CampaignOutcome,
  type CampaignProgress,
  type CampaignTarget,
  type NewCampaign,
} from './campaign';

/** The durable job of one target: its id is the send id, so it is queued and sent at most once. */
export interface CampaignJob {
  campaignId: string;
  accountId: string;
}

const campaignKey = (id: string) => `campaign:${id}`;
const targetsKey = (id: string) => `campaign-targets:${id}`;
const exclusionsKey = (id: string) => `campaign-excluded:${id}`;
const outcomesKey = (id: string) => `campaign-outcomes:${id}`;
const stateLock = (id: string) => `campaign-state:${id}`;
const INDEX_KEY = 'campaigns:index';
const RUNNING_KEY = 'campaigns:running';

/** Reads and writes go out this many at a time: fast on Redis, gentle on its connection. */
const CONCURRENCY = 256;
/** Progress reads the activity log from the start day; a campaign's replies come within weeks. */
const MAX_EVENT_DAYS = 92;
/** Unknown or duplicate ids named in an error message, at most. */
const NAMED_IN_ERRORS = 20;

export interface Assessment {
  matched: number;
  targets: CampaignTarget[];
  exclusions: CampaignExclusion[];
  /** The first message per language exactly as the gate lets it go (opt-out notice included). */
  messages: Record<Language, string>;
}

async function inChunks<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += CONCURRENCY) results.push(...(await Promise.all(items.slice(i, i + CONCURRENCY).map(work))));
  return results;
}

const named = (ids: string[]) => ids.slice(0, NAMED_IN_ERRORS).join(', ') + (ids.length > NAMED_IN_ERRORS ? ` and ${ids.length - NAMED_IN_ERRORS} more` : '');

/**
 * Campaigns kept in the store: the campaign document, its targets and exclusions (fixed when it
 * is created), its durable send queue and an append-only log of outcomes. State changes take a
 * lock per campaign; the dispatcher reads the state before every send, so a pause stops the next
 * send, never half of one.
 */
export class CampaignService {
  constructor(
    private readonly deps: {
      store: Store;
      clock: Clock;
      policy: Policy;
      optOuts: OptOutRegistry;
      contacts: ContactLedger;
      activity: ActivityLog;
      /** False when outbound SMS is off: campaigns can be previewed and created, not started. */
      canSend: boolean;
    },
  ) {}

  /** Who the audience is and who of them may be texted, with the rule that excludes each other. */
  async assess(audience: Audience): Promise<Assessment> {
    const { clock, policy, optOuts, contacts } = this.deps;
    const accounts = audience.accountIds ? await this.listedAccounts(audience.accountIds) : await this.selectedAccounts(audience);
    const now = clock.now();
    const judged = await inChunks(accounts, async (account) => {
      const optedOut = (await optOuts.get('sms', account.phone)) !== null;
      const eligibility = await eligibilityOf(account, policy, now, async (at) => ({
        optedOut,
        botInitiatedLast7Days: await contacts.countLast7Days(account.id, at),
      }));
      return { account, eligibility };
    });
    const targets: CampaignTarget[] = [];
    const exclusions: CampaignExclusion[] = [];
    const messages: Partial<Record<Language, string>> = {};
    for (const { account, eligibility } of judged) {
      if (eligibility.eligible) {
        targets.push({ accountId: account.id, language: account.language, sendAt: eligibility.sendAt });
        messages[account.language] ??= eligibility.text;
      } else {
        exclusions.push({ accountId: account.id, ruleIds: eligibility.ruleIds, reason: eligibility.reason });
      }
    }
    return { matched: accounts.length, targets, exclusions, messages: { en: messages.en ?? this.sampleMessage('en'), es: messages.es ?? this.sampleMessage('es') } };
  }

  /** POST /api/campaigns: a draft, or a 4xx that creates nothing. */
  async create(input: NewCampaign): Promise<{ campaign: Campaign; exclusions: CampaignExclusion[] }> {
    const { store, clock } = this.deps;
    const audience: Audience = input.accountIds ? { accountIds: input.accountIds } : { selection: input.selection ?? {} };
    const assessment = await this.assess(audience);
    if (assessment.matched === 0) throw new Refused('no_matching_accounts', 'No account matches the selection');
    if (assessment.targets.length === 0) {
      const byRule = Object.entries(countByRule(assessment.exclusions)).map(([rule, count]) => `${rule}: ${count}`);
      throw new Refused('no_eligible_accounts', `None of the ${assessment.matched} accounts may be texted (${byRule.join(', ')})`);
    }
    const id = randomUUID();
    const byLanguage: Record<Language, number> = { en: 0, es: 0 };
    for (const target of assessment.targets) byLanguage[target.language]++;
    const campaign: Campaign = {
      id,
      name: input.name,
      status: 'draft',
      selection: input.accountIds ? null : (input.selection ?? {}),
      listedAccounts: input.accountIds ? input.accountIds.length : null,
      messageVersion: CAMPAIGN_MESSAGE_VERSION,
      createdAt: clock.now().toISOString(),
      startedAt: null,
      pausedAt: null,
      cancelledAt: null,
      completedAt: null,
      matched: assessment.matched,
      targeted: assessment.targets.length,
      targetedByLanguage: byLanguage,
      excluded: assessment.exclusions.length,
      excludedByRule: countByRule(assessment.exclusions),
    };
    // Targets and exclusions first: a campaign document only ever exists complete.
    await store.setDocument(targetsKey(id), assessment.targets);
    await store.setDocument(exclusionsKey(id), assessment.exclusions);
    await store.setDocument(campaignKey(id), campaign);
    await store.withLock(INDEX_KEY, async () => {
      await store.setDocument(INDEX_KEY, [...((await store.getDocument<string[]>(INDEX_KEY)) ?? []), id]);
    });
    return { campaign, exclusions: assessment.exclusions };
  }

  async list(): Promise<Campaign[]> {
    const ids = (await this.deps.store.getDocument<string[]>(INDEX_KEY)) ?? [];
    const campaigns = await inChunks(ids, (id) => this.load(id));
    return campaigns.filter((c): c is Campaign => c !== null).reverse();
  }

  load(id: string): Promise<Campaign | null> {
    return this.deps.store.getDocument<Campaign>(campaignKey(id));
  }

  async get(id: string): Promise<Campaign> {
    const campaign = await this.load(id);
    if (!campaign) throw new NotFound('campaign_not_found', `No campaign ${id}`);
    return campaign;
  }

  /** Schedules every target's send (idempotent), then marks the campaign running. */
  async start(id: string): Promise<Campaign> {
    const { store } = this.deps;
    if (!this.deps.canSend) throw new Conflict('sms_unavailable', 'Outbound SMS is not configured (TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_FROM_NUMBER)');
    await this.transition(id, ['draft'], 'start', (c) => c);
    const targets = (await store.getDocument<CampaignTarget[]>(targetsKey(id))) ?? [];
    // Outside the state lock (a large campaign takes seconds); scheduling again is a no-op, and
    // nothing is sent before the campaign is running.
    await inChunks(targets, (target) =>
      store.scheduleJob<CampaignJob>(campaignQueue(id), {
        id: campaignSendId(id, target.accountId),
        runAt: target.sendAt,
        attempts: 0,
        payload: { campaignId: id, accountId: target.accountId },
      }),
    );
    try {
      return await this.transition(id, ['draft'], 'start', (c) => ({ ...c, status: 'running', startedAt: this.deps.clock.now().toISOString() }), true);
    } catch (error) {
      // Cancelled while its sends were being queued: take them back out.
      await this.dropQueued(id);
      throw error;
    }
  }

  pause(id: string): Promise<Campaign> {
    return this.transition(id, ['running'], 'pause', (c) => ({ ...c, status: 'paused', pausedAt: this.deps.clock.now().toISOString() }), false);
  }

  resume(id: string): Promise<Campaign> {
    return this.transition(id, ['paused'], 'resume', (c) => ({ ...c, status: 'running', pausedAt: null }), true);
  }

  async cancel(id: string): Promise<Campaign> {
    const campaign = await this.transition(id, ['draft', 'running', 'paused'], 'cancel', (c) => ({ ...c, status: 'cancelled', cancelledAt: this.deps.clock.now().toISOString() }), false);
    await this.dropQueued(id);
    return campaign;
  }

  /** Called by the dispatcher when a running campaign's queue is empty. */
  async completeIfDrained(id: string): Promise<void> {
    const { store } = this.deps;
    if ((await store.countJobs(campaignQueue(id))) > 0) return;
    await store.withLock(stateLock(id), async () => {
      const campaign = await this.load(id);
      if (!campaign || campaign.status !== 'running' || (await store.countJobs(campaignQueue(id))) > 0) return;
      await store.setDocument(campaignKey(id), { ...campaign, status: 'completed', completedAt: this.deps.clock.now().toISOString() });
      await this.setRunning(id, false);
    });
  }

  runningIds(): Promise<string[]> {
    return this.deps.store.getDocument<string[]>(RUNNING_KEY).then((ids) => ids ?? []);
  }

  async recordOutcome(campaignId: string, outcome: CampaignOutcome): Promise<void> {
    await this.deps.store.appendLog(outcomesKey(campaignId), outcome);
  }

  async progress(campaign: Campaign): Promise<CampaignProgress> {
    const { store, clock, activity } = this.deps;
    const outcomes = await store.readLog<CampaignOutcome>(outcomesKey(campaign.id));
    const sids = [...new Set(outcomes.flatMap((o) => (o.outcome === 'sent' && o.sid ? [o.sid] : [])))];
    const statuses = await inChunks(sids, async (sid) => [sid, (await store.getDocument<SmsDeliveryStatus>(smsStatusKey(sid)))?.status] as const);
    const deliveryBySid = new Map(statuses.flatMap(([sid, status]) => (status ? [[sid, status] as const] : [])));
    const events = campaign.startedAt ? await activity.read(...eventDays(campaign.startedAt, clock.now())) : [];
    return progressOf({ campaign, outcomes, deliveryBySid, events });
  }

  /** The accounts skipped up front and those the gate blocked when their turn came, with rules. */
  async report(id: string): Promise<{ excluded: CampaignExclusion[]; blocked: CampaignExclusion[] }> {
    await this.get(id);
    const { store } = this.deps;
    const excluded = (await store.getDocument<CampaignExclusion[]>(exclusionsKey(id))) ?? [];
    const latest = new Map<string, CampaignOutcome>();
    for (const outcome of await store.readLog<CampaignOutcome>(outcomesKey(id))) latest.set(outcome.accountId, outcome);
    const blocked = [...latest.values()].flatMap((o) => (o.outcome === 'blocked' ? [{ accountId: o.accountId, ruleIds: o.ruleIds, reason: o.reason }] : []));
    return { excluded, blocked };
  }

  private async transition(
    id: string,
    from: readonly Campaign['status'][],
    action: string,
    change: (campaign: Campaign) => Campaign,
    running?: boolean,
  ): Promise<Campaign> {
    const { store } = this.deps;
    return store.withLock(stateLock(id), async () => {
      const campaign = await this.get(id);
      if (!from.includes(campaign.status)) {
        throw new Conflict('invalid_state', `Cannot ${action} a campaign that is ${campaign.status} (only when ${from.join(' or ')})`);
      }
      const next = change(campaign);
      if (next === campaign) return campaign;
      await store.setDocument(campaignKey(id), next);
      if (running !== undefined) await this.setRunning(id, running);
      return next;
    });
  }

  private setRunning(id: string, running: boolean): Promise<void> {
    const { store } = this.deps;
    return store.withLock(RUNNING_KEY, async () => {
      const ids = (await store.getDocument<string[]>(RUNNING_KEY)) ?? [];
      const without = ids.filter((other) => other !== id);
      await store.setDocument(RUNNING_KEY, running ? [...without, id] : without);
    });
  }

  private async dropQueued(id: string): Promise<void> {
    const { store } = this.deps;
    const targets = (await store.getDocument<CampaignTarget[]>(targetsKey(id))) ?? [];
    await inChunks(targets, (target) => store.completeJob(campaignQueue(id), campaignSendId(id, target.accountId)));
  }

  private async listedAccounts(accountIds: string[]): Promise<Account[]> {
    const unique = [...new Set(accountIds)];
    const found = await inChunks(unique, (id) => this.deps.store.getAccount(id));
    const accounts = found.filter((a): a is Account => a !== null);
    const { duplicates, unknown } = listProblems(accountIds, new Set(accounts.map((a) => a.id)));
    if (duplicates.length > 0) throw new InvalidInput('duplicate_accounts', `These account ids are listed more than once: ${named(duplicates)}`);
    if (unknown.length > 0) throw new InvalidInput('unknown_accounts', `No such accounts: ${named(unknown)}`);
    return accounts;
  }

  private async selectedAccounts(audience: Audience): Promise<Account[]> {
    const selection = audience.selection ?? {};
    const ids = await this.deps.store.listAccountIds();
    const accounts = await inChunks(ids, (id) => this.deps.store.getAccount(id));
    return accounts.filter((a): a is Account => a !== null && matchesSelection(a, selection)).sort((a, b) => a.id.localeCompare(b.id));
  }

  /** For a language no target speaks: the same text through the same disclosures. */
  private sampleMessage(language: Language): string {
    const { policy, clock } = this.deps;
    const text = firstMessage(language, policy);
    return withDisclosures({
      text,
      channel: 'sms',
      language,
      initiator: 'bot',
      account: null,
      verified: false,
      collectionContent: false,
      allowedAmounts: [],
      allowedDates: [],
      sessionStart: false,
      now: clock.now(),
      policy,
      botInitiatedLast7Days: 0,
      optedOut: false,
    }).text;
  }
}

function eventDays(startedAt: string, now: Date): [string, string] {
  const from = startedAt.slice(0, 10);
  const last = Math.min(now.getTime(), Date.parse(`${from}T00:00:00Z`) + (MAX_EVENT_DAYS - 1) * DAY_MS);
  const to = new Date(Math.max(last, Date.parse(`${from}T00:00:00Z`))).toISOString().slice(0, 10);
  return [from, to];
}
