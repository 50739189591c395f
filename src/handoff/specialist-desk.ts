import { describePreference } from '../../prompts/contact-preferences';
import type { DeskTemplateId } from '../../prompts/desk';
import { accountView } from '../api/account-view';
import { Conflict, NotFound } from '../errors';
import type { TranscriptLog } from '../audit/transcript-log';
import type { OptOutRegistry } from '../conversation/opt-outs';
import type { Clock } from '../domain/clock';
import type { HandoffCase, OutcomeCode } from '../domain/handoff-case';
import type { Policy } from '../domain/policy';
import type { EventPublisher } from '../outreach/event-publisher';
import type { Store } from '../store/store';
import { caseLanguage, debtorVerified, type DebtorMessenger, type Delivery } from './debtor-messenger';
import type { DebtorNotices, NoticeOutcome } from './debtor-notices';
import { openDisputeOf } from './dispute-desk';
import { deskTemplate, templatePreviews, type TemplateContext } from './reply-templates';
import { summarizeCase } from './summary';

export const handBackSteps = ['menu', 'plan', 'confirm'] as const;
export type HandBackStep = (typeof handBackSteps)[number];

/** Where the assistant resumes once the case is resolved; null: only when the debtor writes again. */
export type ResolvedCase = HandoffCase & { handBackTo: HandBackStep | null };

export interface Resolution {
  outcome: string;
  outcomeCode: OutcomeCode;
  handBackTo: HandBackStep | null;
}

const secondsBetween = (from: string | undefined, to: string) => (from ? Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 1000)) : null);

export interface SpecialistDeskDeps {
  store: Store;
  clock: Clock;
  policy: Policy;
  transcripts: TranscriptLog;
  optOuts: OptOutRegistry;
  messenger: DebtorMessenger;
  notices: DebtorNotices;
  events: EventPublisher;
}

/**
 * What a specialist does with a case: claim or assign it, write to the debtor (free text or an
 * approved template), keep notes, resolve it with an outcome code. Every action lands in the
 * conversation's transcript with who did it and when (issue 4, item 6). A claim or resolution is
 * committed before the debtor is told; a notice the provider refused is queued, never a reason to
 * answer an error for a change that was made (issue 17, item 7).
 */
export class SpecialistDesk {
  constructor(private readonly deps: SpecialistDeskDeps) {}

  async find(id: string): Promise<HandoffCase> {
    const handoff = await this.deps.store.getHandoff(id);
    if (!handoff) throw new NotFound('handoff_not_found', `No handoff case "${id}"`);
    return handoff;
  }

  /** Compare-and-set from open: of two specialists claiming at once, the store lets exactly one through. */
  async claim(id: string, specialist: string): Promise<{ handoff: HandoffCase; notice: NoticeOutcome | 'none' }> {
    const current = await this.find(id);
    // Before anything changes: a case nobody can write to is not taken on a promise to reply.
    this.deps.messenger.assertSmsOn(current);
    const claimedAt = this.deps.clock.now().toISOString();
    const claimed = await this.deps.store.updateHandoff(id, 'open', (handoff) => ({ ...handoff, status: 'claimed', claimedBy: specialist, claimedAt, assignedTo: specialist }));
    if (!claimed) {
      const latest = await this.find(id);
      // Claiming again what you already hold is a retry, not a conflict.
      if (latest.status === 'claimed' && latest.claimedBy === specialist) return { handoff: latest, notice: 'none' };
      if (latest.status === 'resolved') throw new Conflict('already_resolved', 'This case is already resolved');
      throw new Conflict('already_claimed', `${latest.claimedBy} already holds this case`);
    }
    await this.event(claimed, specialist, claimedAt, 'handoff.claimed', `${specialist} claimed the case`);
    await this.deps.events.publish('handoff.claimed', claimed.accountId, {
      handoffId: claimed.id,
      reason: claimed.reason,
      specialist,
      secondsToClaim: secondsBetween(claimed.createdAt, claimedAt) ?? 0,
      channel: claimed.channel,
    });
    return { handoff: claimed, notice: await this.deps.notices.tell(claimed, 'joined', specialist) };
  }

