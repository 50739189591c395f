import { DateTime } from 'luxon';
import { deskMessages, deskTemplateIds, deskTemplateLabels, type DeskTemplateId } from '../../prompts/desk';
import { collectionStopped, type Account, type Language } from '../domain/account';
import type { Dispute } from '../domain/dispute';
import { specialistMenu, type SpecialistOfferTerms } from '../domain/offers';
import type { Clock } from '../domain/clock';
import { debtorTimezone, localToday, type Policy } from '../domain/policy';
import type { MessageFacts } from './debtor-messenger';

/** A template as it would go to this debtor: its words per language and what the gate must know. */
export type TemplateContent = { text: (language: Language) => string; facts: MessageFacts } | { unavailable: string };

/** What the templates read: the case's account (verified or not), its open dispute, the acting specialist. */
export interface TemplateContext {
  account: Account | null;
  verified: boolean;
  dispute: Dispute | null;
  specialist: string;
  policy: Policy;
  clock: Clock;
}

const noFacts: MessageFacts = { collectionContent: false, amounts: [], dates: [] };

/** Every amount and date a description of these terms may state, for the gate's claim check (FL-01). */
export function termsFacts(terms: SpecialistOfferTerms[]): MessageFacts {
  return {
    collectionContent: true,
    amounts: terms.flatMap((t) => [t.totalCents, ...t.installments.map((i) => i.amountCents), ...(t.kind === 'settlement' ? [t.originalBalanceCents, t.discountCents] : [])]),
    dates: terms.flatMap((t) => t.installments.map((i) => i.dueDate)),
  };
}

/**
 * The approved replies (prompts/desk.ts) filled for one case: amounts and dates from the offer
 * engine and the dispute's clock, never typed. A template that does not fit the case says why.
 */
export function deskTemplate(id: DeskTemplateId, context: TemplateContext): TemplateContent {
  const { account, verified, dispute, specialist, policy } = context;
  const fixed = (text: (language: Language) => string): TemplateContent => ({ text, facts: noFacts });
  switch (id) {
    case 'greeting':
      // RF-01: before verification the sender may not be the account holder; no name is used.
      return fixed((l) => deskMessages[l].templates.greeting({ specialist, firstName: verified && account ? account.firstName : null, creditor: policy.creditor.name }));
    case 'information_request':
      return fixed((l) => deskMessages[l].templates.information_request({ supportPhone: policy.creditor.supportPhone }));
    case 'closing':
      return fixed((l) => deskMessages[l].templates.closing({ specialist }));
    case 'dispute_received':
    case 'validation_sent': {
      if (!dispute || dispute.state === 'resolved') return { unavailable: 'the account has no dispute in progress' };
      if (id === 'validation_sent') return fixed((l) => deskMessages[l].templates.validation_sent());
      const respondBy = DateTime.fromISO(dispute.dueAt, { zone: debtorTimezone(account, policy) }).toISODate() as string;
      return { text: (l) => deskMessages[l].templates.dispute_received({ respondBy }), facts: { ...noFacts, dates: [respondBy] } };
    }
    case 'hardship_options': {
      if (!account || !verified) return { unavailable: 'options name amounts: the debtor must be verified first (RF-01)' };
      if (collectionStopped(account)) return { unavailable: 'collection is stopped on this account' };
      const options = hardshipOptions(account, context);
      if (options.length === 0) return { unavailable: 'the engine has no option for this balance' };
      return { text: (l) => deskMessages[l].templates.hardship_options({ options: options.map((terms) => deskMessages[l].offer(terms)) }), facts: termsFacts(options) };
    }
  }
}

/**
 * The gentlest terms the specialist may offer alone: the longest plan of the longest period the
 * policy allows (monthly, usually), and the deepest settlement within their authority.
 */
function hardshipOptions(account: Account, context: TemplateContext): SpecialistOfferTerms[] {
  const alone = specialistMenu(account, context.policy, localToday(account, context.policy, context.clock)).filter((offer) => offer.authority !== 'supervisor');
  const plans = alone.flatMap((offer) => (offer.terms.kind === 'plan' ? [offer.terms] : []));
  // The menu lists frequencies most frequent first and each one's terms shortest first.
  const period = plans.some((plan) => plan.frequency === 'monthly') ? 'monthly' : plans.at(-1)?.frequency;
  const smallest = plans.filter((plan) => plan.frequency === period).at(-1);
  const settlements = alone.flatMap((offer) => (offer.terms.kind === 'settlement' ? [offer.terms] : []));
  const deepest = settlements.at(-1);
  return [...(smallest ? [smallest] : []), ...(deepest ? [deepest] : [])];
}

/** Every template for the console: its label, its words in the debtor's language, or why it does not fit. */
export function templatePreviews(context: TemplateContext, language: Language) {
  return deskTemplateIds.map((id) => {
    const content = deskTemplate(id, context);
    return 'unavailable' in content
      ? { id, label: deskTemplateLabels[id], text: null, unavailable: content.unavailable }
      : { id, label: deskTemplateLabels[id], text: content.text(language), unavailable: null };
  });
}
