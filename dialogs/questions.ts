import type { Activity, TurnContext } from 'botbuilder';
import { answerMessages, type HardshipTerms } from '../prompts/answers';
import { readablePhone } from '../prompts/format';
import type { Account } from '../src/domain/account';
import type { Intent } from '../src/domain/intents';
import { settlementFor } from '../src/domain/offers';
import { localToday, type Policy } from '../src/domain/policy';
import { collectionPaused, turnFacts } from '../src/conversation/turn-facts';
import { isQuestionIntent } from '../src/language/questions';
import { message } from './say';
import type { DialogServices } from './services';

/**
 * The approved answer to a common question (issue #19 item 10), or undefined when `intent` is no
 * such question. It only answers: the caller (the turn's routing) sends it and then returns the
 * debtor to where they were. Figures come from the policy, the account and the offer engine.
 * Before verification the answer is the general one, which reveals no account (RF-01); while
 * collection is paused it states no amount (the gate would stop it).
 */
export function answerQuestion(intent: Intent, context: TurnContext, services: DialogServices): Partial<Activity> | undefined {
  if (!isQuestionIntent(intent)) return undefined;
  const facts = turnFacts(context);
  const say = answerMessages[facts.session.language];
  const { policy } = services;
  const creditor = policy.creditor.name;
  const phone = readablePhone(policy.creditor.supportPhone);
  const account = facts.account;
  const paused = account !== null && collectionPaused(facts, account);

  switch (intent) {
    case 'fees_interest_question': {
      // RF-21: no pay-to-pay fee; RF-16: the fees stated are the itemization's.
      const it = account?.itemization;
      if (!account || paused || !it) return message(say.fees.general);
      return message(say.fees.itemized({ date: it.itemizationDate, fees: it.feesSinceCents, interest: it.interestSinceCents }), {
        collectionContent: true,
        amounts: [it.feesSinceCents, it.interestSinceCents],
        dates: [it.itemizationDate],
      });
    }
    case 'credit_reporting_question':
      // RF-15 / FL-01: no promise about scores; the same words before and after verification.
      return message(say.creditReporting(creditor));
    case 'consequence_question':
      // RF-15 / AI-04; on a time-barred account the question is the time-barred one (RF-19).
      if (!account) return message(say.verifyFirst);
      if (account.timeBarred) return timeBarredAnswer(account, paused, context);
      return message(paused ? say.consequence.paused : say.consequence.verified(creditor));
    case 'time_barred_question':
      if (!account) return message(say.verifyFirst);
      return timeBarredAnswer(account, paused, context);
    case 'validation_period_question': {
      // RF-17 / RF-18: the notice's date; how to dispute, never discouraged.
      if (!account) return message(say.validation.general(phone));
      const end = account.validationPeriodEnd;
      if (!end) return message(say.validation.noDate(phone));
      return message(say.validation.endsOn(end, end < localToday(account, policy, services.clock), phone), { dates: [end] });
    }
    case 'original_creditor_question':
      // RF-17 / RF-18 (1006.38(c)): the name on file, or the creditor collecting its own account.
      if (!account) return message(say.verifyFirst);
      return message(say.originalCreditor(account.creditor ?? creditor));
    case 'spanish_notice_request':
      // RF-17 (1006.34(d)(3)(vi)) / FL-04: the same words before and after verification.
      return message(say.spanishNotice(creditor, phone));
    case 'hardship_options_question': {
      // FL-02: the policy's options for this account, no pressure.
      if (!account) return message(say.hardship.general);
      if (paused || account.balanceCents <= 0) return message(say.hardship.paused);
      const terms = hardshipTerms(account, policy, localToday(account, policy, services.clock));
      const amounts = [terms.minInstallmentCents, terms.promiseMinCents, ...(terms.settlement ? [terms.settlement.amountCents] : [])];
      return message(say.hardship.options(terms), { collectionContent: true, amounts, dates: terms.settlement ? [terms.settlement.dueDate] : [] });
    }
  }
}

/**
 * RF-19: the answer is about the debt, so the gate appends the prescribed time-barred notice
 * ("...we will not sue you for it"), which no draft may carry itself. While collection is paused
 * the gate would stop collection content, so the general words go instead.
 */
function timeBarredAnswer(account: Account, paused: boolean, context: TurnContext): Partial<Activity> {
  const say = answerMessages[turnFacts(context).session.language];
  if (!account.timeBarred) return message(say.timeBarred.notBarred);
  if (paused) return message(say.timeBarred.barred);
  return message(say.timeBarred.barred, { collectionContent: true });
}

function hardshipTerms(account: Account, policy: Policy, today: string): HardshipTerms {
  const settlement = settlementFor(account, policy, today);
  return {
    maxMonths: policy.plans.maxMonths,
    frequencies: policy.plans.frequencies,
    minInstallmentCents: policy.plans.minInstallment,
    promiseMinCents: policy.promiseToPay.minAmount,
    promiseMaxDaysAhead: policy.promiseToPay.maxDaysAhead,
    settlement: settlement ? { amountCents: settlement.totalCents, dueDate: settlement.dueDate } : null,
  };
}
