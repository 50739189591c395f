import type { TranscriptLog } from '../audit/transcript-log';
import type { Channel } from '../domain/channel';
import type { Clock } from '../domain/clock';
import { openDispute, transitionDispute, type Dispute, type DisputeResolution, type DisputeTransition } from '../domain/dispute';
import { DomainError } from '../domain/errors';
import type { Policy } from '../domain/policy';
import type { EventPublisher } from '../outreach/event-publisher';
import type { AdjustmentPosting, AdjustmentRequest, AdjustmentResult } from '../payments/adjustment-posting';
import type { Store } from '../store/store';

const disputesKey = (accountId: string) => `disputes:${accountId}`;

/** Every dispute of the account, oldest first; the last one is open unless resolved. */
export async function disputesOf(store: Pick<Store, 'getDocument'>, accountId: string): Promise<Dispute[]> {
  return (await store.getDocument<Dispute[]>(disputesKey(accountId))) ?? [];
}

/** The account's dispute still in progress, if any. */
export async function openDisputeOf(store: Pick<Store, 'getDocument'>, accountId: string): Promise<Dispute | null> {
  const last = (await disputesOf(store, accountId)).at(-1);
  return last && last.state !== 'resolved' ? last : null;
}

/** The queue's view of a dispute: its state and clock, or null once resolved. */
export const disputeSnapshot = (dispute: Dispute | null) => (dispute && dispute.state !== 'resolved' ? { state: dispute.state, dueAt: dispute.dueAt } : null);

/** What a specialist asks of the workflow; a correction names its adjustment (posted through AdjustmentPosting). */
export type DisputeStepRequest =
  | { to: 'information_requested' | 'validation_sent'; note?: string }
  | { to: 'resolved'; resolution: Exclude<DisputeResolution, 'corrected'>; note?: string }
  | { to: 'resolved'; resolution: 'corrected'; note?: string; adjustment: Omit<AdjustmentRequest, 'adjustmentId' | 'accountId' | 'actor'> };

/**
 * The dispute workflow (README "Disputes"): received when the debtor disputes (the `dispute` flag
 * goes up at the same time), then information requested, validation sent, resolved upheld,
 * corrected or withdrawn. Collection stays held from receipt to resolution (RF-18: stricter than
 * the minimum, which would lift it once validation is mailed); a correction or withdrawal lifts
 * it, an upheld dispute keeps it. Each step is an event to the creditor, a transcript line where
 * the debtor raised it, and the clock on the account's open cases.
 */
export class DisputeDesk {
  constructor(
    private readonly deps: {
      store: Store;
      clock: Clock;
      policy: Policy;
      transcripts: TranscriptLog;
      events: EventPublisher;
      adjustments: Pick<AdjustmentPosting, 'post'>;
    },
  ) {}

  /** Called when the debtor's words raise the dispute flag; an open dispute is kept, not doubled. */
  async received(accountId: string, where: { conversationId: string; channel: Channel }): Promise<Dispute> {
    const { store, clock, policy, transcripts } = this.deps;
    const { dispute, opened } = await store.withLock(disputesKey(accountId), async () => {
      const all = await disputesOf(store, accountId);
      const last = all.at(-1);
      if (last && last.state !== 'resolved') return { dispute: last, opened: false };
      const fresh = openDispute({ id: `${accountId}:dispute:${all.length + 1}`, accountId, at: clock.now(), responseDays: policy.disputes.responseDays, ...where });
      await store.setDocument(disputesKey(accountId), [...all, fresh]);
      return { dispute: fresh, opened: true };
    });
    if (opened) {
      await transcripts.record({
        at: dispute.receivedAt,
        direction: 'event',
        channel: dispute.channel,
        conversationId: dispute.conversationId,
        actor: 'debtor',
        text: `Dispute received ${dispute.id}: collection held, answer due by ${dispute.dueAt}`,
        event: 'dispute.received',
      });
    }
    await this.showOnCases(dispute);
    return dispute;
  }

  /**
   * Moves the account's open dispute one step. A correction posts its adjustment first (idempotent
   * on the dispute's id, so a retry never posts it twice); the dispute moves only once it stands.
   */
  async step(accountId: string, actor: string, request: DisputeStepRequest): Promise<{ dispute: Dispute; adjustment: AdjustmentResult | null }> {
    const { store, clock } = this.deps;
    const result = await store.withLock(disputesKey(accountId), async () => {
      const all = await disputesOf(store, accountId);
      const current = all.at(-1);
      if (!current || current.state === 'resolved') throw new DomainError('dispute_not_found', `Account ${accountId} has no dispute in progress`, 'not_found');
      const at = clock.now();
      const adjustmentId = `${current.id}:correction`;
      const transition: DisputeTransition =
        request.to === 'resolved'
          ? { to: 'resolved', by: actor, at, resolution: request.resolution, ...(request.note && { note: request.note }), ...('adjustment' in request && { adjustmentId }) }
          : { to: request.to, by: actor, at, ...(request.note && { note: request.note }) };
      // Checked before anything is posted: a refused step leaves the ledger alone.
      const moved = transitionDispute(current, transition);
      const adjustment = 'adjustment' in request ? await this.deps.adjustments.post({ ...request.adjustment, adjustmentId, accountId, actor }) : null;
      await store.setDocument(disputesKey(accountId), [...all.slice(0, -1), moved]);
      return { dispute: moved, adjustment };
    });
    await this.afterStep(result.dispute, actor);
    return result;
  }

  private async afterStep(dispute: Dispute, actor: string): Promise<void> {
    const { store, transcripts, events } = this.deps;
    const step = dispute.steps.at(-1)!;
    if (dispute.state === 'resolved' && dispute.resolution !== 'upheld') {
      await store.updateAccount(dispute.accountId, (account) => ({ ...account, flags: account.flags.filter((flag) => flag !== 'dispute' && flag !== 'validation_sent') }));
    }
    const what =
      dispute.state === 'resolved'
        ? `resolved: ${dispute.resolution}${dispute.adjustmentId ? ` with adjustment ${dispute.adjustmentId}` : ''}${dispute.resolution === 'upheld' ? ' (collection stays held)' : ' (collection hold lifted)'}`
        : dispute.state.replace('_', ' ');
    await transcripts.linkAccount(dispute.accountId, dispute.conversationId);
    await transcripts.record({
      at: step.at,
      direction: 'event',
      channel: dispute.channel,
      conversationId: dispute.conversationId,
      actor,
      text: `Dispute ${what}${step.note ? `: ${step.note}` : ''}`,
      event: `dispute.${dispute.state}`,
    });
    const data = { disputeId: dispute.id, by: actor, receivedAt: dispute.receivedAt, dueAt: dispute.dueAt, note: step.note ?? null };
    if (dispute.state === 'resolved') {
      await events.publish('dispute.resolved', dispute.accountId, { ...data, resolution: dispute.resolution!, adjustmentId: dispute.adjustmentId ?? null });
    } else if (dispute.state === 'information_requested' || dispute.state === 'validation_sent') {
      await events.publish(`dispute.${dispute.state}`, dispute.accountId, data);
    }
    await this.showOnCases(dispute);
  }

  /** The queue shows the clock on each of the account's cases still in progress. */
  private async showOnCases(dispute: Dispute): Promise<void> {
    const { store } = this.deps;
    const snapshot = disputeSnapshot(dispute);
    for (const handoff of await store.listHandoffs({ accountId: dispute.accountId })) {
      if (handoff.status === 'resolved') continue;
      await store.updateHandoff(handoff.id, handoff.status, (current) => ({ ...current, dispute: snapshot }));
    }
  }
}
