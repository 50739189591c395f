import type { TurnContext } from 'botbuilder';
import { ComponentDialog, Dialog, WaterfallDialog, type DialogContext, type DialogTurnResult, type PromptOptions, type PromptValidatorContext, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Account } from '../src/domain/account';
import { localToday } from '../src/domain/policy';
import { settlementFor } from '../src/domain/offers';
import type { Entities, Intent } from '../src/language/recognition';
import { collectionPaused, turnFacts } from '../src/conversation/turn-facts';
import { withoutVerificationAnswers } from '../src/language/verification-answers';
import { AskPrompt, promptStuck } from './ask-prompt';
import { confirmation, ConfirmPrompt } from './confirm-prompt';
import { interruptionAt, type Destination, type Heard, type Interruption, type OpenPrompt } from './interruptions';
import { openHandoff } from './rights';
import { PayInFullDialog, PAY_IN_FULL_DIALOG } from './pay-in-full-dialog';
import { PlanDialog, PLAN_DIALOG } from './plan-dialog';
import { PromiseDialog, PROMISE_DIALOG } from './promise-dialog';
import { choiceMessage, message, messagesFor, withReceiptCard, type Choice } from './say';
import type { DialogServices } from './services';
import { SettleDialog, SETTLE_DIALOG } from './settle-dialog';
import { holdsFirm } from '../src/language/holding-firm';
import { declinesPlan } from '../src/language/declined-plan';
import { isMenuWord } from '../src/language/menu-word';
import { hesitates } from '../src/language/explicit-consent';

type MenuPromptOptions = PromptOptions & { validations?: { patience: number } };

/** What the steps of this dialog keep between turns. */
interface MenuValues {
  destination?: Destination;
  /** The terms of a request made before verification ("100 a month"), kept for the offer it leads to. */
  entities?: Entities;
}

export const MENU_DIALOG = 'menu';
const MENU_STEPS = 'menu.steps';
const MENU_PROMPT = 'menu.prompt';

export interface MenuOptions {
  /** What the debtor asked for, acted on directly instead of showing the menu. */
  request?: { intent: Intent; entities: Entities };
  /** Where an interruption at a prompt sends the debtor (read from this turn's message). */
  destination?: Destination;
  /** The debtor's answers missed a question three times: the menu opens with the choices and a person. */
  stuck?: boolean;
}

const menuOrder = ['payInFull', 'plan', 'promise', 'details', 'person', 'settle'] as const;

