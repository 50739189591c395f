import type { Account, Itemization } from './account';
import type { Arrangement, Installment } from './arrangement';
import { DomainError } from './errors';
import { paidCentsOf, unpaidCentsOf } from './ledger';
import type { Cents } from './money';
import type { Policy } from './policy';

export const adjustmentKinds = ['fee_waiver', 'credit', 'correction', 'refund'] as const;
export type AdjustmentKind = (typeof adjustmentKinds)[number];

/** A posted payment as far as a refund of it needs to know (PaymentPosting's record of it). */
export interface RefundablePayment {
  paymentId: string;
  /** What the debtor paid. */
  amountCents: Cents;
  /** The part that found no balance to reduce when it was posted. */
  overpaidCents: Cents;
  /** Refunded against this payment by earlier adjustments. */
  refundedCents: Cents;
}

/**
 * What a specialist or operator changes, and how each kind moves the ledger (README "Adjustments").
 * With an itemization the identity itemizationBalance + interestSince + feesSince − paymentsSince
 * − creditsSince = balance holds before and after; without one only the balance moves.
 * - fee_waiver: fees charged since the itemization date are forgiven: feesSince and the balance
 *   drop by the amount, which cannot exceed feesSince (nor the balance).
 * - credit: a goodwill or billing credit: creditsSince rises and the balance drops by the amount.
 * - correction: a charge since the itemization date was wrong (`charge`: fees, the default, or
 *   interest). `decrease` lowers that charge and the balance, never below zero; `increase` adds
 *   a charge that was missed and raises the balance.
 * - refund: money paid is given back, against one posted payment, never more than it brought in
 *   minus earlier refunds of it. The part it overpaid (which never reduced the balance) is
 *   returned first and moves nothing; the rest reverses the payment: paymentsSince drops and the
 *   balance rises by it, because the debtor owes again what they got back. Installments it paid
 *   stay paid: the arrangement was kept as agreed, the refund reopens the balance only.
 */
export type Adjustment =
  | { kind: 'fee_waiver'; amountCents: Cents }
  | { kind: 'credit'; amountCents: Cents }
  | { kind: 'correction'; amountCents: Cents; direction: 'increase' | 'decrease'; charge: 'fees' | 'interest' }
  | { kind: 'refund'; amountCents: Cents; payment: RefundablePayment };

/** An active arrangement that collected more than the new balance, brought back to it. */
export interface ArrangementCorrection {
  arrangement: Arrangement;
  /** What its remaining installments would have collected, and by how much that was lowered. */
  previousRemainingCents: Cents;
  reducedByCents: Cents;
}

export interface AdjustmentApplication {
  account: Account;
  /** Signed: negative lowered the balance. */
  balanceChangeCents: Cents;
  /** Refunds only: the part that returned an overpayment and left the balance alone. */
  overpaymentRefundedCents: Cents;
  corrections: ArrangementCorrection[];
}

/**
 * The policy's limit on what one person may adjust on one account in one day without an operator's
 * approval. It counts the sum, so three $50 credits are $150, not three adjustments of $50 each:
 * `earlierTodayCents` is what the same actor already posted to the account that day unapproved.
 */
export function needsOperatorApproval(amountCents: Cents, earlierTodayCents: Cents, policy: Pick<Policy, 'adjustments'>): boolean {
  return earlierTodayCents + amountCents > policy.adjustments.specialistMaxWaiver;
}

/**
 * Applies one adjustment: the balance and itemization move to the cent, the account's status
 * follows the balance (0: paid; above 0 again after paid: active), and active arrangements are
 * re-checked against the new balance. Throws DomainError and changes nothing when the adjustment
 * would take the balance or a charge below zero, or refund more than was paid.
 */
