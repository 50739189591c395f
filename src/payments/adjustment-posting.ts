import { adjustmentMessages, type CorrectedArrangementNotice } from '../../prompts/adjustments';
import type { TranscriptLog } from '../audit/transcript-log';
import type { Account } from '../domain/account';
import { DateTime } from 'luxon';
import { applyAdjustment, needsOperatorApproval, type Adjustment, type AdjustmentKind, type ArrangementCorrection } from '../domain/adjustment';
import type { Clock } from '../domain/clock';
import { DomainError } from '../domain/errors';
import { unpaidCentsOf } from '../domain/ledger';
import { formatUsd, type Cents } from '../domain/money';
import { debtorTimezone, type Policy } from '../domain/policy';
import type { EventPublisher } from '../outreach/event-publisher';
import type { OutreachSender } from '../outreach/outreach-sender';
import type { Store } from '../store/store';
import { ledgerLockKey, paymentKey, recordLedgerEvent } from './ledger-keys';
import type { PostedPayment } from './payment-posting';

/** What a specialist or operator asked for, validated at the edge. */
export interface AdjustmentRequest {
  adjustmentId: string;
  accountId: string;
  kind: AdjustmentKind;
  amountCents: Cents;
  /** Corrections only. */
  direction?: 'increase' | 'decrease';
  /** Corrections only: which charge since the itemization date was wrong (default fees). */
  charge?: 'fees' | 'interest';
  /** Refunds only: the posted payment given back. */
  paymentId?: string;
  /** Already redacted of card, SSN and bank account numbers. */
  reason: string;
  /** Who made it: the signed-in specialist or the one the operator named. */
  actor: string;
  /** The operator who approved an adjustment above the policy's limit. */
  approvedBy: string | null;
}

export interface PostedAdjustment extends AdjustmentRequest {
  postedAt: string;
  balanceChangeCents: Cents;
  balanceCents: Cents;
  overpaymentRefundedCents: Cents;
  correctedArrangementIds: string[];
}

/** `notice`: what became of the text telling the debtor about corrected arrangements. */
export type AdjustmentResult = {
  status: 'posted' | 'duplicate';
  adjustment: PostedAdjustment;
  notice: 'none' | 'sent' | 'held' | 'blocked' | 'failed';
};

const adjustmentKey = (adjustmentId: string) => `adjustment:${adjustmentId}`;
const accountAdjustmentsKey = (accountId: string) => `adjustments:${accountId}`;

/** Every adjustment posted to the account, oldest first. */
export function postedAdjustments(store: Pick<Store, 'readLog'>, accountId: string): Promise<PostedAdjustment[]> {
  return store.readLog<PostedAdjustment>(accountAdjustmentsKey(accountId));
}

const kindNames: Record<AdjustmentKind, string> = { fee_waiver: 'Fee waiver', credit: 'Credit', correction: 'Correction', refund: 'Refund' };

/**
 * Posts fee waivers, credits, corrections and refunds: idempotent on adjustmentId, under the
 * account's ledger lock (so it never interleaves with a payment or a due-date check), all checks
 * before the first write. Arrangements that would now collect more than the balance are lowered
 * and the debtor is told through the outbound gate; the change lands in the transcript with who
 * made it, and `adjustment.posted` goes out.
 */
export interface AdjustmentPostingDeps {
  store: Store;
  clock: Clock;
  policy: Policy;
  transcripts: TranscriptLog;
  events: EventPublisher;
  /** Null when outbound SMS is not configured: corrections are recorded, nobody is texted. */
  sender: OutreachSender | null;
}

export class AdjustmentPosting {
  constructor(
    private readonly deps: AdjustmentPostingDeps,
  ) {}

  list(accountId: string): Promise<PostedAdjustment[]> {
    return postedAdjustments(this.deps.store, accountId);
  }

  async post(request: AdjustmentRequest): Promise<AdjustmentResult> {
    const posted = await this.deps.store.withLock(ledgerLockKey(request.accountId), () => this.postHoldingLock(request));
    if (posted.status === 'duplicate') return { ...posted, notice: 'none' };
    const notice = posted.corrections.length > 0 ? await this.tellDebtor(posted.account, posted.adjustment, posted.corrections) : 'none';
    return { status: 'posted', adjustment: posted.adjustment, notice };
  }

