import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { redactSensitive } from '../compliance/redaction';
import type { Channel } from '../domain/channel';
import type { Clock } from '../domain/clock';
import type { TurnMetrics } from '../observability/metrics';
import type { Store } from '../store/store';
import type { ConversationAdapter } from './adapter';
import { isHandled, markHandled, type ConversationDocument, type ConversationStateStore } from './conversation-state';
import { renderedReply, replyForChannel } from './rendered-reply';
import type { AmicableBot } from './bot';
import { TurnEffects } from './turn-effects';

export interface InboundMessage {
  channel: Channel;
  conversationId: string;
  /** Where the debtor is reached: E.164 phone for SMS, the conversation id for web chat. */
  address: string;
  text: string;
  /**
   * A channel-level id (Twilio MessageSid, Web Chat's clientActivityID): a redelivery gets the same
   * answer and changes nothing. Without one (the terminal chat) nothing is de-duplicated.
   */
  messageId?: string;
  /** Set when the billing portal vouched for the visitor: the conversation starts verified. */
  vouchedAccountId?: string;
  from?: { id: string; name?: string };
}

/** How long a handled message's replies are kept to answer a redelivery (Twilio retries within hours). */
const REDELIVERY_WINDOW_SECONDS = 7 * 24 * 3600;

/**
 * One debtor turn, whatever the channel: serialized per conversation, de-duplicated by message id,
 * redacted before anything is stored, then run through the bot (which records it) and the
 * outbound gate. Its effects are written as it goes, idempotent on ids derived from the message;
 * its state and the message's "handled" mark are committed last, together (turn-effects.ts).
 */
export class Assistant {
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    private readonly deps: {
      store: Store;
      clock: Clock;
      conversationState: ConversationStateStore;
      adapter: ConversationAdapter;
      bot: AmicableBot;
      /** Turns are timed and counted here; null (the terminal chat) counts nothing. */
      metrics: TurnMetrics | null;
    },
  ) {}

  handle(message: InboundMessage): Promise<Partial<Activity>[]> {
    const turn = this.deps.store.withLock(`conversation:${message.conversationId}`, () => this.once(message));
    this.awaitedAtShutdown(turn);
    return turn;
  }

  private awaitedAtShutdown(work: Promise<unknown>): void {
    this.inFlight.add(work);
    void work.catch(() => undefined).finally(() => this.inFlight.delete(work));
  }

  /** Resolves once every turn that has started has ended (shutdown waits for it). */
  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  private async once(message: InboundMessage): Promise<Partial<Activity>[]> {
    const { store, conversationState } = this.deps;
    const { channel, conversationId, messageId } = message;
    const [document, earlier] = await Promise.all([
      conversationState.read(channel, conversationId),
      messageId ? store.getDocument<KeptReplies>(repliesKey(channel, messageId)) : null,
    ]);
    // Answered before: the same replies. Their copy is written before the commit, so a committed
    // turn always has one; a copy still marked uncommitted is from an attempt that failed before
    // its commit, unless the commit is what marked the message handled.
    if (messageId && isHandled(document, messageId)) return earlier?.replies ?? [];
    if (earlier?.committed) return earlier.replies;
    const effects = new TurnEffects(conversationId, messageId ?? randomUUID());
    const replies = (await this.runTurn(message, document, effects)).map((reply) => replyForChannel(reply, channel));
    await effects.written();
    if (!messageId) {
      await conversationState.write(channel, conversationId, document);
      return replies;
    }
    // Only what a channel renders is kept for a redelivery, a few hundred bytes.
    const kept = replies.map(renderedReply);
    await store.setDocument(repliesKey(channel, messageId), { replies: kept, committed: false } satisfies KeptReplies, REDELIVERY_WINDOW_SECONDS);
    markHandled(document, messageId);
    // The commit: nothing before it marked the message handled, so a turn that failed runs again.
    await conversationState.write(channel, conversationId, document);
    // The document remembers its last few handled ids; this mark answers older redeliveries for a
    // week. Its failure is not the turn's: the turn committed and is answered now, without waiting
    // for the mark (the lock's release goes beside it; shutdown still waits for it).
    this.awaitedAtShutdown(store.setDocument(repliesKey(channel, messageId), { replies: kept, committed: true } satisfies KeptReplies, REDELIVERY_WINDOW_SECONDS));
    return replies;
  }

  private async runTurn(message: InboundMessage, document: ConversationDocument, effects: TurnEffects): Promise<Partial<Activity>[]> {
    const endTurn = this.deps.metrics?.startTurn(message.channel);
    try {
      return await this.recordAndRun(message, document, effects);
    } finally {
      endTurn?.();
    }
  }

  private async recordAndRun(message: InboundMessage, document: ConversationDocument, effects: TurnEffects): Promise<Partial<Activity>[]> {
    // Card, bank and SSN numbers never reach the bot; the bot records what else may be kept.
    const redaction = redactSensitive(message.text);
    const activity: Partial<Activity> = {
      type: 'message',
      id: effects.messageId,
      text: redaction.text,
      channelId: message.channel,
      conversation: { id: message.conversationId, isGroup: false, conversationType: 'personal', name: '' },
      from: { id: message.from?.id ?? message.address, name: message.from?.name ?? '' },
      recipient: { id: 'amicable', name: 'Amicable' },
      channelData: { address: message.address, vouchedAccountId: message.vouchedAccountId, redacted: redaction.found },
      timestamp: this.deps.clock.now(),
    };
    return this.deps.adapter.runTurn(activity, (context) => this.deps.bot.run(context, { document, effects }));
  }
}

/** The replies a message got, kept to answer its redelivery the same way. */
interface KeptReplies {
  replies: Partial<Activity>[];
  /** False from just before the turn's commit until just after it. */
  committed: boolean;
}

function repliesKey(channel: Channel, messageId: string): string {
  return `seen:${channel}:${messageId}`;
}
