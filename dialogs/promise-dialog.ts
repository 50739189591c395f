import { ComponentDialog, WaterfallDialog, type PromptValidatorContext, type WaterfallStepContext } from 'botbuilder-dialogs';
import { localToday } from '../src/domain/policy';
import { promiseLimits, proposePromise, type PromiseToPay } from '../src/domain/offers';
import { isWithin } from '../src/domain/offers/calendar';
import type { Entities } from '../src/language/recognition';
import { turnFacts } from '../src/conversation/turn-facts';
import { AskPrompt } from './ask-prompt';
import { ConfirmPrompt } from './confirm-prompt';
import { recordIfConfirmed } from './record-arrangement';
import { confirmMessage, message, messagesFor } from './say';
import type { DialogServices, OfferOptions } from './services';

/** What the steps of this dialog keep between turns. */
interface PromiseValues { promise?: PromiseToPay }


export const PROMISE_DIALOG = 'promise';
const PROMISE_STEPS = 'promise.steps';
const TERMS_PROMPT = 'promise.terms';
const CONFIRM = 'promise.confirm';

/**
 * A promise to pay an amount on a date, held to policy by the engine. What the debtor already said
 * (an amount, a date) is kept in the dialog's options and only the missing part is asked for.
 */
export class PromiseDialog extends ComponentDialog {
  constructor(private readonly services: DialogServices) {
    super(PROMISE_DIALOG);
    this.addDialog(new AskPrompt(TERMS_PROMPT, this.namesAmountOrDate));
    this.addDialog(new ConfirmPrompt(CONFIRM));
    this.addDialog(new WaterfallDialog<OfferOptions>(PROMISE_STEPS, [this.askStep, this.confirmStep, this.recordStep]));
    this.initialDialogId = PROMISE_STEPS;
  }

  /** An answer brings an amount or a date not known yet; the date said again ("the 15th") is a miss. */
  private namesAmountOrDate = async (prompt: PromptValidatorContext<string>) => {
    const { entities, intent } = turnFacts(prompt.context).recognition;
    const { known } = prompt.options.validations as { known: Entities };
    const newAmount = entities.amountCents !== undefined && entities.amountCents !== known.amountCents;
    const newDate = entities.date !== undefined && entities.date !== known.date;
    return newAmount || newDate || intent === 'deny' || intent === 'cancel_nevermind';
  };

  private askStep = async (step: WaterfallStepContext<OfferOptions>) => {
    const account = turnFacts(step.context).account!;
    const entities = step.options.entities ?? {};
    if (entities.amountCents !== undefined && entities.date !== undefined) return step.next();
    const limits = promiseLimits(account.balanceCents, this.services.policy, localToday(account, this.services.policy, this.services.clock));
    const latest = limits.window.latest;
    const say = messagesFor(step.context);
    // A payment ask: the gate holds it back where collection content may not go (AI-02, RF-18...).
    // Only terms the engine could grant are repeated back; anything else is clamped at the confirmation.
    const { date, amountCents } = entities;
    const dateKept = date !== undefined && isWithin(date, limits.window);
    const amountKept = amountCents !== undefined && amountCents >= limits.minAmountCents && amountCents <= limits.maxAmountCents;
    // The rephrased ask after a second miss still asks only for the missing part (issue #15).
    const [askText, retryText, meta] = dateKept
      ? [say.askPromiseAmount(date, account.balanceCents), say.rephrasePromiseAmount(date, account.balanceCents), { amounts: [account.balanceCents], dates: [date] }]
      : amountKept
        ? [say.askPromiseDate(amountCents, latest), say.rephrasePromiseDate(amountCents, latest), { amounts: [amountCents], dates: [latest] }]
        : [say.askPromise(latest), say.rephrasePromise(latest), { dates: [latest] }];
    // A day past the window is not repeated back, and the question is not sent again unexplained.
    const tooLate = date !== undefined && !dateKept && date > latest;
    const prompt = message(tooLate ? `${say.promiseDayTooLate(latest)} ${askText}` : askText, { collectionContent: true, ...meta });
    const retryPrompt = message(retryText, { collectionContent: true, ...meta });
    return step.prompt(TERMS_PROMPT, { prompt, retryPrompt, validations: { known: entities } });
  };

  private confirmStep = async (step: WaterfallStepContext<OfferOptions>) => {
    const facts = turnFacts(step.context);
    const account = facts.account!;
    const say = messagesFor(step.context);
    if (step.result !== undefined && (facts.recognition.intent === 'deny' || facts.recognition.intent === 'cancel_nevermind')) {
      await step.context.sendActivity(message(say.cancelled));
      return step.endDialog();
    }
    const earlier = step.options.entities ?? {};
    const now = step.result !== undefined ? facts.recognition.entities : {};
    const amountCents = now.amountCents ?? earlier.amountCents;
    const date = now.date ?? earlier.date;
    if (amountCents === undefined || date === undefined) {
      return step.replaceDialog(PROMISE_STEPS, { entities: { amountCents, date } } satisfies OfferOptions);
    }
    const proposal = proposePromise(account.balanceCents, this.services.policy, localToday(account, this.services.policy, this.services.clock), { amountCents, date });
    if (!proposal.accepted) await step.context.sendActivity(message(say.promiseCounter));
    (step.values as PromiseValues).promise = proposal.promise;
    const confirm = confirmMessage(step.context, say.promiseConfirm(proposal.promise.totalCents, proposal.promise.dueDate), {
      collectionContent: true,
      amounts: [proposal.promise.totalCents],
      dates: [proposal.promise.dueDate],
    });
    return step.prompt(CONFIRM, { prompt: confirm });
  };

  private recordStep = async (step: WaterfallStepContext<OfferOptions>) => {
    const promise = (step.values as PromiseValues).promise!;
    const say = messagesFor(step.context);
    return recordIfConfirmed(
      step,
      this.services,
      { kind: 'promise', totalCents: promise.totalCents, installments: promise.installments.map((i) => ({ ...i, status: 'scheduled' })) },
      message(say.recordedPromise(promise.totalCents, promise.dueDate), { collectionContent: true, amounts: [promise.totalCents], dates: [promise.dueDate] }),
    );
  };
}