  /**
   * Routes a case to a specialist. An open case waits for them (anyone may still claim it); a
   * claimed one changes hands only from its holder, and the debtor is told who joined.
   */
  async assign(id: string, by: string, assignee: string): Promise<HandoffCase> {
    const current = await this.find(id);
    if (current.status === 'resolved') throw new Conflict('already_resolved', 'This case is already resolved');
    if (current.status === 'claimed' && current.claimedBy !== by) throw new Conflict('not_claimed_by_you', `${current.claimedBy} holds this case: only they can hand it over`);
    const at = this.deps.clock.now().toISOString();
    const updated = await this.deps.store.updateHandoff(id, current.status, (handoff) => {
      if (handoff.status !== 'claimed') return { ...handoff, assignedTo: assignee };
      return handoff.claimedBy === by ? { ...handoff, claimedBy: assignee, assignedTo: assignee, claimedAt: at } : handoff;
    });
    if (!updated || (updated.status === 'claimed' && updated.claimedBy !== assignee)) throw new Conflict('case_changed', 'The case changed meanwhile; look again');
    const handedOver = updated.status === 'claimed' && assignee !== by;
    await this.event(updated, by, at, 'handoff.assigned', `${by} assigned the case to ${assignee}${handedOver ? ', who now holds it' : ''}`);
    await this.deps.events.publish('handoff.assigned', updated.accountId, { handoffId: updated.id, reason: updated.reason, assignedTo: assignee, by, channel: updated.channel });
    if (handedOver) await this.deps.notices.tell(updated, 'joined', assignee);
    return updated;
  }

  async reply(id: string, specialist: string, text: string): Promise<Delivery> {
    const handoff = await this.held(id, specialist);
    return this.replied(handoff, await this.deps.messenger.send(handoff, text, specialist));
  }

  /** An approved template (prompts/desk.ts) in the debtor's language, amounts and dates from the engine. */
  async replyWithTemplate(id: string, specialist: string, template: DeskTemplateId): Promise<Delivery> {
    const handoff = await this.held(id, specialist);
    const content = deskTemplate(template, await this.templateContext(handoff, specialist));
    if ('unavailable' in content) throw new Conflict('template_unavailable', `The ${template} template does not fit this case: ${content.unavailable}`);
    return this.replied(handoff, await this.deps.messenger.send(handoff, content.text, specialist, content.facts));
  }

  /** What a free-text reply would become (disclosures added, or refused) and the language it reads as. */
  async preview(id: string, text: string) {
    return this.deps.messenger.preview(await this.find(id), text);
  }

  /** Every template as this debtor would read it now, or why it does not fit. */
  async templates(handoff: HandoffCase, specialist: string) {
    const context = await this.templateContext(handoff, specialist);
    return templatePreviews(context, caseLanguage(handoff, context.account));
  }

  /** Internal: recorded for the next specialist and the audit, never sent to the debtor. */
  async note(id: string, specialist: string, text: string): Promise<void> {
    const handoff = await this.find(id);
    await this.event(handoff, specialist, this.deps.clock.now().toISOString(), 'handoff.note', text);
  }

  async resolve(id: string, specialist: string, resolution: Resolution): Promise<{ handoff: ResolvedCase; notice: NoticeOutcome }> {
    const held = await this.held(id, specialist);
    this.deps.messenger.assertSmsOn(held);
    const resolvedAt = this.deps.clock.now().toISOString();
    const { outcome, outcomeCode, handBackTo } = resolution;
    // Only the holder gets here, and a claimed case changes holder only by being resolved or
    // handed over by them, so the compare-and-set on "claimed" cannot resolve someone else's case.
    const resolved = (await this.deps.store.updateHandoff(id, 'claimed', (handoff) => ({
      ...handoff,
      status: 'resolved',
      resolvedAt,
      outcome,
      outcomeCode,
      handBackTo,
      // Terms still awaiting the debtor's yes lapse with the case: nobody is there to record them.
      ...(handoff.proposal?.status === 'pending' && { proposal: { ...handoff.proposal, status: 'withdrawn' as const } }),
    }))) as ResolvedCase | null;
    if (!resolved) throw new Conflict('already_resolved', 'This case was resolved meanwhile');
    const handBack = handBackTo ? `, handed back to the assistant at ${handBackTo}` : ', assistant waits for the debtor';
    await this.event(resolved, specialist, resolvedAt, 'handoff.resolved', `Resolved (${outcomeCode}): ${outcome}${handBack}`);
    await this.deps.events.publish('handoff.resolved', resolved.accountId, {
      handoffId: resolved.id,
      reason: resolved.reason,
      outcome,
      outcomeCode,
      specialist,
      handleSeconds: secondsBetween(resolved.claimedAt, resolvedAt),
      firstReplySeconds: resolved.firstReplyAt ? secondsBetween(resolved.createdAt, resolved.firstReplyAt) : null,
      handBackTo,
      channel: resolved.channel,
    });
    return { handoff: resolved, notice: await this.deps.notices.tell(resolved, handBackTo ? 'left_to_assistant' : 'left', specialist) };
  }

