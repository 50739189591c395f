import { ComponentDialog, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { localToday } from '../src/domain/policy';
import { payInFull, type PayInFull } from '../src/domain/offers';
import { turnFacts } from '../src/conversation/turn-facts';
import { ConfirmPrompt } from './confirm-prompt';
import { recordIfConfirmed } from './record-arrangement';
import { confirmMessage, message, messagesFor } from './say';
import type { DialogServices } from './services';

/** What the steps of this dialog keep between turns. */
interface PayInFullValues { offer?: PayInFull }


export const PAY_IN_FULL_DIALOG = 'payInFull';
const STEPS = 'payInFull.steps';
const CONFIRM = 'payInFull.confirm';

/** The whole balance by the policy's first-payment date, with a signed payment link. */
export class PayInFullDialog extends ComponentDialog {
  constructor(private readonly services: DialogServices) {
    super(PAY_IN_FULL_DIALOG);
    this.addDialog(new ConfirmPrompt(CONFIRM));
    this.addDialog(new WaterfallDialog(STEPS, [this.offerStep, this.recordStep]));
    this.initialDialogId = STEPS;
  }

  private offerStep = async (step: WaterfallStepContext) => {
    const account = turnFacts(step.context).account!;
    const offer = payInFull(account.balanceCents, this.services.policy, localToday(account, this.services.policy, this.services.clock));
    (step.values as PayInFullValues).offer = offer;
    const ask = confirmMessage(step.context, messagesFor(step.context).payInFullOffer(offer.totalCents, offer.dueDate), {
      collectionContent: true,
      amounts: [offer.totalCents],
      dates: [offer.dueDate],
    });
    return step.prompt(CONFIRM, { prompt: ask });
  };

  private recordStep = async (step: WaterfallStepContext) => {
    const offer = (step.values as PayInFullValues).offer!;
    const say = messagesFor(step.context);
    return recordIfConfirmed(
      step,
      this.services,
      { kind: 'pay_in_full', totalCents: offer.totalCents, installments: offer.installments.map((i) => ({ ...i, status: 'scheduled' })) },
      message(say.recordedPayInFull(offer.totalCents, offer.dueDate), { collectionContent: true, amounts: [offer.totalCents], dates: [offer.dueDate] }),
    );
  };
}
