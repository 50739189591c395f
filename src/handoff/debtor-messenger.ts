import type { TranscriptLog } from '../audit/transcript-log';
import type { SmsSender } from '../channels/sms/sender';
import { decideOutbound } from '../compliance/outbound-gate';
import { smsParts } from '../compliance/sms-segments';
import { recordNotDelivered } from '../channels/sms/local-outbox';
import { AmicableError, Conflict, Unavailable, UpstreamFailed } from '../errors';
import type { OptOutRegistry } from '../conversation/opt-outs';
import { detectLanguage } from '../language/detect-language';
import type { Account, Language } from '../domain/account';
import type { Clock } from '../domain/clock';
import type { HandoffCase } from '../domain/handoff-case';
import type { Policy } from '../domain/policy';
import type { ComplianceDecision, TranscriptEntry } from '../domain/transcript';
import type { OutboundDecisionMetrics } from '../observability/metrics';
import type { Store } from '../store/store';

/**
 * Posts a message into a web-chat conversation as someone (the Direct Line endpoint does). Named
 * here, by what the desk needs, so the desk does not depend on the channel that runs the bot.
 */
export interface WebChatDelivery {
  deliver(conversationId: string, message: WebChatMessage, from: { id: string; name: string }): Promise<string>;
}

/** A plain-text message, with the buttons a reply template offers. */
export interface WebChatMessage {
  type: 'message';
  text: string;
  textFormat: 'plain';
  suggestedActions?: { to: string[]; actions: Array<{ type: 'imBack'; title: string; value: string }> };
}

export interface DebtorMessengerDeps {
  store: Store;
  policy: Policy;
  clock: Clock;
  transcripts: TranscriptLog;
  optOuts: OptOutRegistry;
  directLine: WebChatDelivery;
  /** Null when Twilio's REST credentials or sender are not configured. */
  sms: SmsSender | null;
  metrics?: OutboundDecisionMetrics | undefined;
}

export interface Delivery {
  sent: boolean;
  decision: ComplianceDecision;
  /** SMS without a provider (the embedded default): the message is in the local outbox, not on a phone. */
  keptLocally?: boolean;
}

/**
 * What the gate must know of a message beyond its words: whether it asks for payment, and the
 * amounts and dates it may state (FL-01) because the engine computed them. Free text from a
 * specialist is neither: the balance is the only amount it may name.
 */
export interface MessageFacts {
  collectionContent: boolean;
  amounts: number[];
  dates: string[];
  /** Web chat shows these as buttons (a proposal's Yes and No); SMS carries the words alone. */
  buttons?: string[];
}

/** The provider refused or never answered: nothing reached the debtor. */
export class SmsDeliveryFailed extends UpstreamFailed {
  constructor(reason: string) {
    super('sms_failed', `The SMS provider did not accept the message: ${reason}`);
  }
}

/** The debtor cannot be written to now: no desk for the channel here, SMS is off, or the provider refused. */
export const debtorUnreachable = (error: unknown): boolean =>
  error instanceof AmicableError && ['channel_unsupported', 'sms_unavailable', 'sms_failed'].includes(error.code);

/**
 * RF-01: a phone match alone is not verification. An SMS case may carry the account on file for
 * the number before the sender proved who they are; only the verify dialog's event counts. A web
 * chat case has an account only when the portal vouched for the visitor or they verified.
 */
export function debtorVerified(handoff: HandoffCase, transcript: TranscriptEntry[]): boolean {
  if (handoff.accountId === null) return false;
  return handoff.channel !== 'sms' || transcript.some((entry) => entry.event === 'verified');
}

/** The language the debtor is written to in: theirs as the case saw it, else the account's. */
export function caseLanguage(handoff: HandoffCase, account: Account | null): Language {
  return handoff.language ?? account?.language ?? 'en';
}

/**
 * Sends a specialist's words (or the join/leave notices) to the debtor in their own channel,
 * after the outbound gate (RULES.md §8.1) like every other message, and records the message
 * with the gate's decision and the specialist's name (RF-24).
 */
export class DebtorMessenger {
  constructor(private readonly deps: DebtorMessengerDeps) {}

  /**
   * Throws unless the debtor can be written to in the case's channel. Callers that change the
   * case ask this first, so an unreachable channel refuses the action instead of half-applying it.
   */
  assertReachable(handoff: HandoffCase): void {
    this.assertSmsOn(handoff);
    if (!this.writesTo(handoff)) throw new Conflict('channel_unsupported', `Replies in the ${handoff.channel} channel are not supported`);
  }

  /** SMS with no sender at all (production without Twilio's REST credentials): nothing may be promised to the debtor. */
  assertSmsOn(handoff: HandoffCase): void {
    if (handoff.channel === 'sms' && !this.deps.sms) {
      throw new Unavailable('sms_unavailable', 'Outbound SMS is off: set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM_NUMBER');
    }
  }