  private async postHoldingLock(
    request: AdjustmentRequest,
  ): Promise<{ status: 'duplicate'; adjustment: PostedAdjustment } | { status: 'posted'; adjustment: PostedAdjustment; account: Account; corrections: ArrangementCorrection[] }> {
    const { store, clock, transcripts, events } = this.deps;
    const earlier = await store.getDocument<PostedAdjustment>(adjustmentKey(request.adjustmentId));
    if (earlier) {
      if (!sameAdjustment(earlier, request)) throw new DomainError('adjustment_id_reused', `adjustment ${request.adjustmentId} was already posted with other details`, 'conflict');
      return { status: 'duplicate', adjustment: earlier };
    }
    const account = await store.getAccount(request.accountId);
    if (!account) throw new DomainError('account_not_found', `No account "${request.accountId}"`, 'not_found');
    if (request.approvedBy === null) await this.checkDailyLimit(account, request);
    const applied = applyAdjustment(account, await store.listArrangements(account.id), await this.adjustmentOf(request));

    // Only the ledger's fields are written: a conversation may raise a flag on the account meanwhile.
    const updated = await store.updateAccount(account.id, (current) => ({
      ...current,
      balanceCents: applied.account.balanceCents,
      status: applied.account.status,
      ...(applied.account.itemization ? { itemization: applied.account.itemization } : {}),
    }));
    for (const { arrangement } of applied.corrections) await store.updateArrangement(account.id, arrangement.id, () => arrangement);

    const adjustment: PostedAdjustment = {
      ...request,
      postedAt: clock.now().toISOString(),
      balanceChangeCents: applied.balanceChangeCents,
      balanceCents: updated.balanceCents,
      overpaymentRefundedCents: applied.overpaymentRefundedCents,
      correctedArrangementIds: applied.corrections.map(({ arrangement }) => arrangement.id),
    };
    await store.setDocument(adjustmentKey(request.adjustmentId), adjustment);
    await store.appendLog(accountAdjustmentsKey(account.id), adjustment);

    await recordLedgerEvent(transcripts, account.id, {
      at: adjustment.postedAt,
      actor: request.actor,
      text: describe(adjustment, applied.corrections),
      event: 'adjustment.posted',
    });
    await events.publish('adjustment.posted', account.id, {
      adjustmentId: adjustment.adjustmentId,
      kind: adjustment.kind,
      amountCents: adjustment.amountCents,
      balanceChangeCents: adjustment.balanceChangeCents,
      balanceCents: adjustment.balanceCents,
      reason: adjustment.reason,
      actor: adjustment.actor,
      approvedBy: adjustment.approvedBy,
      correctedArrangementIds: adjustment.correctedArrangementIds,
    });
    return { status: 'posted', adjustment, account: updated, corrections: applied.corrections };
  }

  /**
   * Under the ledger lock, so simultaneous requests are counted one after the other. The day is
   * the account's (the debtor's time zone), like every date of the account.
   */
  private async checkDailyLimit(account: Account, request: AdjustmentRequest): Promise<void> {
    const zone = debtorTimezone(account, this.deps.policy);
    const dayOf = (instant: Date | string) => (typeof instant === 'string' ? DateTime.fromISO(instant, { zone }) : DateTime.fromJSDate(instant, { zone })).toISODate();
    const today = dayOf(this.deps.clock.now());
    const actor = request.actor.toLowerCase();
    const earlierTodayCents = (await this.list(account.id))
      .filter((earlier) => earlier.approvedBy === null && earlier.actor.toLowerCase() === actor && dayOf(earlier.postedAt) === today)
      .reduce((sum, earlier) => sum + earlier.amountCents, 0);
    if (needsOperatorApproval(request.amountCents, earlierTodayCents, this.deps.policy)) {
      const limit = formatUsd(this.deps.policy.adjustments.specialistMaxWaiver);
      throw new DomainError(
        'approval_required',
        `${request.actor}'s adjustments to account ${account.id} today would total ${formatUsd(earlierTodayCents + request.amountCents)}, above ${limit}: an operator's approval is needed (send it with the operator token and approvedBy)`,
        'forbidden',
      );
    }
  }

  /** The domain's view of the request; a refund learns what its payment brought in and what was already given back. */
  private async adjustmentOf(request: AdjustmentRequest): Promise<Adjustment> {
    const { kind, amountCents } = request;
    switch (kind) {
      case 'fee_waiver':
      case 'credit':
        return { kind, amountCents };
      case 'correction':
        if (!request.direction) throw new DomainError('invalid_adjustment', 'direction: "increase" or "decrease" is required for a correction', 'invalid');
        return { kind, amountCents, direction: request.direction, charge: request.charge ?? 'fees' };
      case 'refund': {
        if (!request.paymentId) throw new DomainError('invalid_adjustment', 'paymentId: a refund names the posted payment it gives back', 'invalid');
        const payment = await this.deps.store.getDocument<PostedPayment>(paymentKey(request.paymentId));
        if (!payment || payment.accountId !== request.accountId) {
          throw new DomainError('payment_not_found', `No payment "${request.paymentId}" was posted to account ${request.accountId}`, 'not_found');
        }
        const refundedCents = (await this.list(request.accountId))
          .filter((earlier) => earlier.kind === 'refund' && earlier.paymentId === request.paymentId)
          .reduce((sum, earlier) => sum + earlier.amountCents, 0);
        return { kind, amountCents, payment: { paymentId: payment.paymentId, amountCents: payment.amountCents, overpaidCents: payment.overpaidCents, refundedCents } };
      }
    }
  }

