import type { Activity, Middleware, TurnContext } from 'botbuilder';
import type { OutboundGate } from '../compliance/outbound-gate';
import type { Clock } from '../domain/clock';
import type { OutboundDecisionMetrics } from '../observability/metrics';
import type { Policy } from '../domain/policy';
import type { TranscriptLog } from '../audit/transcript-log';
import { outboundMetaOf } from './outbound-meta';
import { turnFacts } from './turn-facts';

/**
 * Puts every message a turn sends through the outbound gate (RULES.md §8.1) and records the
 * decision beside the message. Registered on every adapter, so no dialog can go around it.
 */
export class OutboundGateMiddleware implements Middleware {
  constructor(
    private readonly deps: { gate: OutboundGate; policy: Policy; clock: Clock; transcripts: TranscriptLog; metrics: OutboundDecisionMetrics | null },
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    context.onSendActivities(async (ctx, activities, send) => {
      const allowed: Partial<Activity>[] = [];
      for (const activity of activities) {
        if (activity.type !== 'message') {
          allowed.push(activity);
          continue;
        }
        const gated = this.gate(ctx, activity);
        if (gated) allowed.push(gated);
      }
      activities.splice(0, activities.length, ...allowed);
      return send();
    });
    await next();
  }

  private gate(context: TurnContext, activity: Partial<Activity>): Partial<Activity> | null {
    const facts = turnFacts(context);
    const meta = outboundMetaOf(activity);
    const now = this.deps.clock.now();
    const result = this.deps.gate({
      text: activity.text ?? '',
      channel: facts.channel,
      language: facts.session.language,
      initiator: 'reply',
      account: facts.account,
      verified: facts.account !== null,
      collectionContent: meta.collectionContent,
      allowedAmounts: meta.amounts,
      allowedDates: meta.dates,
      sessionStart: facts.sessionStart,
      now,
      policy: this.deps.policy,
      botInitiatedLast7Days: 0,
      optedOut: facts.optedOut,
      optOutConfirmation: meta.optOutConfirmation ?? false,
      crisisCare: meta.crisisCare ?? false,
      safetyHold: facts.session.safetyHold ?? null,
    });
    facts.sessionStart = false;
    this.deps.metrics?.countOutboundDecision(result.decision.action, facts.channel);
    const sent = result.text !== undefined && (result.decision.action === 'allow' || result.decision.action === 'rewrite');
    facts.effects.meanwhile(this.deps.transcripts.record(
      {
        at: now.toISOString(),
        direction: 'out',
        channel: facts.channel,
        conversationId: facts.conversationId,
        actor: 'assistant',
        text: result.text ?? activity.text ?? '',
        decision: result.decision,
      },
      facts.effects.next('reply'),
    ));
    return sent ? { ...activity, text: result.text } : null;
  }
}
