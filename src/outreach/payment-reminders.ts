import { DateTime } from 'luxon';
import { outreachMessages } from '../../prompts/outreach';
import type { Account } from '../domain/account';
import type { Arrangement } from '../domain/arrangement';
import type { Clock } from '../domain/clock';
import type { EventData } from '../domain/events';
import { nextUnpaidInstallment, settleDueInstallments, unpaidCentsOf } from '../domain/ledger';
import { debtorTimezone, localToday, type Policy } from '../domain/policy';
import { latestPaymentKey, ledgerLockKey } from '../payments/ledger-keys';
import type { PaymentLinks } from '../payments/payment-link';
import { StoreError } from '../store/errors';
import type { Store } from '../store/store';
import type { EventPublisher } from './event-publisher';
import type { JobHandler, JobOutcome, RetryPolicy } from './job-runner';
import type { OutreachSender } from './outreach-sender';

export const OUTREACH_QUEUE = 'outreach';
/** A reminder is worth sending the day it is due: eight tries span about an hour. */
export const OUTREACH_RETRY: RetryPolicy = { maxAttempts: 8 };

/** Everything the assistant does after an arrangement, as durable jobs with stable ids. */
export type OutreachJob =
  | { kind: 'reminder'; accountId: string; arrangementId: string; dueDate: string }
  | { kind: 'due-check'; accountId: string; arrangementId: string; dueDate: string }
  | { kind: 'missed-payment'; accountId: string; arrangementId: string; dueDate: string }
  | { kind: 'plan-completed'; accountId: string; arrangementId: string };

/** Days before a due date the reminder goes, at this local hour (the gate still checks the window). */
const REMINDER_DAYS_BEFORE = 2;
const REMINDER_LOCAL_HOUR = 10;
/** A reminder that would follow the confirmation within a day only repeats it. */
const MIN_HOURS_AFTER_CONFIRMATION = 24;

const done: JobOutcome = { done: true };

/**
 * Reminders before each due date, the check when a due date has ended in the debtor's zone
 * (installments become paid, partial or missed; promises kept or broken), a same-day follow-up on
 * a missed payment, and a notice when a plan completes. Every text goes through OutreachSender,
 * so the gate decides whether and when; a hold moves the job to the window's next opening.
 */
export class PaymentReminders {
  constructor(
    private readonly deps: {
      store: Store;
      policy: Policy;
      clock: Clock;
      events: EventPublisher;
      paymentLinks: PaymentLinks;
      /** Null when outbound SMS is not configured: due dates are still checked, nothing is texted. */
      sender: OutreachSender | null;
    },
  ) {}

  /**
   * Schedules the first installment's reminder and due-date check; each check schedules the next
   * installment's, so a 52-week plan costs two jobs at a time, not 104 at the confirmation.
   * Safe to call twice (job ids are stable).
   */
  async arrangementRecorded(arrangement: Arrangement, account: Account): Promise<void> {
    const first = arrangement.installments[0];
    if (first) await this.scheduleInstallment(arrangement.id, account, first.dueDate, Date.parse(arrangement.createdAt));
  }

  private async scheduleInstallment(arrangementId: string, account: Account, dueDate: string, confirmedAt: number): Promise<void> {
    const zone = debtorTimezone(account, this.deps.policy);
    const ids = { accountId: account.id, arrangementId, dueDate };
    const dueDay = DateTime.fromISO(dueDate, { zone });
    const remindAt = dueDay.minus({ days: REMINDER_DAYS_BEFORE }).set({ hour: REMINDER_LOCAL_HOUR });
    if (this.deps.sender && remindAt.toMillis() >= confirmedAt + MIN_HOURS_AFTER_CONFIRMATION * 3_600_000) {
      await this.schedule(`reminder:${arrangementId}:${dueDate}`, remindAt.toJSDate(), { kind: 'reminder', ...ids });
    }
    // The due date has ended where the debtor lives: midnight starting the next day.
    await this.schedule(`due-check:${arrangementId}:${dueDate}`, dueDay.plus({ days: 1 }).startOf('day').toJSDate(), { kind: 'due-check', ...ids });
  }

  /** A specialist resumed a suspended arrangement: its next unpaid installment is reminded and checked again. */
  async arrangementResumed(arrangement: Arrangement, account: Account): Promise<void> {
    const next = nextUnpaidInstallment(arrangement);
    if (next) await this.scheduleInstallment(arrangement.id, account, next.dueDate, this.deps.clock.now().getTime());
  }

  /** A payment completed a plan: thank the debtor, once. */
  async planCompleted(arrangement: Arrangement): Promise<void> {
    if (!this.deps.sender) return;
    await this.schedule(`plan-completed:${arrangement.id}`, this.deps.clock.now(), {
      kind: 'plan-completed',
      accountId: arrangement.accountId,
      arrangementId: arrangement.id,
    });
  }

