import type { Account } from './account';
import type { Arrangement, ArrangementStatus, Installment } from './arrangement';
import { DomainError } from './errors';
import type { EventData } from './events';
import type { Cents } from './money';
import { assertCalendarDate, type CalendarDate } from './offers/calendar';

type LedgerEventType = 'promise.kept' | 'promise.broken' | 'plan.completed';

/** What the ledger saw happen; the caller adds id, occurredAt and accountId before publishing. */
export type LedgerEvent = { [K in LedgerEventType]: { type: K; data: EventData[K] } }[LedgerEventType];
export type BrokenPromise = Extract<LedgerEvent, { type: 'promise.broken' }>;

export interface Payment {
  paymentId: string;
  amountCents: Cents;
  /** The day it was paid, in the debtor's time zone. */
  paidOn: CalendarDate;
}

export interface PaymentApplication {
  account: Account;
  /** Only the arrangements this payment (or the days that ended before it) changed, oldest first. */
  changedArrangements: Arrangement[];
  /** The part of the payment that went to installments of active arrangements. */
  appliedToArrangementsCents: Cents;
  /** The part of the payment that reduced the balance. */
  appliedToBalanceCents: Cents;
  /** Paid beyond the balance; the balance stays at 0 and the caller decides on a refund. */
  overpaidCents: Cents;
  /** Waived by a settlement this payment kept. */
  forgivenCents: Cents;
  events: LedgerEvent[];
}

/** A `paid` installment recorded before paidCents existed was paid in full. */
export function paidCentsOf(installment: Installment): Cents {
  return installment.paidCents ?? (installment.status === 'paid' ? installment.amountCents : 0);
}

export function unpaidCentsOf(installment: Installment): Cents {
  return Math.max(0, installment.amountCents - paidCentsOf(installment));
}

/** The installment a reminder is about: the earliest still scheduled. */
export function nextUnpaidInstallment(arrangement: Arrangement): Installment | undefined {
  return inDueDateOrder(arrangement.installments).find((installment) => installment.status === 'scheduled');
}

/**
 * Posts a payment: the balance drops by it (never below 0), and it pays the installments of active
 * arrangements, oldest arrangement first, earliest installment first. Days before `paidOn` have
 * ended where the debtor lives, so their installments are settled first: a payment after a due
 * date does not rescue a promise already broken (its 'promise.broken' is among the events).
 */
export function applyPayment(account: Account, arrangements: readonly Arrangement[], payment: Payment): PaymentApplication {
  if (!Number.isSafeInteger(payment.amountCents) || payment.amountCents <= 0) {
    throw new DomainError('invalid_amount', 'a payment must be a positive whole number of cents', 'invalid');
  }
  const paidOn = assertCalendarDate(payment.paidOn);
  const events: LedgerEvent[] = [];
  const changedArrangements: Arrangement[] = [];
  let left = payment.amountCents;
  let keptSettlement = false;

  for (const original of oldestFirst(arrangements)) {
    if (original.status !== 'active') continue;
    const settled = settleDueInstallments(original, paidOn);
    events.push(...settled.events);
    let arrangement = settled.arrangement;
    if (arrangement.status === 'active' && left > 0) {
      const paid = payInstallments(arrangement, left);
      left -= paid.cents;
      const finished = finish(paid.arrangement);
      arrangement = finished.arrangement;
      if (finished.event) events.push(finished.event);
      keptSettlement ||= arrangement.kind === 'settlement' && arrangement.status === 'kept';
    }
    if (arrangement !== original) changedArrangements.push(arrangement);
  }

  const startingBalance = Math.max(0, account.balanceCents);
  const appliedToBalanceCents = Math.min(payment.amountCents, startingBalance);
  const afterPayment = startingBalance - appliedToBalanceCents;
  const forgivenCents = keptSettlement ? afterPayment : 0;
  const balanceCents = afterPayment - forgivenCents;
  return {
    account: {
      ...account,
      balanceCents,
      status: balanceCents === 0 && account.status === 'active' ? 'paid' : account.status,
      ...(account.itemization && {
        itemization: {
          ...account.itemization,
          paymentsSinceCents: account.itemization.paymentsSinceCents + appliedToBalanceCents,
          creditsSinceCents: account.itemization.creditsSinceCents + forgivenCents,
        },
      }),
    },
    changedArrangements,
    appliedToArrangementsCents: payment.amountCents - left,
    appliedToBalanceCents,
    overpaidCents: payment.amountCents - appliedToBalanceCents,
    forgivenCents,
    events,
  };
}

