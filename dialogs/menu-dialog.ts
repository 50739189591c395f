import { ComponentDialog, TextPrompt, WaterfallDialog, type PromptValidatorContext, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Account } from '../src/domain/account';
import { settlementFor } from '../src/domain/offers';
import type { Entities, Intent } from '../src/language/recognition';
import { collectionPaused, turnFacts } from '../src/conversation/turn-facts';
import { withoutVerificationAnswers } from '../src/language/verification-answers';
import { openHandoff } from './rights';
import { PayInFullDialog, PAY_IN_FULL_DIALOG } from './pay-in-full-dialog';
import { PlanDialog, PLAN_DIALOG } from './plan-dialog';
import { PromiseDialog, PROMISE_DIALOG } from './promise-dialog';
import { choiceMessage, message, messagesFor, withReceiptCard, type Choice } from './say';
import type { DialogServices } from './services';
import { SettleDialog, SETTLE_DIALOG } from './settle-dialog';
import { localToday } from './today';

/** What the steps of this dialog keep between turns. */
interface MenuValues { destination?: Destination }


export const MENU_DIALOG = 'menu';
const MENU_STEPS = 'menu.steps';
const MENU_PROMPT = 'menu.prompt';

export interface MenuOptions {
  /** What the debtor asked for, acted on directly instead of showing the menu. */
  request?: { intent: Intent; entities: Entities };
}

type Destination = 'payInFull' | 'plan' | 'promise' | 'details' | 'person' | 'settle' | 'menu' | 'goodbye' | 'whoIsThis';

const menuOrder = ['payInFull', 'plan', 'promise', 'details', 'person', 'settle'] as const;

const destinationByIntent: Partial<Record<Intent, Destination>> = {
  pay_in_full: 'payInFull',
  make_payment: 'payInFull',
  payment_plan: 'plan',
  promise_to_pay: 'promise',
  // Offered where the policy tier allows; SettleDialog says plainly when it does not.
  settlement_request: 'settle',
  balance_question: 'details',
  fees_interest_question: 'details',
  payment_history: 'details',
  greeting: 'menu',
  help: 'menu',
  repeat: 'menu',
  goodbye: 'goodbye',
  thanks: 'goodbye',
  who_is_this: 'whoIsThis',
};

/** The numbered menu (SMS) or buttons (web chat), and free text routed to the same places. */
export class MenuDialog extends ComponentDialog {
  constructor(private readonly services: DialogServices) {
    super(MENU_DIALOG);
    this.addDialog(new TextPrompt(MENU_PROMPT, this.understoodChoice));
    this.addDialog(new PayInFullDialog(services));
    this.addDialog(new PlanDialog(services));
    this.addDialog(new PromiseDialog(services));
    this.addDialog(new SettleDialog(services));
    this.addDialog(new WaterfallDialog<MenuOptions>(MENU_STEPS, [this.chooseStep, this.dispatchStep, this.anythingElseStep]));
    this.initialDialogId = MENU_STEPS;
  }

  private choices(step: { context: WaterfallStepContext['context'] }, account: Account): Choice[] {
    const say = messagesFor(step.context);
    const withSettlement = settlementFor(account, this.services.policy, localToday(account, this.services.clock)) !== null;
    const shown = menuOrder.filter((item) => item !== 'settle' || withSettlement);
    return shown.map((item, index) => ({ value: String(index + 1), title: say.menuChoices[item] }));
  }

  private destinationOf(context: WaterfallStepContext['context'], account: Account): Destination | undefined {
    const { recognition } = turnFacts(context);
    if (recognition.entities.menuChoice !== undefined) {
      const shown = this.choices({ context }, account);
      const chosen = shown[recognition.entities.menuChoice - 1];
      if (chosen) return menuOrder.find((item) => messagesFor(context).menuChoices[item] === chosen.title);
    }
    if (/^\s*(menu|men[uú]|options|opciones)\s*$/i.test(context.activity.text ?? '')) return 'menu';
    return destinationByIntent[recognition.intent];
  }

