import { dueForPurge, lastActivityOf, retentionCutoff, type ConversationActivity } from '../compliance/retention-rule';
import { addToListDocument, removeFromListDocument } from '../store/list-document';
import type { Store } from '../store/store';
import { DAY_MS } from '../domain/clock';

/**
 * The purge job for RF-24 and what it needs recorded. It keeps an index in small documents.
 *
 * Documents (all under "retention:"):
 * - `retention:conversation:<id>` ISO instant: the conversation's last activity (written by touch);
 * - `retention:accounts:<id>` string[]: the accounts the conversation concerns (written by linkAccount);
 * - `retention:day:<YYYY-MM-DD>` (a log): conversations to look at once that (UTC) day has aged out;
 * - `retention:purged-through` YYYY-MM-DD: every day bucket before it has been swept (set by the first filing).
 * Each conversation is filed under the day of its last activity, so a purge reads only the
 * buckets that have aged out instead of scanning every key.
 *
 * touch() is on the hot path (every transcript entry: 2-4 per SMS turn), so it takes no lock and
 * writes at most once per conversation and day: one small document, plus one bucket filing. An account's last activity is not written per entry: the purge derives it from the
 * account's conversations (`account-conversations:<accountId>`, kept by TranscriptLog.linkAccount).
 * The purge never rewrites a conversation's record, so it cannot race a touch into losing activity.
 */
export type RetentionStore = Pick<Store, 'getDocument' | 'setDocument' | 'deleteDocument' | 'withLock' | 'appendLog' | 'readLog' | 'deleteLog'>;

const dayOf = (instant: Date): string => instant.toISOString().slice(0, 10);
const dayOfIso = (iso: string): string => iso.slice(0, 10);
const nextDay = (day: string): string => dayOf(new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS));
const conversationKey = (id: string) => `retention:conversation:${id}`;
const accountsKey = (id: string) => `retention:accounts:${id}`;
const accountConversationsKey = (accountId: string) => `account-conversations:${accountId}`;
const dayKey = (day: string) => `retention:day:${day}`;
const PURGED_THROUGH = 'retention:purged-through';

/** Enough for a day's busy conversations; about 100 bytes each. */
const REMEMBERED_CONVERSATIONS = 20_000;

export class Retention {
  private readonly touchedToday = new Map<string, string>();

  constructor(private readonly store: RetentionStore) {}

  /**
   * Call whenever a conversation records something (TranscriptLog.record does, with the entry's time).
   * Activity is kept by the day, rounded up to the day's end (so a transcript is kept at least as
   * long as the rule asks): after the first entry of a day this process remembers the day and
   * writes nothing more, which keeps the turn's hot path free of retention writes.
   * An invalid instant is ignored (the record is kept).
   */
  async touch(conversationId: string, at: Date): Promise<void> {
    if (!Number.isFinite(at.getTime())) return;
    const day = dayOf(at);
    if (this.touchedToday.get(conversationId) === day) return;
    const lastActivityAt = `${day}T23:59:59.999Z`;
    const previous = await this.store.getDocument<string>(conversationKey(conversationId));
    if (previous === null || previous < lastActivityAt) {
      await this.store.setDocument(conversationKey(conversationId), lastActivityAt);
      // Written before filing: a crash in between keeps the transcript too long, never too short.
      if (previous === null || dayOfIso(previous) !== day) await this.file(conversationId, day);
    }
    this.remember(conversationId, day);
  }

  /** A bounded memory of conversations touched today; the oldest are forgotten first. */
  private remember(conversationId: string, day: string): void {
    this.touchedToday.delete(conversationId);
    this.touchedToday.set(conversationId, day);
    if (this.touchedToday.size > REMEMBERED_CONVERSATIONS) this.touchedToday.delete(this.touchedToday.keys().next().value!);
  }

  /** Notes that a conversation concerns an account, so the account's activity keeps it (TranscriptLog.linkAccount). */
  linkAccount(conversationId: string, accountId: string): Promise<void> {
    return addToListDocument(this.store, accountsKey(conversationId), accountId);
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
      for (const conversationId of new Set(await this.store.readLog<string>(dayKey(day)))) {
        const lastActivityAt = await this.store.getDocument<string>(conversationKey(conversationId));
        // Gone (purged from an earlier bucket), or active again since: filed under that later day.
        if (lastActivityAt === null || dayOfIso(lastActivityAt) > day) continue;
        const accountIds = (await this.store.getDocument<string[]>(accountsKey(conversationId))) ?? [];
        const activity = await this.activityOf(conversationId, lastActivityAt, accountIds);
        if (dueForPurge(activity, now, retentionDays)) {
          await this.forget(conversationId, accountIds);
          purged.push(conversationId);
        } else {
          const last = lastActivityOf(activity);
          await this.file(conversationId, dayOf(Number.isFinite(last.getTime()) ? last : now));
        }
      }
      await this.store.deleteLog(dayKey(day));
      await this.store.setDocument(PURGED_THROUGH, nextDay(day));
    }
    return purged;
  }

  /** The account's last activity is the newest of its conversations' (including this one's). */
  private async activityOf(conversationId: string, lastActivityAt: string, accountIds: readonly string[]): Promise<ConversationActivity> {
    const accountLastActivityAt = await Promise.all(
      accountIds.map(async (accountId) => {
        const conversations = (await this.store.getDocument<string[]>(accountConversationsKey(accountId))) ?? [];
        const instants = await Promise.all(conversations.map((id) => this.store.getDocument<string>(conversationKey(id))));
        return instants.reduce<string>((newest, at) => (at !== null && at > newest ? at : newest), lastActivityAt);
      }),
    );
    return { conversationId, lastActivityAt, accountLastActivityAt };
  }

  private async forget(conversationId: string, accountIds: readonly string[]): Promise<void> {
    await this.store.deleteLog(`conversation:${conversationId}`);
    for (const accountId of accountIds) await removeFromListDocument(this.store, accountConversationsKey(accountId), conversationId);
    await this.store.deleteDocument(accountsKey(conversationId));
    await this.store.deleteDocument(conversationKey(conversationId));
  }

  private async file(conversationId: string, day: string): Promise<void> {
    // A bucket before the swept mark would never be read: file late activity at the mark instead.
    const through = await this.store.getDocument<string>(PURGED_THROUGH);
    if (through === null) await this.store.setDocument(PURGED_THROUGH, day);
    const bucket = through !== null && through > day ? through : day;
    // An append, not a read-modify-write under a lock: every new conversation of a day files here.
    await this.store.appendLog(dayKey(bucket), conversationId);
  }
}
