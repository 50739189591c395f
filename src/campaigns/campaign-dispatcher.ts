import type { Clock } from '../domain/clock';
import type { Policy } from '../domain/policy';
import { retryOrBury, type RetryPolicy } from '../outreach/job-runner';
import { PollingLoop } from '../outreach/polling-loop';
import type { OutreachSender } from '../outreach/outreach-sender';
import type { ScheduledJob, Store } from '../store/store';
import { campaignQueue, campaignSendId, firstMessage } from './campaign';
import type { CampaignJob, CampaignService } from './campaign-service';
import type { SendThrottle } from './send-throttle';

const BATCH = 50;

/** A first message that fails for an hour (eight tries) is left for an operator rather than sent late. */
export const CAMPAIGN_SEND_RETRY: RetryPolicy = { maxAttempts: 8 };

type Handled = 'sent' | 'not-sent';

/**
 * Works the send queues of the running campaigns. Each pass takes tokens from the sender
 * number's throttle and claims at most that many due jobs, so a large campaign waits in Redis,
 * not in memory; tokens a hold or a block did not use go back. Every text goes through
 * OutreachSender: the outbound gate (window, caps, opt-outs, consent), the contact lock, and one
 * send per send id however often a job runs (a restart, an expired lease).
 */
export class CampaignDispatcher extends PollingLoop {
  private nextFirst = 0;

  constructor(
    private readonly deps: {
      store: Store;
      clock: Clock;
      policy: Policy;
      sender: OutreachSender | null;
      throttle: SendThrottle;
      campaigns: CampaignService;
      onError?: (error: unknown) => void;
      leaseMs?: number;
    },
  ) {
    super((error) => deps.onError?.(error));
  }

  /** Sends what is due now and the throttle allows; resolves with how many jobs were handled. */
  protected async pass(): Promise<number> {
    const { campaigns, throttle, store, clock } = this.deps;
    const ids = await campaigns.runningIds();
    if (ids.length === 0 || !this.deps.sender) return 0;
    // Round robin: each pass starts with the next campaign, so one large campaign starves none.
    const first = this.nextFirst++ % ids.length;
    const order = [...ids.slice(first), ...ids.slice(0, first)];
    const granted = await throttle.take(throttle.capacity);
    let used = 0;
    let handled = 0;
    try {
      for (const id of order) {
        for (;;) {
          const wanted = Math.min(BATCH, granted - used);
          if (wanted <= 0) break;
          const jobs = await store.claimDueJobs<CampaignJob>(campaignQueue(id), clock.now(), wanted, this.deps.leaseMs ?? 60_000);
          for (const job of jobs) {
            try {
              if ((await this.runOne(id, job)) === 'sent') used++;
            } catch (error) {
              // The store failed mid-job: the job stays leased and comes back when the lease ends;
              // its send id keeps a text that did go from going twice.
              this.deps.onError?.(error);
            }
            handled++;
          }
          if (jobs.length < wanted) break;
        }
        await campaigns.completeIfDrained(id);
      }
    } finally {
      await throttle.giveBack(granted - used);
    }
    return handled;
  }

  private async runOne(campaignId: string, job: ScheduledJob<CampaignJob>): Promise<Handled> {
    const { store, clock, campaigns, policy } = this.deps;
    const sender = this.deps.sender!;
    const queue = campaignQueue(campaignId);
    const campaign = await campaigns.load(campaignId);
    if (!campaign || campaign.status === 'cancelled' || campaign.status === 'completed') {
      await store.completeJob(queue, job.id);
      return 'not-sent';
    }
    // Paused while this batch was claimed: back in the queue as it was, not sent.
    if (campaign.status !== 'running') {
      await store.rescheduleJob(queue, job);
      return 'not-sent';
    }
    const account = await store.getAccount(job.payload.accountId);
    if (!account) {
      await campaigns.recordOutcome(campaignId, { accountId: job.payload.accountId, outcome: 'blocked', at: clock.now().toISOString(), ruleIds: [], reason: 'the account no longer exists' });
      await store.completeJob(queue, job.id);
      return 'not-sent';
    }
    let result;
    try {
      result = await sender.send({
        sendId: campaignSendId(campaignId, account.id),
        account,
        text: firstMessage(account.language, policy),
        // RF-01: nobody is verified yet; the message speaks of no debt.
        verified: false,
        collectionContent: false,
        allowedAmounts: [],
        allowedDates: [],
      });
    } catch (error) {
      this.deps.onError?.(error);
      await retryOrBury(store, clock, queue, job, error, CAMPAIGN_SEND_RETRY);
      return 'not-sent';
    }
    const at = clock.now().toISOString();
    if (result.status === 'held') {
      await store.rescheduleJob(queue, { ...job, runAt: result.until.toISOString() });
      return 'not-sent';
    }
    if (result.status === 'blocked') {
      await campaigns.recordOutcome(campaignId, { accountId: account.id, outcome: 'blocked', at, ruleIds: result.decision.ruleIds, reason: result.decision.reason ?? '' });
      await store.completeJob(queue, job.id);
      return 'not-sent';
    }
    await campaigns.recordOutcome(campaignId, { accountId: account.id, outcome: 'sent', at, sid: result.sid, conversationId: `sms:${account.phone}` });
    await store.completeJob(queue, job.id);
    return 'sent';
  }
}