  private understoodChoice = async (prompt: PromptValidatorContext<string>) => {
    const account = turnFacts(prompt.context).account;
    return account !== null && this.destinationOf(prompt.context, account) !== undefined;
  };

  private chooseStep = async (step: WaterfallStepContext<MenuOptions>) => {
    const facts = turnFacts(step.context);
    const { account } = facts;
    if (!account) return step.endDialog();
    const requested = step.options.request ? this.destinationOf(step.context, account) : undefined;
    if (collectionPaused(facts, account) && requested !== 'person') {
      // A hold (dispute awaiting verification, cease, bankruptcy...): no offers, but never silence.
      await step.context.sendActivity(message(messagesFor(step.context).noOffers));
      return step.endDialog();
    }
    if (requested && requested !== 'menu') {
      (step.values as MenuValues).destination = requested;
      return step.next();
    }
    const say = messagesFor(step.context);
    return step.prompt(MENU_PROMPT, {
      prompt: choiceMessage(step.context, say.menuIntro, this.choices(step, account)),
      retryPrompt: message(say.notUnderstood),
    });
  };

  private dispatchStep = async (step: WaterfallStepContext<MenuOptions>) => {
    const { account, recognition } = turnFacts(step.context);
    if (!account) return step.endDialog();
    const destination = (step.values as MenuValues).destination ?? this.destinationOf(step.context, account);
    const say = messagesFor(step.context);
    // Offers keep the terms the debtor named in dialog state, never a verification answer (PRV-02).
    const entities = withoutVerificationAnswers(recognition.entities);
    switch (destination) {
      case 'payInFull':
        return step.beginDialog(PAY_IN_FULL_DIALOG);
      case 'plan':
        return step.beginDialog(PLAN_DIALOG, { entities });
      case 'promise':
        return step.beginDialog(PROMISE_DIALOG, { entities });
      case 'settle':
        return step.beginDialog(SETTLE_DIALOG, { entities });
      case 'details':
        await step.context.sendActivity(balanceDetails(step, account));
        return step.next();
      case 'person':
        await openHandoff(step.context, this.services, 'requested_person');
        return step.endDialog();
      case 'goodbye':
        await step.context.sendActivity(message(say.goodbye));
        return step.endDialog();
      case 'whoIsThis':
        await step.context.sendActivity(message(say.whoIsThis(this.services.policy.creditor.name)));
        return step.replaceDialog(MENU_DIALOG, {});
      default:
        return step.replaceDialog(MENU_DIALOG, {});
    }
  };

  private anythingElseStep = async (step: WaterfallStepContext<MenuOptions>) => {
    await step.context.sendActivity(message(messagesFor(step.context).anythingElse));
    return step.endDialog();
  };
}

function balanceDetails(step: WaterfallStepContext, account: Account) {
  const say = messagesFor(step.context);
  const it = account.itemization;
  if (!it) return message(say.noItemization(account.balanceCents), { collectionContent: true, amounts: [account.balanceCents] });
  const card = {
    title: say.cards.balanceTitle,
    rows: [
      { label: say.cards.owedOn(it.itemizationDate), amountCents: it.itemizationBalanceCents },
      { label: say.cards.interest, amountCents: it.interestSinceCents },
      { label: say.cards.fees, amountCents: it.feesSinceCents },
      { label: say.cards.payments, amountCents: it.paymentsSinceCents },
      { label: say.cards.credits, amountCents: it.creditsSinceCents },
    ],
    totalLabel: say.cards.total,
    totalCents: account.balanceCents,
  };
  const text = message(
    say.itemization({
      date: it.itemizationDate,
      start: it.itemizationBalanceCents,
      interest: it.interestSinceCents,
      fees: it.feesSinceCents,
      payments: it.paymentsSinceCents,
      credits: it.creditsSinceCents,
      balance: account.balanceCents,
    }),
    {
      collectionContent: true,
      amounts: [it.itemizationBalanceCents, it.interestSinceCents, it.feesSinceCents, it.paymentsSinceCents, it.creditsSinceCents, account.balanceCents],
      dates: [it.itemizationDate],
    },
  );
  return withReceiptCard(step.context, text, card);
}