/**
 * Run once `today` has begun in the debtor's zone: every scheduled installment due before it and
 * not fully paid lapses (missed, or partial when something was paid), and an active arrangement
 * with a lapsed installment is broken, or partial when it was a single payment paid in part. One
 * 'promise.broken' per arrangement, for its earliest lapsed installment; a broken arrangement is no
 * longer active, so a second run changes nothing and says nothing.
 */
export function settleDueInstallments(arrangement: Arrangement, today: CalendarDate): { arrangement: Arrangement; events: BrokenPromise[] } {
  const day = assertCalendarDate(today);
  if (arrangement.status !== 'active') return { arrangement, events: [] };
  let first: Installment | undefined;
  const installments = arrangement.installments.map((installment): Installment => {
    if (installment.status !== 'scheduled' || installment.dueDate >= day || unpaidCentsOf(installment) === 0) return installment;
    const lapsed: Installment = { ...installment, status: paidCentsOf(installment) > 0 ? 'partial' : 'missed' };
    if (!first || lapsed.dueDate < first.dueDate) first = lapsed;
    return lapsed;
  });
  if (!first) return { arrangement, events: [] };

  const partial = first.status === 'partial';
  const singlePayment = arrangement.kind !== 'plan' && installments.length === 1;
  const status: ArrangementStatus = singlePayment && partial ? 'partial' : 'broken';
  const paidCents = paidCentsOf(first);
  return {
    arrangement: { ...arrangement, status, installments },
    events: [
      {
        type: 'promise.broken',
        data: { arrangementId: arrangement.id, kind: arrangement.kind, dueDate: first.dueDate, paidCents, shortCents: first.amountCents - paidCents, partial },
      },
    ],
  };
}

/** Pays installments earliest first, up to `cents`; returns the same object when nothing changed. */
function payInstallments(arrangement: Arrangement, cents: Cents): { arrangement: Arrangement; cents: Cents } {
  let left = cents;
  const paid = new Map<Installment, Installment>();
  for (const installment of inDueDateOrder(arrangement.installments)) {
    if (installment.status !== 'scheduled') continue;
    const take = Math.min(left, unpaidCentsOf(installment));
    if (take === 0 && unpaidCentsOf(installment) > 0) break;
    const paidCents = paidCentsOf(installment) + take;
    paid.set(installment, { ...installment, paidCents, status: paidCents >= installment.amountCents ? 'paid' : 'scheduled' });
    left -= take;
  }
  if (paid.size === 0) return { arrangement, cents: 0 };
  const installments = arrangement.installments.map((installment) => paid.get(installment) ?? installment);
  return { arrangement: { ...arrangement, installments }, cents: cents - left };
}

/** An active arrangement whose installments are all paid is kept (a plan: completed). */
function finish(arrangement: Arrangement): { arrangement: Arrangement; event?: LedgerEvent } {
  const { installments } = arrangement;
  if (installments.length === 0 || !installments.every((installment) => installment.status === 'paid')) return { arrangement };
  if (arrangement.kind === 'plan') {
    return {
      arrangement: { ...arrangement, status: 'completed' },
      event: { type: 'plan.completed', data: { arrangementId: arrangement.id, totalCents: arrangement.totalCents } },
    };
  }
  const last = inDueDateOrder(installments).at(-1) as Installment;
  const paidCents = installments.reduce((sum, installment) => sum + paidCentsOf(installment), 0);
  return {
    arrangement: { ...arrangement, status: 'kept' },
    event: { type: 'promise.kept', data: { arrangementId: arrangement.id, kind: arrangement.kind, dueDate: last.dueDate, paidCents } },
  };
}

function inDueDateOrder(installments: readonly Installment[]): Installment[] {
  return [...installments].sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
}

function oldestFirst(arrangements: readonly Arrangement[]): Arrangement[] {
  return [...arrangements].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || 0);
}