  /**
   * RF-01: like a reminder, this restates an arrangement the debtor made after verifying, to the
   * number on file, through the gate (consent, opt-outs, window, caps). A hold or block is
   * recorded, never retried here: the arrangement's own reminders carry the new amounts.
   */
  private async tellDebtor(account: Account, adjustment: PostedAdjustment, corrections: ArrangementCorrection[]): Promise<AdjustmentResult['notice']> {
    const { sender, transcripts, clock, policy } = this.deps;
    if (!sender) return 'none';
    const notices: CorrectedArrangementNotice[] = corrections.map(({ arrangement }) => ({
      kind: arrangement.kind,
      stillActive: arrangement.status === 'active',
      remaining: arrangement.status === 'active'
        ? [...arrangement.installments]
            .filter((i) => i.status === 'scheduled' && unpaidCentsOf(i) > 0)
            .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
            .map((i) => ({ amountCents: unpaidCentsOf(i), dueDate: i.dueDate }))
        : [],
    }));
    const text = adjustmentMessages[account.language].arrangementsCorrected(policy.creditor.name, account.balanceCents, notices);
    const remaining = notices.flatMap((n) => n.remaining);
    let notice: AdjustmentResult['notice'];
    let detail: string;
    try {
      const result = await sender.send({
        sendId: `adjustment:${adjustment.adjustmentId}`,
        account,
        text,
        verified: true,
        collectionContent: true,
        allowedAmounts: [account.balanceCents, ...remaining.map((r) => r.amountCents)],
        allowedDates: remaining.map((r) => r.dueDate),
      });
      notice = result.status;
      detail = result.status === 'held' ? `held until ${result.until.toISOString()}` : result.status === 'blocked' ? `blocked (${result.decision.ruleIds.join(', ') || result.decision.reason || 'gate'})` : 'sent';
    } catch {
      // The provider's message may carry the phone number: the transcript keeps only the fact.
      notice = 'failed';
      detail = 'not sent: the SMS provider failed';
    }
    await transcripts.record({
      at: clock.now().toISOString(),
      direction: 'event',
      channel: 'console',
      conversationId: `ledger:${account.id}`,
      actor: adjustment.actor,
      text: `Debtor told of the arrangements adjustment ${adjustment.adjustmentId} corrected: ${detail}`,
      event: 'adjustment.notice',
    });
    return notice;
  }
}

function sameAdjustment(earlier: PostedAdjustment, request: AdjustmentRequest): boolean {
  return (
    earlier.accountId === request.accountId &&
    earlier.kind === request.kind &&
    earlier.amountCents === request.amountCents &&
    earlier.direction === request.direction &&
    (earlier.charge ?? 'fees') === (request.charge ?? 'fees') &&
    earlier.paymentId === request.paymentId
  );
}

/** The transcript line: what, how much, who (and who approved), why, and what it did. */
function describe(adjustment: PostedAdjustment, corrections: ArrangementCorrection[]): string {
  const what =
    adjustment.kind === 'correction'
      ? `Correction (${adjustment.direction} ${adjustment.charge ?? 'fees'})`
      : adjustment.kind === 'refund'
        ? `Refund of payment ${adjustment.paymentId}`
        : kindNames[adjustment.kind];
  const approved = adjustment.approvedBy ? `, approved by ${adjustment.approvedBy}` : '';
  const lowered = corrections.map(({ arrangement, reducedByCents }) =>
    arrangement.status === 'cancelled' ? `${arrangement.kind} ${arrangement.id} cancelled (nothing left to collect)` : `${arrangement.kind} ${arrangement.id} lowered by ${formatUsd(reducedByCents)}`,
  );
  return [
    `${what} ${adjustment.adjustmentId} of ${formatUsd(adjustment.amountCents)} by ${adjustment.actor}${approved}: ${adjustment.reason}`,
    `balance ${formatUsd(adjustment.balanceCents)}`,
    ...lowered,
  ].join('; ');
}
