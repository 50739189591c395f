import type { TranscriptLog } from '../audit/transcript-log';
import type { Language } from '../domain/account';
import type { Channel } from '../domain/channel';
import type { Clock } from '../domain/clock';
import type { HandoffCase } from '../domain/handoff-case';
import type { CounterOffer } from '../domain/offers';
import { idFrom } from '../domain/ids';
import { handoffRuleFor, type HandoffReason, type Policy } from '../domain/policy';
import type { EventPublisher } from '../outreach/event-publisher';
import type { Store } from '../store/store';
import { disputeSnapshot, openDisputeOf } from './dispute-desk';
import { HANDOFF_SLA_QUEUE, slaCheckFor } from './handoff-sla';
import { summarizeCase } from './summary';
import { HANDOFF_SUMMARY_QUEUE, summaryJobFor } from './summary-by-model';

export interface HandoffRequest {
  /** Derived from the turn that opens the case, so a replayed turn opens no second case. */
  id: string;
  reason: HandoffReason;
  accountId: string | null;
  conversationId: string;
  channel: Channel;
  address: string;
  /** The conversation's language: the badge on the case, and what the desk writes in. */
  language: Language;
  /** A settlement the debtor held to below policy (reason settlement_beyond_policy). */
  counterOffer?: CounterOffer;
}

/**
 * Opens handoff cases with the priority and SLA the policy sets for their reason. Opening a case
 * whose id exists (a replayed turn) adds nothing, completes whatever an interrupted attempt left
 * undone (its jobs, transcript line and event carry ids derived from the case's), and returns the stored case.
 */
export class HandoffDesk {
  constructor(
    private readonly deps: {
      store: Store;
      policy: Policy;
      clock: Clock;
      transcripts: TranscriptLog;
      events: EventPublisher;
      /** A model also reads the case for the specialist (HandoffSummaryByModel), after it opened. */
      summarizeByModel: boolean;
    },
  ) {}

  async open(request: HandoffRequest): Promise<HandoffCase> {
    const { store, policy, clock, transcripts } = this.deps;
    const now = clock.now();
    const rule = handoffRuleFor(policy, request.reason);
    const account = request.accountId ? await store.getAccount(request.accountId) : null;
    const opened: HandoffCase = {
      id: request.id,
      accountId: request.accountId,
      conversationId: request.conversationId,
      reason: request.reason,
      priority: rule.priority,
      status: 'open',
      channel: request.channel,
      address: request.address,
      language: request.language,
      createdAt: now.toISOString(),
      slaDueAt: new Date(now.getTime() + rule.slaMinutes * 60_000).toISOString(),
      claimedBy: null,
      dispute: request.accountId ? disputeSnapshot(await openDisputeOf(store, request.accountId)) : null,
      ...(request.counterOffer ? { counterOffer: request.counterOffer } : {}),
      summary: summarizeCase({
        reason: request.reason,
        account,
        arrangements: request.accountId ? await store.listArrangements(request.accountId) : [],
        transcript: await transcripts.forConversation(request.conversationId),
        ...(request.counterOffer ? { counterOffer: request.counterOffer } : {}),
      }),
    };
    const handoff = (await store.addHandoff(opened)) ? opened : ((await store.getHandoff(opened.id)) ?? opened);
    await store.scheduleJob(HANDOFF_SLA_QUEUE, slaCheckFor(handoff));
    if (this.deps.summarizeByModel) await store.scheduleJob(HANDOFF_SUMMARY_QUEUE, summaryJobFor(handoff));
    await transcripts.record(
      {
        at: now.toISOString(),
        direction: 'event',
        channel: request.channel,
        conversationId: request.conversationId,
        actor: 'assistant',
        text: `Handoff case opened: ${request.reason}`,
        event: 'handoff.created',
      },
      idFrom(handoff.id, 'transcript'),
    );
    await this.deps.events.publish(
      'handoff.created',
      handoff.accountId,
      { handoffId: handoff.id, reason: handoff.reason, conversationId: handoff.conversationId, channel: handoff.channel },
      idFrom(handoff.id, 'created'),
    );
    return handoff;
  }

  /**
   * A right invoked while the case waits or a specialist holds it ("this isn't my debt" after "talk
   * to a person"): the case stands for that reason too, at the more urgent of the two priorities
   * and SLAs, and the SLA check moves up with it. Returns the case, or null when it has ended.
   */
  async addReason(id: string, reason: HandoffReason): Promise<HandoffCase | null> {
    const { store, policy, clock, transcripts } = this.deps;
    const now = clock.now();
    const rule = handoffRuleFor(policy, reason);
    const current = await store.getHandoff(id);
    if (!current || current.status === 'resolved') return null;
    if ((current.reasons ?? [current.reason]).includes(reason)) return current;
    const dispute = reason === 'dispute' && current.accountId ? { dispute: disputeSnapshot(await openDisputeOf(store, current.accountId)) } : {};
    const slaDueAt = new Date(Math.min(Date.parse(current.slaDueAt), now.getTime() + rule.slaMinutes * 60_000)).toISOString();
    const updated = await store.updateHandoff(id, current.status, (handoff) => ({
      ...handoff,
      ...dispute,
      reasons: [...new Set([...(handoff.reasons ?? [handoff.reason]), reason])],
      priority: Math.min(handoff.priority, rule.priority),
      slaDueAt,
    }));
    if (!updated) return null;
    if (updated.status === 'open' && slaDueAt < current.slaDueAt) await store.rescheduleJob(HANDOFF_SLA_QUEUE, slaCheckFor(updated));
    await transcripts.record(
      {
        at: now.toISOString(),
        direction: 'event',
        channel: updated.channel,
        conversationId: updated.conversationId,
        actor: 'assistant',
        text: `Handoff case also stands for: ${reason} (priority ${updated.priority})`,
        event: 'handoff.reason_added',
      },
      idFrom(id, `reason:${reason}`),
    );
    return updated;
  }
}
