import type { Store } from '../store/store';
import { DAY_MS } from '../domain/clock';

const WEEK_MS = 7 * DAY_MS;
const key = (accountId: string) => `contacts:${accountId}`;

/**
 * When the assistant texted an account first (reminders, follow-ups, campaigns), for the 7-day
 * caps of RF-13 and the state profiles (ST-01..03). Replies to the debtor are not counted.
 * Callers hold the lock `contacts:<accountId>` around count, decide, send and record.
 */
export class ContactLedger {
  constructor(private readonly store: Store) {}

  lockKey(accountId: string): string {
    return key(accountId);
  }

  async countLast7Days(accountId: string, now: Date): Promise<number> {
    return (await this.recent(accountId, now)).length;
  }

  async record(accountId: string, at: Date): Promise<void> {
    const kept = await this.recent(accountId, at);
    await this.store.setDocument(key(accountId), [...kept, at.toISOString()], 8 * 86_400);
  }

  private async recent(accountId: string, now: Date): Promise<string[]> {
    const sent = (await this.store.getDocument<string[]>(key(accountId))) ?? [];
    return sent.filter((at) => now.getTime() - Date.parse(at) < WEEK_MS);
  }
}
