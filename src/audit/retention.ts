import { dueForPurge, lastActivityOf, retentionCutoff, type ConversationActivity } from '../compliance/retention-rule';
import type { Store } from '../store/store';

/**
 * The purge job for RF-24 and what it needs recorded. It keeps an index in small documents.
 *
 * Documents (all under "retention:"):
 * - `retention:conversation:<id>` { lastActivityAt, accountIds, filedOn }: the conversation's last activity;
 * - `retention:account:<accountId>` ISO instant: the account's last activity, over all its conversations;
 * - `retention:day:<YYYY-MM-DD>` string[]: conversations whose last activity fell on that (UTC) day;
 * - `retention:purged-through` YYYY-MM-DD: every day bucket before it has been swept (set by the first touch).
 * Each conversation is filed under the day of its last activity, so a purge reads only the
 * buckets that have aged out instead of scanning every key.
 */
export type RetentionStore = Pick<Store, 'getDocument' | 'setDocument' | 'deleteDocument' | 'withLock' | 'deleteLog'>;

interface ConversationRecord {
  lastActivityAt: string;
  accountIds: string[];
  /** The day bucket the conversation is filed under. */
  filedOn: string;
}

const dayOf = (instant: Date): string => instant.toISOString().slice(0, 10);
const nextDay = (day: string): string => dayOf(new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000));
const conversationKey = (id: string) => `retention:conversation:${id}`;
const accountKey = (id: string) => `retention:account:${id}`;
const dayKey = (day: string) => `retention:day:${day}`;
const PURGED_THROUGH = 'retention:purged-through';

export class Retention {
  constructor(private readonly store: RetentionStore) {}

  /** Call whenever a conversation records something (a turn, an operator event). */
  async touch(conversationId: string, accountIds: readonly string[], at: Date): Promise<void> {
    const lastActivityAt = at.toISOString();
    const previous = await this.store.getDocument<ConversationRecord>(conversationKey(conversationId));
    const ids = [...new Set([...(previous?.accountIds ?? []), ...accountIds])];
    const filedOn = dayOf(at);
    await this.store.setDocument<ConversationRecord>(conversationKey(conversationId), { lastActivityAt, accountIds: ids, filedOn });
    for (const accountId of ids) await this.store.setDocument(accountKey(accountId), lastActivityAt);
    // Once per conversation per day, so the day bucket's lock is rarely contended.
    if (previous?.filedOn !== filedOn) {
      await this.file(conversationId, filedOn);
      // The first bucket ever filed is where the first purge starts.
      if ((await this.store.getDocument<string>(PURGED_THROUGH)) === null) await this.store.setDocument(PURGED_THROUGH, filedOn);
    }
  }

  /**
   * Notes that a conversation concerns an account (TranscriptLog.linkAccount), so the account's
   * activity keeps it; the next touch() stamps the time.
   */
  async linkAccount(conversationId: string, accountId: string): Promise<void> {
    await this.store.withLock(conversationKey(conversationId), async () => {
      const record = await this.store.getDocument<ConversationRecord>(conversationKey(conversationId));
      if (record?.accountIds.includes(accountId)) return;
      const updated = record ? { ...record, accountIds: [...record.accountIds, accountId] } : { lastActivityAt: '', accountIds: [accountId], filedOn: '' };
      await this.store.setDocument<ConversationRecord>(conversationKey(conversationId), updated);
      if (record?.lastActivityAt) await this.store.setDocument(accountKey(accountId), record.lastActivityAt);
    });
  }

  /**
   * Deletes the transcripts whose retention has run out at `now`; returns the conversation ids purged.
   * A conversation kept only because its account was active later is re-filed under that day.
   */
  async purge(now: Date, retentionDays: number): Promise<string[]> {
    const cutoffDay = dayOf(retentionCutoff(now, retentionDays));
    const purged: string[] = [];
    const start = await this.store.getDocument<string>(PURGED_THROUGH);
    if (start === null) return purged; // nothing was ever filed
    for (let day = start; day < cutoffDay; day = nextDay(day)) {
      for (const conversationId of (await this.store.getDocument<string[]>(dayKey(day))) ?? []) {
        const record = await this.store.getDocument<ConversationRecord>(conversationKey(conversationId));
        if (!record || record.filedOn !== day) continue; // active again since: filed under a later day
        const activity = await this.activityOf(conversationId, record);
        if (dueForPurge(activity, now, retentionDays)) {
          await this.forget(conversationId, record);
          purged.push(conversationId);
        } else {
          const last = lastActivityOf(activity);
          const filedOn = dayOf(Number.isFinite(last.getTime()) ? last : now);
          await this.store.setDocument<ConversationRecord>(conversationKey(conversationId), { ...record, filedOn });
          await this.file(conversationId, filedOn);
        }
      }
      await this.store.deleteDocument(dayKey(day));
      await this.store.setDocument(PURGED_THROUGH, nextDay(day));
    }
    return purged;
  }

  private async activityOf(conversationId: string, record: ConversationRecord): Promise<ConversationActivity> {
    const accountLastActivityAt = await Promise.all(
      record.accountIds.map(async (id) => (await this.store.getDocument<string>(accountKey(id))) ?? record.lastActivityAt),
    );
    return { conversationId, lastActivityAt: record.lastActivityAt, accountLastActivityAt };
  }

  private async forget(conversationId: string, record: ConversationRecord): Promise<void> {
    await this.store.deleteLog(`conversation:${conversationId}`);
    for (const accountId of record.accountIds) {
      const key = `account-conversations:${accountId}`;
      await this.store.withLock(key, async () => {
        const linked = (await this.store.getDocument<string[]>(key)) ?? [];
        if (linked.includes(conversationId)) await this.store.setDocument(key, linked.filter((id) => id !== conversationId));
      });
    }
    await this.store.deleteDocument(conversationKey(conversationId));
  }

  private async file(conversationId: string, day: string): Promise<void> {
    await this.store.withLock(dayKey(day), async () => {
      const filed = (await this.store.getDocument<string[]>(dayKey(day))) ?? [];
      if (!filed.includes(conversationId)) await this.store.setDocument(dayKey(day), [...filed, conversationId]);
    });
  }
}
