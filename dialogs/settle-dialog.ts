import { ComponentDialog, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { localToday } from '../src/domain/policy';
import type { Cents } from '../src/domain/money';
import { counterOfferFor, proposeSettlement, type CounterOffer, type Settlement } from '../src/domain/offers';
import { holdsFirm } from '../src/language/holding-firm';
import { turnFacts } from '../src/conversation/turn-facts';
import { confirmation, ConfirmPrompt } from './confirm-prompt';
import { recordIfConfirmed } from './record-arrangement';
import { openHandoff } from './rights';
import { confirmMessage, message, messagesFor } from './say';
import type { DialogServices, OfferOptions } from './services';

/** What the steps of this dialog keep between turns. */
interface SettleValues {
  settlement?: Settlement;
  /** The debtor's own figure below policy, already answered with the lowest the policy allows. */
  counteredCents?: Cents;
}

export const SETTLE_DIALOG = 'settle';
const STEPS = 'settle.steps';
const CONFIRM = 'settle.confirm';

/**
 * A settlement only within the policy tier for the account's age (FL-01). A figure below it is
 * answered with the lowest the policy allows; a debtor who holds to theirs (names a figure below
 * policy again, or says it is all they can do) has it passed to a specialist as a counter-offer on
 * a settlement_beyond_policy case. The assistant never bargains: one answer, then a person.
 */
export class SettleDialog extends ComponentDialog {
  constructor(private readonly services: DialogServices) {
    super(SETTLE_DIALOG);
    // Besides yes or no, the offer's question takes a figure of the debtor's, or their standing by one.
    this.addDialog(new ConfirmPrompt(CONFIRM, (context) => turnFacts(context).recognition.entities.amountCents !== undefined || holdsFirm(context.activity.text ?? '')));
    this.addDialog(new WaterfallDialog<OfferOptions>(STEPS, [this.offerStep, this.answerStep]));
    this.initialDialogId = STEPS;
  }

  private offerStep = async (step: WaterfallStepContext<OfferOptions>) => {
    const account = turnFacts(step.context).account!;
    const say = messagesFor(step.context);
    const entities = step.options.entities ?? {};
    const proposal = proposeSettlement(account, this.services.policy, localToday(account, this.services.policy, this.services.clock), {
      amountCents: entities.amountCents,
      date: entities.date,
    });
    if (!proposal.accepted && proposal.reason === 'not_offered') {
      // The message names the alternatives (plan, promise, person); no "Anything else?" after it.
      await step.context.sendActivity(message(say.noSettlement));
      return step.cancelAllDialogs(true);
    }
    const settlement = proposal.accepted ? proposal.settlement : proposal.counter;
    const values = step.values as SettleValues;
    values.settlement = settlement;
    const meta = { collectionContent: true, amounts: [settlement.totalCents, settlement.originalBalanceCents], dates: [settlement.dueDate] };
    if (!proposal.accepted && proposal.reason === 'beyond_policy') {
      values.counteredCents = entities.amountCents;
      const ask = say.settlementBeyondPolicy(settlement.totalCents, settlement.originalBalanceCents, settlement.dueDate);
      return step.prompt(CONFIRM, { prompt: confirmMessage(step.context, ask, meta) });
    }
    const ask = confirmMessage(step.context, say.settlementOffer(settlement.totalCents, settlement.originalBalanceCents, settlement.dueDate), meta);
    return step.prompt(CONFIRM, { prompt: ask });
  };

  private answerStep = async (step: WaterfallStepContext<OfferOptions>) => {
    const { settlement, counteredCents } = step.values as SettleValues;
    const { account, recognition } = turnFacts(step.context);
    const say = messagesFor(step.context);
    if (confirmation(step.context) !== 'yes') {
      const offered = recognition.entities.amountCents;
      const today = localToday(account!, this.services.policy, this.services.clock);
      if (offered !== undefined) {
        const counter = counterOfferFor(account!, this.services.policy, today, { amountCents: offered, date: recognition.entities.date });
        if (counter && counteredCents !== undefined) return this.passToSpecialist(step, counter);
        // A figure of theirs: granted (asked again to confirm), or answered once with the lowest the policy allows.
        return step.replaceDialog(STEPS, { entities: { amountCents: offered, date: recognition.entities.date } } satisfies OfferOptions);
      }
      if (counteredCents !== undefined && holdsFirm(step.context.activity.text ?? '')) {
        const counter = counterOfferFor(account!, this.services.policy, today, { amountCents: counteredCents });
        if (counter) return this.passToSpecialist(step, counter);
      }
    }
    return recordIfConfirmed(
      step,
      this.services,
      {
        kind: 'settlement',
        totalCents: settlement!.totalCents,
        originalBalanceCents: settlement!.originalBalanceCents,
        installments: settlement!.installments.map((i) => ({ ...i, status: 'scheduled' })),
      },
      message(say.recordedSettlement(settlement!.totalCents, settlement!.dueDate), {
        collectionContent: true,
        amounts: [settlement!.totalCents],
        dates: [settlement!.dueDate],
      }),
    );
  };

  /** FL-01: an exception goes to a person with its reason and terms; the case id derives from this message. */
  private async passToSpecialist(step: WaterfallStepContext<OfferOptions>, counter: CounterOffer) {
    const say = messagesFor(step.context);
    await step.context.sendActivity(message(say.counterOfferForReview(counter.amountCents), { collectionContent: true, amounts: [counter.amountCents] }));
    await openHandoff(step.context, this.services, 'settlement_beyond_policy', { counterOffer: counter });
    // A person takes it from here: nothing more from the menu.
    return step.cancelAllDialogs(true);
  }
}
