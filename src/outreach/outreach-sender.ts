import type { TranscriptLog } from '../audit/transcript-log';
import { recordNotDelivered } from '../channels/sms/local-outbox';
import type { SmsSender } from '../channels/sms/sender';
import { decideOutbound } from '../compliance/outbound-gate';
import { smsParts } from '../compliance/sms-segments';
import type { OptOutRegistry } from '../conversation/opt-outs';
import type { Account } from '../domain/account';
import type { Clock } from '../domain/clock';
import type { Policy } from '../domain/policy';
import type { ComplianceDecision } from '../domain/transcript';
import type { OutboundDecisionMetrics } from '../observability/metrics';
import type { Store } from '../store/store';
import type { ContactLedger } from './contact-ledger';

/** A text the assistant starts: a reminder, a follow-up, a campaign's first message. */
export interface BotInitiatedSms {
  /** Stable across retries and restarts: the same id is never sent twice. */
  sendId: string;
  account: Account;
  text: string;
  collectionContent: boolean;
  /** RF-01: whether the message may speak of the debt to this number (see Reminders). */
  verified: boolean;
  allowedAmounts: number[];
  allowedDates: string[];
}

export type OutreachResult = { status: 'sent'; sid: string | null } | { status: 'held'; until: Date } | { status: 'blocked'; decision: ComplianceDecision };

interface SendRecord {
  status: 'sending' | 'sent';
  sid: string | null;
}

/** Long enough that no retry of a job outlives the record of its send. */
const SEND_RECORD_TTL_SECONDS = 90 * 86_400;

/** Where Twilio's status callbacks find the conversation a message belongs to. */
export const smsMessageKey = (sid: string) => `sms-message:${sid}`;
export interface SmsMessageRecord {
  conversationId: string;
  accountId: string;
  sendId: string;
}

/**
 * Sends a bot-initiated SMS through the outbound gate (RULES.md §8.1): consent, opt-outs, the
 * contact window in every known zone, the 7-day caps, the wording guard. It holds the account's
 * contact lock from counting to recording, so two workers never both pass a cap, and marks the
 * send before calling Twilio: after a crash in between the message is treated as sent, because a
 * text sent twice breaks the caps while a lost reminder is only a lost reminder.
 */
export class OutreachSender {
  constructor(
    private readonly deps: {
      store: Store;
      policy: Policy;
      clock: Clock;
      transcripts: TranscriptLog;
      optOuts: OptOutRegistry;
      contacts: ContactLedger;
      sms: SmsSender;
      metrics?: OutboundDecisionMetrics | undefined;
    },
  ) {}

  send(message: BotInitiatedSms): Promise<OutreachResult> {
    const { store, contacts } = this.deps;
    return store.withLock(contacts.lockKey(message.account.id), () => this.sendHoldingLock(message));
  }

  private async sendHoldingLock(message: BotInitiatedSms): Promise<OutreachResult> {
    const { store, policy, clock, transcripts, optOuts, contacts, sms } = this.deps;
    const { account } = message;
    const recordKey = `outreach-send:${message.sendId}`;
    const earlier = await store.getDocument<SendRecord>(recordKey);
    if (earlier) return { status: 'sent', sid: earlier.sid };

    const now = clock.now();
    const result = decideOutbound({
      text: message.text,
      channel: 'sms',
      language: account.language,
      initiator: 'bot',
      account,
      verified: message.verified,
      collectionContent: message.collectionContent,
      allowedAmounts: message.allowedAmounts,
      allowedDates: message.allowedDates,
      sessionStart: false,
      now,
      policy,
      botInitiatedLast7Days: await contacts.countLast7Days(account.id, now),
      optedOut: (await optOuts.get('sms', account.phone)) !== null,
    });
    const { decision } = result;
    this.deps.metrics?.countOutboundDecision(decision.action, 'sms');
    if (decision.action === 'hold') return { status: 'held', until: new Date(decision.holdUntil ?? now) };

    const conversationId = `sms:${account.phone}`;
    await transcripts.linkAccount(account.id, conversationId);
    const record = (text: string) =>
      transcripts.record({ at: now.toISOString(), direction: 'out', channel: 'sms', conversationId, actor: 'assistant', text, decision });
    if (result.text === undefined) {
      await record(message.text);
      return { status: 'blocked', decision };
    }

    await store.setDocument<SendRecord>(recordKey, { status: 'sending', sid: null }, SEND_RECORD_TTL_SECONDS);
    // RF-04: a long text goes as several messages, each ending with the opt-out notice.
    const sids: string[] = [];
    let keptLocally = false;
    for (const part of smsParts(result.text)) {
      try {
        const sent = await sms.send(account.phone, part);
        sids.push(sent.sid);
        keptLocally ||= sent.keptLocally === true;
      } catch (error) {
        // Twilio refused or never answered before the request failed: not sent, so it may be retried.
        if (sids.length === 0) {
          await store.deleteDocument(recordKey);
          throw error;
        }
        // Some parts went (each with the notice): a retry would repeat them, so the send counts as made.
        break;
      }
    }
    const sid = sids[0]!;
    await store.setDocument<SendRecord>(recordKey, { status: 'sent', sid }, SEND_RECORD_TTL_SECONDS);
    for (const partSid of sids) {
      await store.setDocument<SmsMessageRecord>(smsMessageKey(partSid), { conversationId, accountId: account.id, sendId: message.sendId }, SEND_RECORD_TTL_SECONDS);
    }
    await contacts.record(account.id, now);
    await record(result.text);
    if (keptLocally) await recordNotDelivered(transcripts, { at: now.toISOString(), channel: 'sms', conversationId, actor: 'assistant' });
    return { status: 'sent', sid };
  }
}