  readonly handle: JobHandler<OutreachJob> = async ({ payload: job }) => {
    const { store } = this.deps;
    // The check reads the account and the arrangement itself, under the ledger lock.
    if (job.kind === 'due-check') return store.withLock(ledgerLockKey(job.accountId), () => this.checkDueDate(job.accountId, job.arrangementId, job.dueDate));
    const [account, arrangement] = await Promise.all([
      store.getAccount(job.accountId),
      store.listArrangements(job.accountId).then((all) => all.find((a) => a.id === job.arrangementId) ?? null),
    ]);
    if (!account || !arrangement) return done;
    switch (job.kind) {
      case 'reminder':
        return this.remind(account, arrangement, job.dueDate);
      case 'missed-payment':
        return this.followUpMissed(account, arrangement, job.dueDate);
      case 'plan-completed':
        return this.text(`plan-completed:${arrangement.id}`, account, outreachMessages[account.language].planCompleted(this.deps.policy.creditor.name, arrangement.totalCents), {
          amounts: [arrangement.totalCents],
          dates: [],
          collectionContent: false,
        });
    }
  };

  /** Under the ledger lock: reads afresh what a payment may just have changed. */
  private async checkDueDate(accountId: string, arrangementId: string, dueDate: string): Promise<JobOutcome> {
    const { store, clock, events } = this.deps;
    const account = await store.getAccount(accountId);
    if (!account) return done;
    const today = localToday(account, this.deps.policy, clock);
    let broken: EventData['promise.broken'][] = [];
    const settled = await store
      .updateArrangement(account.id, arrangementId, (current) => {
        // The store may run this again on a fresher arrangement; only the last run's events count.
        const judged = settleDueInstallments(current, today);
        broken = judged.events.map((event) => event.data);
        return judged.arrangement;
      })
      .catch((error: unknown) => {
        // An arrangement that is gone has no due date left to check.
        if (error instanceof StoreError && error.code === 'not_found') return null;
        throw error;
      });
    if (!settled) return done;
    for (const data of broken) {
      await events.publish('promise.broken', account.id, data);
      if (this.deps.sender) {
        await this.schedule(`missed-payment:${arrangementId}:${data.dueDate}`, clock.now(), {
          kind: 'missed-payment',
          accountId: account.id,
          arrangementId,
          dueDate: data.dueDate,
        });
      }
    }
    const next = settled.installments.find((installment) => installment.dueDate > dueDate);
    if (settled.status === 'active' && next) await this.scheduleInstallment(arrangementId, account, next.dueDate, clock.now().getTime());
    return done;
  }

  private async remind(account: Account, arrangement: Arrangement, dueDate: string): Promise<JobOutcome> {
    const installment = arrangement.installments.find((i) => i.dueDate === dueDate);
    if (arrangement.status !== 'active' || !installment || installment.status !== 'scheduled') return done;
    const owed = unpaidCentsOf(installment);
    if (owed <= 0) return done;
    const link = this.deps.paymentLinks.create({ accountId: account.id, amountCents: owed, reference: arrangement.id }, this.deps.clock.now());
    const text = outreachMessages[account.language].reminder(this.deps.policy.creditor.name, owed, dueDate, link);
    return this.text(`reminder:${arrangement.id}:${dueDate}`, account, text, { amounts: [owed], dates: [dueDate], collectionContent: true });
  }

  private async followUpMissed(account: Account, arrangement: Arrangement, dueDate: string): Promise<JobOutcome> {
    const installment = arrangement.installments.find((i) => i.dueDate === dueDate);
    if (!installment) return done;
    const owed = unpaidCentsOf(installment);
    // A payment since the due date (late payments go to the balance, not the broken promise), or
    // nothing left to pay: a "we have not received your payment" text would be wrong.
    const latestPayment = await this.deps.store.getDocument<string>(latestPaymentKey(account.id));
    if (owed <= 0 || account.balanceCents <= 0 || (latestPayment !== null && latestPayment >= dueDate)) return done;
    const link = this.deps.paymentLinks.create({ accountId: account.id, amountCents: owed, reference: arrangement.id }, this.deps.clock.now());
    const text = outreachMessages[account.language].missedPayment(this.deps.policy.creditor.name, owed, dueDate, link);
    return this.text(`missed-payment:${arrangement.id}:${dueDate}`, account, text, { amounts: [owed], dates: [dueDate], collectionContent: true });
  }

  /**
   * RF-01: these texts speak of the debt. They go only to the number on file, with the debtor's
   * consent to texts there (the gate blocks them otherwise: TC-01, RF-05), about an arrangement
   * the debtor made after verifying; that is what lets them count as verified.
   */
  private async text(sendId: string, account: Account, text: string, claims: { amounts: number[]; dates: string[]; collectionContent: boolean }): Promise<JobOutcome> {
    if (!this.deps.sender) return done;
    const result = await this.deps.sender.send({
      sendId,
      account,
      text,
      verified: true,
      collectionContent: claims.collectionContent,
      allowedAmounts: claims.amounts,
      allowedDates: claims.dates,
    });
    return result.status === 'held' ? { runAt: result.until } : done;
  }

  private async schedule(id: string, runAt: Date, payload: OutreachJob): Promise<void> {
    await this.deps.store.scheduleJob<OutreachJob>(OUTREACH_QUEUE, { id, runAt: runAt.toISOString(), attempts: 0, payload });
  }
}

