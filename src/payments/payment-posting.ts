import { DateTime } from 'luxon';
import type { TranscriptLog } from '../audit/transcript-log';
import type { Clock } from '../domain/clock';
import { debtorTimezone, type Policy } from '../domain/policy';
import { DomainError } from '../domain/errors';
import { applyPayment } from '../domain/ledger';
import { formatUsd, type Cents } from '../domain/money';
import type { IncomingPayment } from '../domain/payment';
import type { EventPublisher } from '../outreach/event-publisher';
import type { PaymentReminders } from '../outreach/payment-reminders';
import type { Store } from '../store/store';
import { latestPaymentKey, ledgerLockKey, paymentKey, recordLedgerEvent } from './ledger-keys';

/** What the creditor gets back: the payment and what it did to the account. */
export interface PostedPayment extends IncomingPayment {
  postedAt: string;
  balanceCents: Cents;
  overpaidCents: Cents;
}

export type PostingResult = { status: 'posted' | 'duplicate'; payment: PostedPayment };


/**
 * Posts a payment: idempotent on paymentId (the same payment again answers the first result;
 * the same id with other details is refused), the balance and itemization move to the cent,
 * installments and promises become paid, kept or completed, and the events go out. Under the
 * account's ledger lock, so a due-date check never judges a promise while its payment lands.
 */
export class PaymentPosting {
  constructor(
    private readonly deps: { store: Store; clock: Clock; policy: Policy; transcripts: TranscriptLog; events: EventPublisher; reminders: PaymentReminders },
  ) {}

  post(payment: IncomingPayment): Promise<PostingResult> {
    return this.deps.store.withLock(ledgerLockKey(payment.accountId), () => this.postHoldingLock(payment));
  }

  private async postHoldingLock(payment: IncomingPayment): Promise<PostingResult> {
    const { store, clock, transcripts, events, reminders } = this.deps;
    const earlier = await store.getDocument<PostedPayment>(paymentKey(payment.paymentId));
    if (earlier) {
      const same = earlier.accountId === payment.accountId && earlier.amountCents === payment.amountCents && earlier.paidAt === payment.paidAt;
      if (!same) throw new DomainError('payment_id_reused', `payment ${payment.paymentId} was already posted with other details`, 'conflict');
      return { status: 'duplicate', payment: earlier };
    }
    const account = await store.getAccount(payment.accountId);
    if (!account) throw new DomainError('account_not_found', `No account "${payment.accountId}"`, 'not_found');
    const paidOn = DateTime.fromISO(payment.paidAt, { zone: debtorTimezone(account, this.deps.policy) }).toISODate() as string;
    const applied = applyPayment(account, await store.listArrangements(account.id), { paymentId: payment.paymentId, amountCents: payment.amountCents, paidOn });

    // Only the ledger's fields are written: a conversation may raise a flag on the account meanwhile.
    const updated = await store.updateAccount(account.id, (current) => ({
      ...current,
      balanceCents: applied.account.balanceCents,
      status: applied.account.status,
      ...(applied.account.itemization ? { itemization: applied.account.itemization } : {}),
    }));
    for (const arrangement of applied.changedArrangements) await store.updateArrangement(account.id, arrangement.id, () => arrangement);

    const now = clock.now();
    const posted: PostedPayment = { ...payment, postedAt: now.toISOString(), balanceCents: updated.balanceCents, overpaidCents: applied.overpaidCents };
    await store.setDocument(paymentKey(payment.paymentId), posted);
    const latest = await store.getDocument<string>(latestPaymentKey(account.id));
    if (latest === null || latest < paidOn) await store.setDocument(latestPaymentKey(account.id), paidOn);

    await recordLedgerEvent(transcripts, account.id, {
      at: posted.postedAt,
      actor: 'billing',
      text: `Payment ${payment.paymentId} of ${formatUsd(payment.amountCents)} posted (paid ${paidOn}); balance ${formatUsd(updated.balanceCents)}`,
      event: 'payment.posted',
    });
    await events.publish('payment.posted', account.id, {
      paymentId: payment.paymentId,
      amountCents: payment.amountCents,
      paidAt: payment.paidAt,
      balanceCents: updated.balanceCents,
    });
    for (const event of applied.events) {
      await events.publish(event.type, account.id, event.data as never);
      if (event.type === 'plan.completed') {
        const plan = applied.changedArrangements.find((a) => a.id === event.data.arrangementId);
        if (plan) await reminders.planCompleted(plan);
      }
    }
    return { status: 'posted', payment: posted };
  }
}