  /** Whether this desk writes in the case's channel at all (Azure channels' desks take cases their own way). */
  writesTo(handoff: HandoffCase): boolean {
    return handoff.channel === 'sms' || handoff.channel === 'webchat';
  }

  /** What the gate would send, and in which language the words look written; nothing is sent or recorded. */
  async preview(handoff: HandoffCase, text: string): Promise<{ text: string | null; decision: ComplianceDecision; debtorLanguage: Language; writtenIn: Language }> {
    const { result, language } = await this.decide(handoff, () => text, freeText, 'specialist');
    // A text with no signal either way ("ok", "$100") counts as written in the debtor's language.
    return { text: result.text ?? null, decision: result.decision, debtorLanguage: language, writtenIn: detectLanguage(text, language) };
  }

  /** `text` may depend on the debtor's language (notices, templates); a specialist's reply is sent as written. */
  async send(handoff: HandoffCase, text: string | ((language: Language) => string), specialist: string, facts: MessageFacts | ((language: Language) => MessageFacts) = freeText): Promise<Delivery> {
    this.assertReachable(handoff);
    const { result, language, wording, now } = await this.decide(handoff, typeof text === 'string' ? () => text : text, facts, specialist);
    const sendable = result.text !== undefined && (result.decision.action === 'allow' || result.decision.action === 'rewrite');
    const buttons = (typeof facts === 'function' ? facts(language) : facts).buttons;
    const keptLocally = sendable ? await this.deliver(handoff, result.text!, specialist, buttons) : false;
    const entry = { at: now.toISOString(), channel: handoff.channel, conversationId: handoff.conversationId, actor: specialist };
    await this.deps.transcripts.record({ ...entry, direction: 'out', text: result.text ?? wording, decision: result.decision });
    if (keptLocally) await recordNotDelivered(this.deps.transcripts, entry);
    return { sent: sendable, decision: result.decision, ...(keptLocally ? { keptLocally } : {}) };
  }

  private async decide(handoff: HandoffCase, text: (language: Language) => string, facts: MessageFacts | ((language: Language) => MessageFacts), actor: string) {
    const { store, policy, clock, transcripts, optOuts } = this.deps;
    const [account, transcript, optedOut] = await Promise.all([
      handoff.accountId ? store.getAccount(handoff.accountId) : Promise.resolve(null),
      transcripts.forConversation(handoff.conversationId),
      optOuts.get(handoff.channel, handoff.address),
    ]);
    const now = clock.now();
    const language = caseLanguage(handoff, account);
    const wording = text(language);
    const meta = typeof facts === 'function' ? facts(language) : facts;
    const result = decideOutbound({
      text: wording,
      channel: handoff.channel,
      language,
      // The assistant's own notice to a waiting debtor (the SLA apology) is bot-initiated: every
      // flag and preference stops it (issue #19 item 8); a person's words are the specialist's.
      initiator: actor === 'assistant' ? 'follow-up' : 'specialist',
      account,
      verified: debtorVerified(handoff, transcript),
      collectionContent: meta.collectionContent,
      allowedAmounts: [...(account ? [account.balanceCents] : []), ...meta.amounts],
      allowedDates: meta.dates,
      sessionStart: false,
      now,
      policy,
      botInitiatedLast7Days: 0,
      optedOut: optedOut !== null,
    });
    this.deps.metrics?.countOutboundDecision(result.decision.action, handoff.channel);
    return { result, language, wording, now };
  }

  /** Resolves true when the text went to the local outbox rather than to a phone. */
  private async deliver(handoff: HandoffCase, text: string, specialist: string, buttons: string[] | undefined): Promise<boolean> {
    if (handoff.channel === 'webchat') {
      // Plain: Web Chat would otherwise render a specialist's Markdown and HTML; typed text stays text.
      const suggestedActions: WebChatMessage['suggestedActions'] = buttons?.length ? { to: [], actions: buttons.map((title) => ({ type: 'imBack', title, value: title })) } : undefined;
      await this.deps.directLine.deliver(handoff.address, { type: 'message', text, textFormat: 'plain', ...(suggestedActions && { suggestedActions }) }, { id: `specialist:${specialist}`, name: specialist });
      return false;
    }
    let keptLocally = false;
    try {
      // RF-04: a long reply goes as several messages, each ending with the opt-out notice.
      for (const part of smsParts(text)) keptLocally ||= (await this.deps.sms!.send(handoff.address, part)).keptLocally === true;
    } catch (error) {
      throw new SmsDeliveryFailed((error as Error).message);
    }
    return keptLocally;
  }
}

/** A specialist's own words: no collection content, no amount but the balance. */
const freeText: MessageFacts = { collectionContent: false, amounts: [], dates: [] };
