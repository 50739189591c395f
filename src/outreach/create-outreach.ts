import { RETENTION_QUEUE, RETENTION_RETRY, RetentionJob, type RetentionPurge } from '../audit/retention-job';
import type { TranscriptLog } from '../audit/transcript-log';
import type { SmsSender } from '../channels/sms/sender';
import type { OptOutRegistry } from '../conversation/opt-outs';
import type { Clock } from '../domain/clock';
import type { DomainEvent } from '../domain/events';
import type { Policy } from '../domain/policy';
import type { PaymentLinks } from '../payments/payment-link';
import type { OutboundDecisionMetrics } from '../observability/metrics';
import type { Store } from '../store/store';
import { ActivityLog } from './activity-log';
import { ContactLedger } from './contact-ledger';
import { creditorWebhookDelivery } from './creditor-webhook';
import { CREDITOR_EVENTS_QUEUE, CREDITOR_EVENTS_RETRY, EventPublisher } from './event-publisher';
import { JobRunner, type JobHandler, type RetryPolicy } from './job-runner';
import { OutreachSender } from './outreach-sender';
import { OUTREACH_QUEUE, OUTREACH_RETRY, PaymentReminders, type OutreachJob } from './payment-reminders';

export interface OutreachDeps {
  store: Store;
  clock: Clock;
  policy: Policy;
  transcripts: TranscriptLog;
  optOuts: OptOutRegistry;
  paymentLinks: PaymentLinks;
  /** Null: nothing is texted first (due dates are still checked). */
  sms: SmsSender | null;
  /** Null: events are kept for the reports only. */
  creditorWebhook: { url: string; secret: string } | null;
  /** RETENTION_DAYS: the daily purge deletes transcripts this long after their last activity (RF-24). */
  retentionDays: number;
  onJobError?: (queue: string, error: unknown) => void;
  /** Counts the gate's decisions on texts the assistant starts. */
  metrics?: OutboundDecisionMetrics | undefined;
}

/**
 * Everything that happens after and around conversations: the activity log and the event outbox,
 * the reminders, and the job runners that work their durable queues.
 */
export function createOutreach(deps: OutreachDeps) {
  const { store, clock, policy, transcripts, optOuts, paymentLinks, sms, creditorWebhook } = deps;
  const activity = new ActivityLog(store, clock);
  const events = new EventPublisher({ store, clock, activity, webhookConfigured: creditorWebhook !== null });
  const contacts = new ContactLedger(store);
  const sender = sms ? new OutreachSender({ store, policy, clock, transcripts, optOuts, contacts, sms, metrics: deps.metrics }) : null;
  const reminders = new PaymentReminders({ store, policy, clock, events, paymentLinks, sender });
  const retention = new RetentionJob({ store, clock, retention: transcripts.retention, retentionDays: deps.retentionDays });
  const scheduleRetention = () => retention.ensureScheduled().catch((error: unknown) => deps.onJobError?.(RETENTION_QUEUE, error));
  const retentionScheduled = scheduleRetention();
  const runners: QueueRunner[] = [
    new JobRunner<OutreachJob>({ store, clock, queue: OUTREACH_QUEUE, handle: reminders.handle, retry: OUTREACH_RETRY, onError: (error) => deps.onJobError?.(OUTREACH_QUEUE, error) }),
    new JobRunner<RetentionPurge>({ store, clock, queue: RETENTION_QUEUE, handle: retention.handle, retry: RETENTION_RETRY, onError: (error) => deps.onJobError?.(RETENTION_QUEUE, error) }),
    ...(creditorWebhook
      ? [
          new JobRunner<DomainEvent>({
            store,
            clock,
            queue: CREDITOR_EVENTS_QUEUE,
            handle: creditorWebhookDelivery({ ...creditorWebhook, clock }),
            retry: CREDITOR_EVENTS_RETRY,
            onError: (error) => deps.onJobError?.(CREDITOR_EVENTS_QUEUE, error),
          }),
        ]
      : []),
  ];
  return {
    activity,
    events,
    contacts,
    sender,
    reminders,
    /** Works one more queue with the others (the handoff desk's SLA checks live beside the console). */
    addQueue<T>(queue: string, handle: JobHandler<T>, retry: RetryPolicy): void {
      runners.push(new JobRunner<T>({ store, clock, queue, handle, retry, onError: (error) => deps.onJobError?.(queue, error) }));
    },
    /** Works a runner built elsewhere (the campaign dispatcher) with the others: runDue, start and stop. */
    addRunner(runner: QueueRunner): void {
      runners.push(runner);
    },
    /** Runs every due job of every queue now: tests move the clock and call this. */
    async runDue(): Promise<void> {
      await scheduleRetention();
      for (const runner of runners) await runner.runDue();
    },
    start(pollMs: number): void {
      void scheduleRetention();
      for (const runner of runners) runner.start(pollMs);
    },
    async stop(): Promise<void> {
      await retentionScheduled;
      await Promise.all(runners.map((runner) => runner.stop()));
    },
  };
}

export type Outreach = ReturnType<typeof createOutreach>;

type QueueRunner = Pick<JobRunner<unknown>, 'runDue' | 'start' | 'stop'>;
