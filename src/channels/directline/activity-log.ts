import type { Clock } from '../../domain/clock';

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

interface ConversationFeed {
  activities: DirectLineActivity[];
  /** Watermarks are sequence numbers, so they stay monotonic when old activities are trimmed. */
  sequence: number;
  lastUsedAt: number;
  listeners: Set<(set: ActivitySet) => void>;
  /** Web Chat's clientActivityID → our id, so a retried post is echoed once. */
  clientIds: Map<string, string>;
  /**
   * The ids of the visitor's messages whose replies were shown. A post whose turn failed (a Redis
   * outage) is echoed but not answered, so its retry runs the turn instead of being dropped.
   */
  answered: Set<string>;
}

export interface ActivityLogLimits {
  maxActivitiesPerConversation: number;
  maxConversations: number;
  idleMinutes: number;
}

/**
 * What each web-chat conversation has shown, kept in this process's memory: it only serves
 * Web Chat's catch-up after a reconnect, while the durable record of every message is the
 * assistant's transcript. Bounded three ways (activities per conversation, idle eviction, a cap
 * on conversations) so a flood of visitors cannot grow it without limit. With several instances,
 * route a conversation to one instance (sticky sessions on the conversation id).
 */
export class ActivityLog {
  private readonly feeds = new Map<string, ConversationFeed>();
  private lastSweepAt = 0;

  constructor(
    private readonly clock: Clock,
    private readonly limits: ActivityLogLimits,
  ) {}

  append(conversationId: string, activity: NewActivity, clientActivityId?: string): { activity: DirectLineActivity; duplicate: boolean } {
    const feed = this.feed(conversationId);
    const earlierId = clientActivityId ? feed.clientIds.get(clientActivityId) : undefined;
    const earlier = earlierId ? feed.activities.find((candidate) => candidate.id === earlierId) : undefined;
    if (earlier) return { activity: earlier, duplicate: true };

    feed.sequence += 1;
    const stored: DirectLineActivity = {
      ...activity,
      id: `${conversationId}|${String(feed.sequence).padStart(7, '0')}`,
      timestamp: this.clock.now().toISOString(),
      channelId: 'webchat',
      conversation: { id: conversationId },
    };
    feed.activities.push(stored);
    if (feed.activities.length > this.limits.maxActivitiesPerConversation) feed.activities.shift();
    if (clientActivityId) {
      feed.clientIds.set(clientActivityId, stored.id);
      if (feed.clientIds.size > this.limits.maxActivitiesPerConversation) {
        feed.clientIds.delete(feed.clientIds.keys().next().value as string);
      }
    }
    const set: ActivitySet = { activities: [stored], watermark: String(feed.sequence) };
    for (const listener of feed.listeners) listener(set);
    return { activity: stored, duplicate: false };
  }

  answered(conversationId: string, activityId: string): boolean {
    return this.feed(conversationId).answered.has(activityId);
  }

  /**
   * Notes that the visitor's message `activityId` has its replies shown; false when it already
   * had them (two posts of one message both ran), so they are shown once.
   */
  markAnswered(conversationId: string, activityId: string): boolean {
    const { answered } = this.feed(conversationId);
    if (answered.has(activityId)) return false;
    answered.add(activityId);
    if (answered.size > this.limits.maxActivitiesPerConversation) answered.delete(answered.values().next().value as string);
    return true;
  }

  /** Everything after `watermark` (a sequence number; empty means from the start). */
  since(conversationId: string, watermark: number): ActivitySet {
    const feed = this.feed(conversationId);
    const activities = feed.activities.filter((activity) => sequenceOf(activity) > watermark);
    return { activities, watermark: String(feed.sequence) };
  }

  subscribe(conversationId: string, listener: (set: ActivitySet) => void): () => void {
    const feed = this.feed(conversationId);
    feed.listeners.add(listener);
    return () => {
      feed.listeners.delete(listener);
      feed.lastUsedAt = this.clock.now().getTime();
    };
  }

  get size(): number {
    return this.feeds.size;
  }

  /** Gets or starts a feed; any valid token may (re)open its conversation, e.g. after a restart. */
  private feed(conversationId: string): ConversationFeed {
    const now = this.clock.now().getTime();
    this.sweep(now);
    let feed = this.feeds.get(conversationId);
    if (feed) {
      this.feeds.delete(conversationId); // re-inserted below: Map order is least recently used first
    } else {
      feed = { activities: [], sequence: 0, lastUsedAt: now, listeners: new Set(), clientIds: new Map(), answered: new Set() };
      this.evictOverCap();
    }
    feed.lastUsedAt = now;
    this.feeds.set(conversationId, feed);
    return feed;
  }

  private sweep(now: number): void {
    const idleMs = this.limits.idleMinutes * 60_000;
    if (now - this.lastSweepAt < idleMs / 10) return;
    this.lastSweepAt = now;
    for (const [id, feed] of this.feeds) {
      if (feed.listeners.size === 0 && now - feed.lastUsedAt > idleMs) this.feeds.delete(id);
    }
  }

  private evictOverCap(): void {
    if (this.feeds.size < this.limits.maxConversations) return;
    for (const [id, feed] of this.feeds) {
      if (feed.listeners.size === 0) {
        this.feeds.delete(id);
        return;
      }
    }
  }
}

function sequenceOf(activity: DirectLineActivity): number {
  return Number(activity.id.slice(activity.id.lastIndexOf('|') + 1));
}
