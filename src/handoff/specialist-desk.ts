import { handoffMessages } from '../../prompts/handoff';
import { accountView } from '../api/account-view';
import { HttpError } from '../api/errors';
import type { TranscriptLog } from '../audit/transcript-log';
import type { OptOutRegistry } from '../conversation/opt-outs';
import type { Clock } from '../domain/clock';
import type { HandoffCase } from '../domain/handoff-case';
import type { EventPublisher } from '../outreach/event-publisher';
import type { Store } from '../store/store';
import type { DebtorMessenger, Delivery } from './debtor-messenger';

export const handBackSteps = ['menu', 'plan', 'confirm'] as const;
export type HandBackStep = (typeof handBackSteps)[number];

/** Where the assistant resumes once the case is resolved; null: only when the debtor writes again. */
export type ResolvedCase = HandoffCase & { handBackTo: HandBackStep | null };

/**
 * What a specialist does with a case: claim it, write to the debtor, keep notes, resolve it.
 * Every action lands in the conversation's transcript with who did it and when (issue 4, item 6).
 */
export class SpecialistDesk {
  constructor(
    private readonly deps: { store: Store; clock: Clock; transcripts: TranscriptLog; optOuts: OptOutRegistry; messenger: DebtorMessenger; events: EventPublisher },
  ) {}

  async find(id: string): Promise<HandoffCase> {
    const handoff = await this.deps.store.getHandoff(id);
    if (!handoff) throw new HttpError(404, 'handoff_not_found', `No handoff case "${id}"`);
    return handoff;
  }

  /** Compare-and-set from open: of two specialists claiming at once, the store lets exactly one through. */
  async claim(id: string, specialist: string): Promise<HandoffCase> {
    const claimedAt = this.deps.clock.now().toISOString();
    const claimed = await this.deps.store.updateHandoff(id, 'open', (handoff) => ({ ...handoff, status: 'claimed', claimedBy: specialist }));
    if (!claimed) {
      const current = await this.find(id);
      // Claiming again what you already hold is a retry, not a conflict.
      if (current.status === 'claimed' && current.claimedBy === specialist) return current;
      if (current.status === 'resolved') throw new HttpError(409, 'already_resolved', 'This case is already resolved');
      throw new HttpError(409, 'already_claimed', `${current.claimedBy} already holds this case`);
    }
    await this.event(claimed, specialist, claimedAt, 'handoff.claimed', `${specialist} claimed the case`);
    await this.deps.events.publish('handoff.claimed', claimed.accountId, {
      handoffId: claimed.id,
      reason: claimed.reason,
      specialist,
      secondsToClaim: Math.max(0, Math.round((Date.parse(claimedAt) - Date.parse(claimed.createdAt)) / 1000)),
      channel: claimed.channel,
    });
    await this.deps.messenger.send(claimed, (language) => handoffMessages[language].joined(specialist), specialist);
    return claimed;
  }

  async reply(id: string, specialist: string, text: string): Promise<Delivery> {
    const handoff = await this.held(id, specialist);
    return this.deps.messenger.send(handoff, text, specialist);
  }

  /** Internal: recorded for the next specialist and the audit, never sent to the debtor. */
  async note(id: string, specialist: string, text: string): Promise<void> {
    const handoff = await this.find(id);
    await this.event(handoff, specialist, this.deps.clock.now().toISOString(), 'handoff.note', text);
  }

  async resolve(id: string, specialist: string, outcome: string, handBackTo: HandBackStep | null): Promise<ResolvedCase> {
    await this.held(id, specialist);
    const resolvedAt = this.deps.clock.now().toISOString();
    // Only the holder gets here, and a claimed case changes holder only by being resolved, so the
    // compare-and-set on "claimed" cannot resolve someone else's case.
    const resolved = (await this.deps.store.updateHandoff(id, 'claimed', (handoff) => ({
      ...handoff,
      status: 'resolved',
      resolvedAt,
      outcome,
      handBackTo,
    }))) as ResolvedCase | null;
    if (!resolved) throw new HttpError(409, 'already_resolved', 'This case was resolved meanwhile');
    const handBack = handBackTo ? `, handed back to the assistant at ${handBackTo}` : ', assistant waits for the debtor';
    await this.event(resolved, specialist, resolvedAt, 'handoff.resolved', `Resolved: ${outcome}${handBack}`);
    await this.deps.events.publish('handoff.resolved', resolved.accountId, { handoffId: resolved.id, reason: resolved.reason, outcome, handBackTo, channel: resolved.channel });
    await this.deps.messenger.send(
      resolved,
      (language) => (handBackTo ? handoffMessages[language].leftToAssistant(specialist) : handoffMessages[language].left(specialist)),
      specialist,
    );
    return resolved;
  }

  /** The account beside the transcript: the operator view plus who the debtor is, without verification secrets. */
  async accountSnapshot(handoff: HandoffCase) {
    const account = handoff.accountId ? await this.deps.store.getAccount(handoff.accountId) : null;
    if (!account) return null;
    const { firstName, lastName, language, timezone, daysPastDue, timeBarred, smsConsent } = account;
    return { ...(await accountView(account, this.deps)), firstName, lastName, language, timezone: timezone ?? null, daysPastDue, timeBarred, smsConsent };
  }

  private async held(id: string, specialist: string): Promise<HandoffCase> {
    const handoff = await this.find(id);
    if (handoff.status !== 'claimed' || handoff.claimedBy !== specialist) {
      throw new HttpError(409, 'not_claimed_by_you', handoff.status === 'resolved' ? 'This case is resolved' : 'Claim the case before acting on it');
    }
    return handoff;
  }

  private event(handoff: HandoffCase, specialist: string, at: string, event: string, text: string): Promise<void> {
    return this.deps.transcripts.record({ at, direction: 'event', channel: handoff.channel, conversationId: handoff.conversationId, actor: specialist, text, event });
  }
}
