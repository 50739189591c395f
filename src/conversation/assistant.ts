import type { Activity } from 'botbuilder';
import { redactSensitive } from '../compliance/redaction';
import type { Channel } from '../domain/arrangement';
import type { Clock } from '../domain/clock';
import type { TurnMetrics } from '../observability/metrics';
import type { Store } from '../store/store';
import type { ConversationAdapter } from './adapter';
import { renderedReply } from './rendered-reply';
import type { AmicableBot } from './bot';

export interface InboundMessage {
  channel: Channel;
  conversationId: string;
  /** Where the debtor is reached: E.164 phone for SMS, the conversation id for web chat. */
  address: string;
  text: string;
  /** A channel-level id (Twilio MessageSid): a redelivery gets the same answer and changes nothing. */
  messageId?: string;
  /** Set when the billing portal vouched for the visitor: the conversation starts verified. */
  vouchedAccountId?: string;
  from?: { id: string; name?: string };
}

/** How long a channel message id is remembered for de-duplication (Twilio retries within hours). */
const REDELIVERY_WINDOW_SECONDS = 7 * 24 * 3600;

/**
 * One debtor turn, whatever the channel: serialized per conversation, de-duplicated by message id,
 * redacted before anything is stored, then run through the bot (which records it) and the
 * outbound gate.
 */
export class Assistant {
  constructor(
    private readonly deps: {
      store: Store;
      clock: Clock;
      adapter: ConversationAdapter;
      bot: AmicableBot;
      /** Turns are timed and counted here; null (the terminal chat) counts nothing. */
      metrics: TurnMetrics | null;
    },
  ) {}

  handle(message: InboundMessage): Promise<Partial<Activity>[]> {
    const { store } = this.deps;
    return store.withLock(`conversation:${message.conversationId}`, async () => {
      const seenKey = message.messageId ? `seen:${message.channel}:${message.messageId}` : null;
      if (seenKey) {
        const earlier = await store.getDocument<Partial<Activity>[]>(seenKey);
        if (earlier) return earlier;
      }
      const replies = await this.runTurn(message);
      // Only what a channel renders is kept for a redelivery: a few hundred bytes, not whole activities.
      if (seenKey) await store.setDocument(seenKey, replies.map(renderedReply), REDELIVERY_WINDOW_SECONDS);
      return replies;
    });
  }

  private async runTurn(message: InboundMessage): Promise<Partial<Activity>[]> {
    const endTurn = this.deps.metrics?.startTurn(message.channel);
    try {
      return await this.recordAndRun(message);
    } finally {
      endTurn?.();
    }
  }

  private async recordAndRun(message: InboundMessage): Promise<Partial<Activity>[]> {
    // Card, bank and SSN numbers never reach the bot; the bot records what else may be kept.
    const redaction = redactSensitive(message.text);
    const activity: Partial<Activity> = {
      type: 'message',
      id: message.messageId,
      text: redaction.text,
      channelId: message.channel,
      conversation: { id: message.conversationId, isGroup: false, conversationType: 'personal', name: '' },
      from: { id: message.from?.id ?? message.address, name: message.from?.name ?? '' },
      recipient: { id: 'amicable', name: 'Amicable' },
      channelData: { address: message.address, vouchedAccountId: message.vouchedAccountId, redacted: redaction.found },
      timestamp: this.deps.clock.now(),
    };
    return this.deps.adapter.runTurn(activity, (context) => this.deps.bot.run(context));
  }
}
