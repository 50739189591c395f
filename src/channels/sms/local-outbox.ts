import { randomUUID } from 'node:crypto';
import type { TranscriptLog } from '../../audit/transcript-log';
import type { Clock } from '../../domain/clock';
import type { TranscriptEntry } from '../../domain/transcript';
import type { Logger } from '../../observability/logger';
import type { Store } from '../../store/store';
import type { SmsSender, SmsSent } from './sender';

/** What the transcript says of a text that stayed in the local outbox (issue 17, item 7). */
export const NOT_DELIVERED = 'not delivered: no SMS provider configured';

export interface OutboxMessage {
  sid: string;
  to: string;
  body: string;
  at: string;
}

const outboxKey = (phone: string) => `sms-outbox:${phone}`;

/**
 * The embedded default's SMS "provider": without Twilio's credentials (and never in production)
 * a specialist's reply or a reminder is kept here, per number, and logged, instead of failing.
 * Nothing leaves the machine; `npm run chat` on the same number prints what arrives here.
 */
export class LocalSmsOutbox implements SmsSender {
  constructor(private readonly deps: { store: Store; clock: Clock; logger?: Logger }) {}

  async send(to: string, body: string): Promise<SmsSent> {
    const message: OutboxMessage = { sid: `local-${randomUUID()}`, to, body, at: this.deps.clock.now().toISOString() };
    await this.deps.store.appendLog(outboxKey(to), message);
    // `to` is censored and the text scrubbed by the logger (PRV-02).
    this.deps.logger?.info({ sid: message.sid, to, freeText: body }, `SMS kept in the local outbox: ${NOT_DELIVERED}`);
    return { sid: message.sid, keptLocally: true };
  }

  /** What was kept for one number, oldest first. */
  read(phone: string): Promise<OutboxMessage[]> {
    return this.deps.store.readLog<OutboxMessage>(outboxKey(phone));
  }
}

/** The transcript line beside a message the local outbox kept, so nobody takes it for delivered. */
export function recordNotDelivered(transcripts: TranscriptLog, entry: Pick<TranscriptEntry, 'at' | 'channel' | 'conversationId' | 'actor'>): Promise<void> {
  return transcripts.record({ ...entry, direction: 'event', text: NOT_DELIVERED, event: 'sms.not_delivered' });
}
