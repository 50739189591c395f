import { randomUUID } from 'node:crypto';
import type { TranscriptLog } from '../audit/transcript-log';
import type { Language } from '../domain/account';
import type { Channel } from '../domain/arrangement';
import type { Clock } from '../domain/clock';
import type { HandoffCase } from '../domain/handoff-case';
import { handoffRuleFor, type HandoffReason, type Policy } from '../domain/policy';
import type { EventPublisher } from '../outreach/event-publisher';
import type { Store } from '../store/store';
import { disputeSnapshot, openDisputeOf } from './dispute-desk';
import { HANDOFF_SLA_QUEUE, slaCheckFor } from './handoff-sla';
import { summarizeCase } from './summary';
import { HANDOFF_SUMMARY_QUEUE, summaryJobFor } from './summary-by-model';

export interface HandoffRequest {
  reason: HandoffReason;
  accountId: string | null;
  conversationId: string;
  channel: Channel;
  address: string;
  /** The conversation's language: the badge on the case, and what the desk writes in. */
  language: Language;
}

/** Opens handoff cases with the priority and SLA the policy sets for their reason. */
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
    const handoff: HandoffCase = {
      id: randomUUID(),
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
      summary: summarizeCase({
        reason: request.reason,
        account,
        arrangements: request.accountId ? await store.listArrangements(request.accountId) : [],
        transcript: await transcripts.forConversation(request.conversationId),
      }),
    };
    await store.addHandoff(handoff);
    await store.scheduleJob(HANDOFF_SLA_QUEUE, slaCheckFor(handoff));
    if (this.deps.summarizeByModel) await store.scheduleJob(HANDOFF_SUMMARY_QUEUE, summaryJobFor(handoff));
    await transcripts.record({
      at: now.toISOString(),
      direction: 'event',
      channel: request.channel,
      conversationId: request.conversationId,
      actor: 'assistant',
      text: `Handoff case opened: ${request.reason}`,
      event: 'handoff.created',
    });
    await this.deps.events.publish('handoff.created', handoff.accountId, {
      handoffId: handoff.id,
      reason: handoff.reason,
      conversationId: handoff.conversationId,
      channel: handoff.channel,
    });
    return handoff;
  }
}
