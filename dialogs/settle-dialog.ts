import { ComponentDialog, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { proposeSettlement, type Settlement } from '../src/domain/offers';
import { turnFacts } from '../src/conversation/turn-facts';
import { ConfirmPrompt } from './confirm-prompt';
import { recordIfConfirmed } from './record-arrangement';
import { openHandoff } from './rights';
import { confirmMessage, message, messagesFor } from './say';
import type { DialogServices, OfferOptions } from './services';
import { localToday } from './today';

/** What the steps of this dialog keep between turns. */
interface SettleValues { settlement?: Settlement }


export const SETTLE_DIALOG = 'settle';
const STEPS = 'settle.steps';
const CONFIRM = 'settle.confirm';

/**
 * A settlement only within the policy tier for the account's age (FL-01); anything lower goes to a
 * specialist as settlement_beyond_policy rather than being bargained by the assistant.
 */
export class SettleDialog extends ComponentDialog {
  constructor(private readonly services: DialogServices) {
    super(SETTLE_DIALOG);
    this.addDialog(new ConfirmPrompt(CONFIRM));
    this.addDialog(new WaterfallDialog<OfferOptions>(STEPS, [this.offerStep, this.recordStep]));
    this.initialDialogId = STEPS;
  }

  private offerStep = async (step: WaterfallStepContext<OfferOptions>) => {
    const account = turnFacts(step.context).account!;
    const say = messagesFor(step.context);
    const proposal = proposeSettlement(account, this.services.policy, localToday(account, this.services.policy, this.services.clock), {
      amountCents: step.options.entities?.amountCents,
    });
    if (!proposal.accepted && proposal.reason === 'not_offered') {
      await step.context.sendActivity(message(say.noSettlement));
      return step.endDialog();
    }
    const settlement = proposal.accepted ? proposal.settlement : proposal.counter;
    const meta = { collectionContent: true, amounts: [settlement.totalCents, settlement.originalBalanceCents], dates: [settlement.dueDate] };
    if (!proposal.accepted && proposal.reason === 'beyond_policy') {
      await step.context.sendActivity(message(say.settlementBeyondPolicy(settlement.totalCents), meta));
      await openHandoff(step.context, this.services, 'settlement_beyond_policy');
      return step.endDialog();
    }
    (step.values as SettleValues).settlement = settlement;
    const ask = confirmMessage(step.context, say.settlementOffer(settlement.totalCents, settlement.originalBalanceCents, settlement.dueDate), meta);
    return step.prompt(CONFIRM, { prompt: ask });
  };

  private recordStep = async (step: WaterfallStepContext<OfferOptions>) => {
    const settlement = (step.values as SettleValues).settlement!;
    const say = messagesFor(step.context);
    return recordIfConfirmed(
      step,
      this.services,
      {
        kind: 'settlement',
        totalCents: settlement.totalCents,
        originalBalanceCents: settlement.originalBalanceCents,
        installments: settlement.installments.map((i) => ({ ...i, status: 'scheduled' })),
      },
      message(say.recordedSettlement(settlement.totalCents, settlement.dueDate), {
        collectionContent: true,
        amounts: [settlement.totalCents],
        dates: [settlement.dueDate],
      }),
    );
  };
}