export function applyAdjustment(account: Account, arrangements: readonly Arrangement[], adjustment: Adjustment): AdjustmentApplication {
  const amount = adjustment.amountCents;
  if (!Number.isSafeInteger(amount) || amount <= 0) throw new DomainError('invalid_amount', 'an adjustment must be a positive whole number of cents', 'invalid');
  const balance = account.balanceCents;
  const itemization = account.itemization;
  let change: Cents;
  let moved: Partial<Itemization> = {};
  let overpaymentRefundedCents = 0;

  switch (adjustment.kind) {
    case 'fee_waiver':
      if (itemization && amount > itemization.feesSinceCents) {
        throw new DomainError('waiver_exceeds_fees', `only ${itemization.feesSinceCents} cents of fees were charged since the itemization date`);
      }
      change = -amount;
      if (itemization) moved = { feesSinceCents: itemization.feesSinceCents - amount };
      break;
    case 'credit':
      change = -amount;
      if (itemization) moved = { creditsSinceCents: itemization.creditsSinceCents + amount };
      break;
    case 'correction': {
      const field = adjustment.charge === 'interest' ? 'interestSinceCents' : 'feesSinceCents';
      change = adjustment.direction === 'increase' ? amount : -amount;
      if (itemization) {
        if (itemization[field] + change < 0) {
          throw new DomainError('correction_exceeds_charges', `only ${itemization[field]} cents of ${adjustment.charge} were charged since the itemization date`);
        }
        moved = { [field]: itemization[field] + change };
      }
      break;
    }
    case 'refund': {
      const { payment } = adjustment;
      const refundable = payment.amountCents - payment.refundedCents;
      if (amount > refundable) {
        throw new DomainError('refund_exceeds_paid', `payment ${payment.paymentId} has ${Math.max(0, refundable)} cents left to refund`);
      }
      overpaymentRefundedCents = Math.min(amount, Math.max(0, payment.overpaidCents - payment.refundedCents));
      change = amount - overpaymentRefundedCents;
      if (itemization && change > 0) {
        if (change > itemization.paymentsSinceCents) {
          throw new DomainError('refund_exceeds_paid', `only ${itemization.paymentsSinceCents} cents of payments are counted since the itemization date`);
        }
        moved = { paymentsSinceCents: itemization.paymentsSinceCents - change };
      }
      break;
    }
    default:
      throw new DomainError('invalid_adjustment', `unknown adjustment kind`, 'invalid');
  }

  const balanceCents = balance + change;
  if (balanceCents < 0) throw new DomainError('balance_would_be_negative', `the balance is ${balance} cents; this adjustment would take it below zero`);
  if (!Number.isSafeInteger(balanceCents)) throw new DomainError('invalid_amount', 'the balance would be out of range', 'invalid');

  const status = balanceCents === 0 && account.status === 'active' ? 'paid' : balanceCents > 0 && account.status === 'paid' ? 'active' : account.status;
  return {
    account: { ...account, balanceCents, status, ...(itemization && { itemization: { ...itemization, ...moved } }) },
    balanceChangeCents: change,
    overpaymentRefundedCents,
    corrections: fitArrangementsToBalance(arrangements, balanceCents),
  };
}

/**
 * No active arrangement may collect more than the balance: its remaining installments are
 * lowered from the last due date backwards, to the cent, until they collect exactly the balance.
 * An installment lowered to what was already paid on it is paid; one lowered to nothing with
 * nothing paid is dropped. With no balance left, nothing is left to collect: the arrangement is
 * cancelled (not kept or completed, which would say the debtor paid it).
 */
export function fitArrangementsToBalance(arrangements: readonly Arrangement[], balanceCents: Cents): ArrangementCorrection[] {
  const corrections: ArrangementCorrection[] = [];
  for (const arrangement of arrangements) {
    if (arrangement.status !== 'active') continue;
    const remaining = arrangement.installments.filter((i) => i.status === 'scheduled').reduce((sum, i) => sum + unpaidCentsOf(i), 0);
    const excess = remaining - Math.max(0, balanceCents);
    if (excess <= 0) continue;
    if (balanceCents <= 0) {
      corrections.push({ arrangement: { ...arrangement, status: 'cancelled' }, previousRemainingCents: remaining, reducedByCents: remaining });
      continue;
    }
    let left = excess;
    const lowered = new Map<Installment, Installment | null>();
    for (const installment of [...arrangement.installments].sort((a, b) => (a.dueDate < b.dueDate ? 1 : a.dueDate > b.dueDate ? -1 : 0))) {
      if (left === 0) break;
      if (installment.status !== 'scheduled') continue;
      const take = Math.min(left, unpaidCentsOf(installment));
      if (take === 0) continue;
      left -= take;
      const amountCents = installment.amountCents - take;
      const paid = paidCentsOf(installment);
      lowered.set(installment, amountCents === 0 && paid === 0 ? null : { ...installment, amountCents, status: paid >= amountCents ? 'paid' : 'scheduled' });
    }
    const installments = arrangement.installments.flatMap((i) => {
      const next = lowered.has(i) ? lowered.get(i) : i;
      return next ? [next] : [];
    });
    corrections.push({
      arrangement: { ...arrangement, installments, totalCents: arrangement.totalCents - excess },
      previousRemainingCents: remaining,
      reducedByCents: excess,
    });
  }
  return corrections;
}
