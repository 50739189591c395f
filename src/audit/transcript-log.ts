import type { TranscriptEntry } from '../domain/transcript';
import { addToListDocument } from '../store/list-document';
import type { Store } from '../store/store';
import { Retention } from './retention';

/**
 * Every message in and out, kept per conversation, and linked to the accounts it concerns so an
 * operator can read an account's whole record (RF-24). Texts arrive already redacted.
 */
export class TranscriptLog {
  /** The RF-24 retention index, kept current by every record and link below; the purge job reads it. */
  readonly retention: Retention;

  constructor(private readonly store: Store) {
    this.retention = new Retention(store);
  }

  /** With an `id` (a turn's, derived from the inbound message) the entry is kept once, however often the turn runs. */
  async record(entry: TranscriptEntry, id?: string): Promise<void> {
    const key = `conversation:${entry.conversationId}`;
    if (id === undefined) await this.store.appendLog(key, entry);
    else await this.store.appendLogOnce(key, { id, ...entry });
    // After the append: the index never points at activity that was not kept.
    await this.retention.touch(entry.conversationId, new Date(entry.at));
  }

  async linkAccount(accountId: string, conversationId: string): Promise<void> {
    await addToListDocument(this.store, `account-conversations:${accountId}`, conversationId);
    await this.retention.linkAccount(conversationId, accountId);
  }

  forConversation(conversationId: string): Promise<TranscriptEntry[]> {
    return this.store.readLog<TranscriptEntry>(`conversation:${conversationId}`);
  }

  async forAccount(accountId: string): Promise<TranscriptEntry[]> {
    const linked = (await this.store.getDocument<string[]>(`account-conversations:${accountId}`)) ?? [];
    const entries = (await Promise.all(linked.map((id) => this.forConversation(id)))).flat();
    // Stable sort: entries of one conversation keep their recorded order within the same millisecond.
    return entries.sort((a, b) => a.at.localeCompare(b.at));
  }
}