  /** The account beside the transcript: the operator view plus who the debtor is, without verification secrets. */
  async accountSnapshot(handoff: HandoffCase) {
    const account = handoff.accountId ? await this.deps.store.getAccount(handoff.accountId) : null;
    if (!account) return null;
    const { firstName, lastName, language, timezone, daysPastDue, timeBarred, smsConsent } = account;
    // RF-02, RF-03, RF-06: what the debtor designated, in words, so the specialist keeps to it too.
    const contactPreferencesSummary = account.contactPreferences ? describePreference('en', account.contactPreferences).join('; ') : null;
    return { ...(await accountView(account, this.deps)), firstName, lastName, language, timezone: timezone ?? null, daysPastDue, timeBarred, smsConsent, contactPreferencesSummary };
  }

  /**
   * The summary as the record stands now (flags, arrangements, dispute, the debtor's last words),
   * kept on the case when it changed so the queue reads it too: a summary built at opening went
   * stale as soon as the debtor raised a flag.
   */
  async currentSummary(handoff: HandoffCase): Promise<string> {
    const { store, transcripts } = this.deps;
    const [account, arrangements, transcript, dispute] = await Promise.all([
      handoff.accountId ? store.getAccount(handoff.accountId) : null,
      handoff.accountId ? store.listArrangements(handoff.accountId) : [],
      transcripts.forConversation(handoff.conversationId),
      handoff.accountId ? openDisputeOf(store, handoff.accountId) : null,
    ]);
    const summary = summarizeCase({ reason: handoff.reason, account, arrangements, transcript, dispute, ...(handoff.counterOffer ? { counterOffer: handoff.counterOffer } : {}) });
    if (summary !== handoff.summary) await store.updateHandoff(handoff.id, handoff.status, (current) => ({ ...current, summary }));
    return summary;
  }

  /** Whether the debtor proved who they are in this conversation (RF-01): amounts may be named. */
  async verified(handoff: HandoffCase): Promise<boolean> {
    return debtorVerified(handoff, await this.deps.transcripts.forConversation(handoff.conversationId));
  }

  async held(id: string, specialist: string): Promise<HandoffCase> {
    const handoff = await this.find(id);
    if (handoff.status !== 'claimed' || handoff.claimedBy !== specialist) {
      throw new Conflict('not_claimed_by_you', handoff.status === 'resolved' ? 'This case is resolved' : 'Claim the case before acting on it');
    }
    return handoff;
  }

  /** Time to first reply counts the first message a specialist wrote, not the automatic notices. */
  async replied(handoff: HandoffCase, delivery: Delivery): Promise<Delivery> {
    if (delivery.sent && !handoff.firstReplyAt) {
      const at = this.deps.clock.now().toISOString();
      await this.deps.store.updateHandoff(handoff.id, 'claimed', (current) => (current.firstReplyAt ? current : { ...current, firstReplyAt: at }));
    }
    return delivery;
  }

  private async templateContext(handoff: HandoffCase, specialist: string): Promise<TemplateContext> {
    const { store, policy, clock } = this.deps;
    const [account, verified, dispute] = await Promise.all([
      handoff.accountId ? store.getAccount(handoff.accountId) : null,
      this.verified(handoff),
      handoff.accountId ? openDisputeOf(store, handoff.accountId) : null,
    ]);
    return { account, verified, dispute, specialist, policy, clock };
  }

  event(handoff: HandoffCase, specialist: string, at: string, event: string, text: string): Promise<void> {
    return this.deps.transcripts.record({ at, direction: 'event', channel: handoff.channel, conversationId: handoff.conversationId, actor: specialist, text, event });
  }
}