const destinationByIntent: Readonly<Partial<Record<Intent, Destination>>> = {
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

/** Where the menu sends a request understood as `intent`, if anywhere. */
export function requestDestination(intent: Intent): Destination | undefined {
  return destinationByIntent[intent];
}

/**
 * The terms named decide between the offers: a payment that recurs ("200 on the 1st and 15th",
 * read as a promise) is a plan, and "i can pay 100" (read as making a payment) is a promise of
 * that part of the balance, whose date is then asked for, not an offer of the whole balance.
 */
function byTerms(destination: Destination | undefined, { entities, intent }: { entities: Entities; intent: Intent }, account: Account): Destination | undefined {
  if ((destination === 'promise' || intent === 'make_payment') && entities.frequency !== undefined) return 'plan';
  const part = entities.amountCents !== undefined && entities.amountCents < account.balanceCents;
  return intent === 'make_payment' && part ? 'promise' : destination;
}

/** Below this the classifier's "help" is a debtor lost at the question, not a request for the menu. */
const FAINT_HELP = 0.5;

/** The numbered menu (SMS) or buttons (web chat), and free text routed to the same places. */
export class MenuDialog extends ComponentDialog {
  constructor(private readonly services: DialogServices) {
    super(MENU_DIALOG);
    this.addDialog(new AskPrompt(MENU_PROMPT, this.understoodChoice));
    this.addDialog(new PayInFullDialog(services));
    this.addDialog(new PlanDialog(services));
    this.addDialog(new PromiseDialog(services));
    this.addDialog(new SettleDialog(services));
    this.addDialog(new WaterfallDialog<MenuOptions>(MENU_STEPS, [this.chooseStep, this.dispatchStep, this.anythingElseStep]));
    this.initialDialogId = MENU_STEPS;
  }

  private choices(step: { context: WaterfallStepContext['context'] }, account: Account): Choice[] {
    const say = messagesFor(step.context);
    const withSettlement = settlementFor(account, this.services.policy, localToday(account, this.services.policy, this.services.clock)) !== null;
    const shown = menuOrder.filter((item) => item !== 'settle' || withSettlement);
    return shown.map((item, index) => ({ value: String(index + 1), title: say.menuChoices[item] }));
  }

  /** The one routing table: a menu number (at the menu only), MENU, or what the debtor asked for. */
  private destinationOf(context: TurnContext, account: Account, atMenu = true): Destination | undefined {
    const { recognition } = turnFacts(context);
    if (atMenu && recognition.entities.menuChoice !== undefined) {
      const shown = this.choices({ context }, account);
      const chosen = shown[recognition.entities.menuChoice - 1];
      if (chosen) return menuOrder.find((item) => messagesFor(context).menuChoices[item] === chosen.title);
    }
    const text = context.activity.text ?? '';
    if (isMenuWord(text)) return 'menu';
    const destination = byTerms(destinationByIntent[recognition.intent], recognition, account);
    // "I don't want a payment plan" names a plan only to turn it down.
    return destination === 'plan' && declinesPlan(text) ? undefined : destination;
  }

  /**
   * Interruptions at every prompt of the menu's flows (issue #15): a question is answered and the
   * open question asked again; MENU or a new request drops it and goes where the menu would; a
   * prompt that gave up after three misses gives way to the choices and a person.
   */
  protected override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    const account = turnFacts(inner.context).account;
    const open = openPrompt(inner);
    if (account && open) {
      const interruption = interruptionAt(open.prompt, this.heard(inner.context, account, open.prompt.confirming));
      const handled = await this.interrupt(inner, account, interruption);
      if (handled) return handled;
    }
    const result = await super.onContinueDialog(inner);
    if (!promptStuck(inner.context)) return result;
    await inner.cancelAllDialogs();
    // Missed again right after the choices and a person were offered: the plain menu, and the ladder
    // starts over. Junk opens no case (issue #20 item 3); "talk to a person" is always one word away.
    const offeredAlready = open?.prompt.flow === 'menu' && open.stuck;
    return inner.beginDialog(MENU_STEPS, (offeredAlready ? {} : { stuck: true }) satisfies MenuOptions);
  }

  private heard(context: TurnContext, account: Account, confirming: boolean): Heard {
    const { intent, entities, confidence } = turnFacts(context).recognition;
    const text = context.activity.text ?? '';
    // "ummm what do u mean" is read as a faint request for help: the debtor is lost at this
    // question, so it is asked again in other words (a miss), not dropped for the menu.
    const lostAtQuestion = intent === 'help' && (confidence ?? 0) < FAINT_HELP;
    return {
      intent,
      destination: lostAtQuestion ? undefined : this.destinationOf(context, account, false),
      menuWord: isMenuWord(text),
      // Only a date or digits count as terms beside it: the amount parser reads "one payment" as $1.
      declinesPlan: declinesPlan(text) && entities.date === undefined && !/\d/.test(text),
      namesTerms: entities.amountCents !== undefined || entities.date !== undefined || entities.frequency !== undefined,
      namesFrequency: entities.frequency !== undefined,
      ...(confirming ? { consent: confirmation(context), holdsFirm: holdsFirm(text), hesitates: hesitates(text) } : {}),
    };
  }

  private async interrupt(inner: DialogContext, account: Account, interruption: Interruption): Promise<DialogTurnResult | null> {
    switch (interruption.kind) {
      case 'none':
        return null;
      case 'answer':
        await inner.context.sendActivity(
          interruption.destination === 'details' ? balanceDetails(inner.context, account) : message(messagesFor(inner.context).whoIsThis(this.services.policy.creditor.name)),
        );
        await inner.repromptDialog();
        return Dialog.EndOfTurn;
      case 'repeat':
        await inner.repromptDialog();
        return Dialog.EndOfTurn;
      case 'planDeclined':
        await inner.context.sendActivity(message(messagesFor(inner.context).noPlanThen));
        await inner.repromptDialog();
        return Dialog.EndOfTurn;
      case 'switch':
        await inner.cancelAllDialogs();
        return inner.beginDialog(MENU_STEPS, { destination: interruption.destination } satisfies MenuOptions);
    }
  }

  private understoodChoice = async (prompt: PromptValidatorContext<string>) => {
    const account = turnFacts(prompt.context).account;
    return account !== null && this.destinationOf(prompt.context, account) !== undefined;
  };

  private chooseStep = async (step: WaterfallStepContext<MenuOptions>) => {
    const facts = turnFacts(step.context);
    const { account } = facts;
    if (!account) return step.endDialog();
    const { request } = step.options;
    // A request made before verification is answered by what it asked, not by the turn that
    // finished verifying (a ZIP code): "I want a payment plan" leads to the plans.
    const fromRequest = request ? byTerms(destinationByIntent[request.intent], request, account) ?? this.destinationOf(step.context, account) : undefined;
    // "who is this?" was answered by the greeting that asked for verification: not said again after it.
    const requested = step.options.destination ?? (fromRequest === 'whoIsThis' ? undefined : fromRequest);
    if (collectionPaused(facts, account) && requested !== 'person') {
      // A hold (dispute awaiting verification, cease, bankruptcy...): no offers, but never silence.
      await step.context.sendActivity(message(messagesFor(step.context).noOffers));
      return step.endDialog();
    }
    if (requested && requested !== 'menu') {
      (step.values as MenuValues).destination = requested;
      if (request) (step.values as MenuValues).entities = request.entities;
      return step.next();
    }
    const say = messagesFor(step.context);
    return step.prompt(MENU_PROMPT, {
      prompt: choiceMessage(step.context, step.options.stuck ? say.stuckMenuIntro : say.menuIntro, this.choices(step, account)),
      retryPrompt: message(say.rephraseMenu),
      // After the choices and a person were offered, one more miss shows the plain menu.
      ...(step.options.stuck ? { validations: { patience: 1 } } : {}),
    } satisfies MenuPromptOptions);
  };

  private dispatchStep = async (step: WaterfallStepContext<MenuOptions>) => {
    const { account, recognition } = turnFacts(step.context);
    if (!account) return step.endDialog();
    const destination = (step.values as MenuValues).destination ?? this.destinationOf(step.context, account);
    const say = messagesFor(step.context);
    // Offers keep the terms the debtor named in dialog state, never a verification answer (PRV-02).
    const entities = (step.values as MenuValues).entities ?? withoutVerificationAnswers(recognition.entities);
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
        await step.context.sendActivity(balanceDetails(step.context, account));
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

/** The question the debtor is answering: the innermost prompt under the menu, and the flow it belongs to. */
function openPrompt(inner: DialogContext): { prompt: OpenPrompt; stuck: boolean } | null {
  let dc = inner;
  while (dc.child) dc = dc.child;
  const active = dc.activeDialog;
  if (!active) return null;
  const dialog = dc.findDialog(active.id);
  if (!(dialog instanceof AskPrompt || dialog instanceof ConfirmPrompt)) return null;
  // Prompt ids are "<flow>.<question>", the flow being the dialog that asks (plan.choice, promise.confirm...).
  const flow = active.id.split('.')[0] as Destination;
  const stuck = (active.state as { options?: MenuPromptOptions }).options?.validations?.patience === 1;
  return { prompt: { flow, confirming: dialog instanceof ConfirmPrompt }, stuck };
}

function balanceDetails(context: TurnContext, account: Account) {
  const say = messagesFor(context);
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
  return withReceiptCard(context, text, card);
}
