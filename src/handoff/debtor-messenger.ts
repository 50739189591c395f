import type { TranscriptLog } from '../audit/transcript-log';
import type { DirectLine } from '../channels/directline/direct-line';
import type { SmsSender } from '../channels/sms/sender';
import { decideOutbound } from '../compliance/outbound-gate';
import { smsParts } from '../compliance/sms-segments';
import { HttpError } from '../api/errors';
import type { OptOutRegistry } from '../conversation/opt-outs';
import type { Language } from '../domain/account';
import type { Clock } from '../domain/clock';
import type { HandoffCase } from '../domain/handoff-case';
import type { Policy } from '../domain/policy';
import type { ComplianceDecision, TranscriptEntry } from '../domain/transcript';
import type { OutboundDecisionMetrics } from '../observability/metrics';
import type { Store } from '../store/store';

export interface DebtorMessengerDeps {
  store: Store;
  policy: Policy;
  clock: Clock;
  transcripts: TranscriptLog;
  optOuts: OptOutRegistry;
  directLine: Pick<DirectLine, 'deliver'>;
  /** Null when Twilio's REST credentials or sender are not configured. */
  sms: SmsSender | null;
  metrics?: OutboundDecisionMetrics | undefined;
}

export interface Delivery {
  sent: boolean;
  decision: ComplianceDecision;
}

/**
 * RF-01: a phone match alone is not verification. An SMS case may carry the account on file for
 * the number before the sender proved who they are; only the verify dialog's event counts. A web
 * chat case has an account only when the portal vouched for the visitor or they verified.
 */
function debtorVerified(handoff: HandoffCase, transcript: TranscriptEntry[]): boolean {
  if (handoff.accountId === null) return false;
  return handoff.channel !== 'sms' || transcript.some((entry) => entry.event === 'verified');
}

/**
 * Sends a specialist's words (or the join/leave notices) to the debtor in their own channel,
 * after the outbound gate (RULES.md §8.1) like every other message, and records the message
 * with the gate's decision and the specialist's name (RF-24).
 */
export class DebtorMessenger {
  constructor(private readonly deps: DebtorMessengerDeps) {}

  /** `text` may depend on the debtor's language (the join/leave notices); a specialist's reply is sent as written. */
  async send(handoff: HandoffCase, text: string | ((language: Language) => string), specialist: string): Promise<Delivery> {
    const { store, policy, clock, transcripts, optOuts } = this.deps;
    this.assertReachable(handoff);
    const [account, transcript, optedOut] = await Promise.all([
      handoff.accountId ? store.getAccount(handoff.accountId) : Promise.resolve(null),
      transcripts.forConversation(handoff.conversationId),
      optOuts.get(handoff.channel, handoff.address),
    ]);
    const now = clock.now();
    const language: Language = account?.language ?? 'en';
    const wording = typeof text === 'string' ? text : text(language);
    const result = decideOutbound({
      text: wording,
      channel: handoff.channel,
      language,
      initiator: 'specialist',
      account,
      verified: debtorVerified(handoff, transcript),
      // A specialist writes free text; the gate's wording and RF-01 lint still read every word.
      collectionContent: false,
      allowedAmounts: account ? [account.balanceCents] : [],
      allowedDates: [],
      sessionStart: false,
      now,
      policy,
      botInitiatedLast7Days: 0,
      optedOut: optedOut !== null,
      inconvenientTimes: [],
    });
    this.deps.metrics?.countOutboundDecision(result.decision.action, handoff.channel);
    const sendable = result.text !== undefined && (result.decision.action === 'allow' || result.decision.action === 'rewrite');
    if (sendable) await this.deliver(handoff, result.text!, specialist);
    await transcripts.record({
      at: now.toISOString(),
      direction: 'out',
      channel: handoff.channel,
      conversationId: handoff.conversationId,
      actor: specialist,
      text: result.text ?? wording,
      decision: result.decision,
    });
    return { sent: sendable, decision: result.decision };
  }

  private assertReachable(handoff: HandoffCase): void {
    if (handoff.channel === 'sms' && !this.deps.sms) {
      throw new HttpError(503, 'sms_unavailable', 'Outbound SMS is off: set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM_NUMBER');
    }
    if (handoff.channel !== 'sms' && handoff.channel !== 'webchat') {
      throw new HttpError(409, 'channel_unsupported', `Replies in the ${handoff.channel} channel are not supported`);
    }
  }

  private async deliver(handoff: HandoffCase, text: string, specialist: string): Promise<void> {
    if (handoff.channel === 'webchat') {
      // Plain: Web Chat would otherwise render a specialist's Markdown and HTML; typed text stays text.
      this.deps.directLine.deliver(handoff.address, { type: 'message', text, textFormat: 'plain' }, { id: `specialist:${specialist}`, name: specialist });
      return;
    }
    try {
      // RF-04: a long reply goes as several messages, each ending with the opt-out notice.
      for (const part of smsParts(text)) await this.deps.sms!.send(handoff.address, part);
    } catch (error) {
      throw new HttpError(502, 'sms_failed', `Twilio did not accept the message: ${(error as Error).message}`);
    }
  }
}
