import type { Clock } from '../../domain/clock';
import type { Store } from '../../store/store';

/** An activity as Direct Line clients see it: server id, timestamp, and who sent it. */
export interface NewActivity {
  type: string;
  from: { id: string; name?: string; role: 'user' | 'bot' };
  [field: string]: unknown;
}

export interface DirectLineActivity extends NewActivity {
  id: string;
  timestamp: string;
  channelId: 'webchat';
  conversation: { id: string };
}

/** One push to a stream: what Direct Line's WebSocket and GET activities both answer. */
export interface ActivitySet {
  activities: DirectLineActivity[];
  watermark: string;
}

/** The part of the Store the log uses: its feeds, and documents for the answered marks. */
export type ActivityStore = Pick<Store, 'appendToFeed' | 'readFeed' | 'watchFeed' | 'getDocument' | 'setDocument'>;

/** What a feed keeps of an activity; its id, channel and conversation follow from where it is kept and its number. */
type KeptActivity = NewActivity & { timestamp: string };

export interface ActivityLogLimits {
  maxActivitiesPerConversation: number;
  /** A conversation nobody wrote to for this long is dropped (its transcript stays). */
  idleMinutes: number;
}

/**
 * What each web-chat conversation has shown, one store feed per conversation: it only serves Web
 * Chat's catch-up and streams, while the durable record of every message is the assistant's
 * transcript. The feed numbers activities alike on every instance, and those numbers are the
 * watermarks, so with STORE=redis any instance answers any conversation's requests and streams
 * (no sticky sessions). Bounded by the store: the newest activities per conversation, and an idle
 * time after which the feed goes.
 */
export class ActivityLog {
  constructor(
    private readonly store: ActivityStore,
    private readonly clock: Clock,
    private readonly limits: ActivityLogLimits,
  ) {}

  /**
   * Appends an activity and returns its id. With `onceKey` (a client's activity id, a reply's place
   * in its turn), an activity already appended under that key is not appended again: its id comes
   * back with `duplicate`.
   */
  async append(conversationId: string, activity: NewActivity, onceKey?: string): Promise<{ id: string; duplicate: boolean }> {
    const kept: KeptActivity = { ...activity, timestamp: this.clock.now().toISOString() };
    const { sequence, appended } = await this.store.appendToFeed(feedKey(conversationId), kept, {
      keep: this.limits.maxActivitiesPerConversation,
      ttlSeconds: this.ttlSeconds,
      ...(onceKey ? { onceKey } : {}),
    });
    return { id: activityIdOf(conversationId, sequence), duplicate: !appended };
  }

  async answered(activityId: string): Promise<boolean> {
    return (await this.store.getDocument<true>(answeredKey(activityId))) !== null;
  }

  /**
   * Notes that the visitor's message `activityId` has its replies shown. A post whose turn failed
   * (a Redis outage) is echoed but not answered, so its retry runs the turn instead of being dropped.
   */
  async markAnswered(activityId: string): Promise<void> {
    await this.store.setDocument(answeredKey(activityId), true, this.ttlSeconds);
  }

  /**
   * Everything after `watermark` (0: from the start). A watermark beyond the feed's last number was
   * given out before the feed was dropped for idleness: everything in it now is new to the client.
   */
  async since(conversationId: string, watermark: number): Promise<ActivitySet> {
    let page = await this.store.readFeed<KeptActivity>(feedKey(conversationId), watermark);
    if (watermark > page.sequence) page = await this.store.readFeed<KeptActivity>(feedKey(conversationId), 0);
    const activities = page.entries.map(({ sequence, entry }): DirectLineActivity => ({
      ...entry,
      id: activityIdOf(conversationId, sequence),
      channelId: 'webchat',
      conversation: { id: conversationId },
    }));
    return { activities, watermark: String(page.sequence) };
  }

  /** Calls `listener` when the conversation may have new activities, whichever instance added them. */
  watch(conversationId: string, listener: () => void): Promise<() => void> {
    return this.store.watchFeed(feedKey(conversationId), listener);
  }

  private get ttlSeconds(): number {
    return this.limits.idleMinutes * 60;
  }
}

const feedKey = (conversationId: string) => `directline:${conversationId}`;
const answeredKey = (activityId: string) => `directline:answered:${activityId}`;

function activityIdOf(conversationId: string, sequence: number): string {
  return `${conversationId}|${String(sequence).padStart(7, '0')}`;
}
