import { deskMessages } from '../../prompts/desk';
import { Conflict, Forbidden, Refused } from '../errors';
import { collectionStopped } from '../domain/account';
import type { Clock } from '../domain/clock';
import type { HandoffCase, SpecialistProposal } from '../domain/handoff-case';
import { specialistMenu, specialistOffer, type SpecialistOfferRequest, type SpecialistOfferTerms } from '../domain/offers';
import { localToday, type Policy } from '../domain/policy';
import type { Store } from '../store/store';
import type { Delivery } from './debtor-messenger';
import type { DebtorMessenger } from './debtor-messenger';
import { termsFacts } from './reply-templates';
import type { SpecialistDesk } from './specialist-desk';

/** The request that names these terms again, so the console posts back a choice, never an amount. */
function requestFor(terms: SpecialistOfferTerms): SpecialistOfferRequest {
  if (terms.kind === 'plan') return { kind: 'plan', frequency: terms.frequency, count: terms.count, firstDueDate: terms.firstDueDate };
  if (terms.kind === 'settlement') return { kind: 'settlement', discountPercent: terms.maxDiscountPercent, dueDate: terms.dueDate };
  return { kind: 'promise', dueDate: terms.dueDate };
}

/**
 * Offers inside the case (README "Offers inside the case"): the engine's plans, settlements and
 * promises for the account, each with the authority it needs; the specialist picks one and the
 * debtor receives it in their channel and language to confirm. On their yes the conversation
 * records it (dialogs/specialist-proposal.ts) like any arrangement the assistant makes.
 */
export class CaseProposals {
  constructor(private readonly deps: { store: Store; policy: Policy; clock: Clock; messenger: DebtorMessenger; desk: SpecialistDesk }) {}

  async menu(handoff: HandoffCase) {
    const { store, policy, clock, desk } = this.deps;
    const account = handoff.accountId ? await store.getAccount(handoff.accountId) : null;
    if (!account) return { offers: [], unavailable: 'the debtor has not been identified' };
    if (!(await desk.verified(handoff))) return { offers: [], unavailable: 'the debtor has not verified in this conversation (RF-01)' };
    if (collectionStopped(account)) return { offers: [], unavailable: 'collection is stopped on this account' };
    const offers = specialistMenu(account, policy, localToday(account, policy, clock)).map(({ terms, authority }) => ({
      request: requestFor(terms),
      authority,
      description: deskMessages.en.offer(terms),
      terms,
    }));
    return { offers, unavailable: null };
  }

  /**
   * Puts terms to the debtor. The pending proposal is committed first, so an answer arriving at
   * once finds it; when the gate refuses the message or the provider fails, it is withdrawn again.
   */
  async propose(id: string, specialist: string, request: SpecialistOfferRequest, approvedBy: string | null): Promise<{ proposal: SpecialistProposal; delivery: Delivery }> {
    const { store, policy, clock, messenger, desk } = this.deps;
    const handoff = await desk.held(id, specialist);
    const account = handoff.accountId ? await store.getAccount(handoff.accountId) : null;
    if (!account) throw new Conflict('no_account', 'The debtor has not been identified: there is nothing to offer');
    if (!(await desk.verified(handoff))) throw new Conflict('debtor_not_verified', 'Terms name amounts: the debtor must verify in this conversation first (RF-01)');
    messenger.assertReachable(handoff);
    const offer = specialistOffer(account, policy, localToday(account, policy, clock), request);
    if (offer.authority === 'supervisor' && !approvedBy) {
      throw new Forbidden('approval_required', "These terms are beyond the specialist's authority (policy.specialist): send them with the operator token and approvedBy");
    }
    const now = clock.now().toISOString();
    const proposal: SpecialistProposal = {
      id: `${handoff.id}:proposal:${now}`,
      request,
      terms: offer.terms,
      authority: offer.authority,
      proposedBy: specialist,
      approvedBy: offer.authority === 'supervisor' ? approvedBy : null,
      proposedAt: now,
      status: 'pending',
    };
    const replaced = handoff.proposal?.status === 'pending' ? handoff.proposal : null;
    const committed = await store.updateHandoff(id, 'claimed', (current) => (current.claimedBy === specialist ? { ...current, proposal } : current));
    if (committed?.proposal?.id !== proposal.id) throw new Conflict('not_claimed_by_you', 'The case changed hands meanwhile');
    if (replaced) await desk.event(handoff, specialist, now, 'proposal.withdrawn', `Earlier terms withdrawn: ${deskMessages.en.offer(replaced.terms)}`);

    const webchat = handoff.channel === 'webchat';
    let delivery: Delivery;
    try {
      delivery = await messenger.send(
        committed,
        (language) => deskMessages[language].proposal(specialist, offer.terms, webchat),
        specialist,
        (language) => ({ ...termsFacts([offer.terms]), ...(webchat && { buttons: Object.values(deskMessages[language].proposalButtons) }) }),
      );
    } catch (error) {
      await this.withdraw(id, proposal.id);
      throw error;
    }
    if (!delivery.sent) {
      await this.withdraw(id, proposal.id);
      throw new Refused('blocked_by_compliance', `The outbound gate did not send the terms: ${delivery.decision.reason ?? delivery.decision.action}`);
    }
    await desk.replied(committed, delivery);
    const approval = proposal.approvedBy ? `, approved by ${proposal.approvedBy}` : '';
    await desk.event(committed, specialist, now, 'proposal.sent', `${specialist} proposed ${deskMessages.en.offer(offer.terms)} (authority: ${offer.authority}${approval}); awaiting the debtor's yes`);
    return { proposal, delivery };
  }

  private async withdraw(id: string, proposalId: string): Promise<void> {
    await this.deps.store.updateHandoff(id, 'claimed', (current) =>
      current.proposal?.id === proposalId && current.proposal.status === 'pending' ? { ...current, proposal: { ...current.proposal, status: 'withdrawn' } } : current,
    );
  }
}
