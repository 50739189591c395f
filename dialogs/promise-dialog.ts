import { ComponentDialog, TextPrompt, WaterfallDialog, type PromptValidatorContext, type WaterfallStepContext } from 'botbuilder-dialogs';
import { promiseLimits, proposePromise, type PromiseToPay } from '../src/domain/offers';
import { turnFacts } from '../src/conversation/turn-facts';
import { ConfirmPrompt } from './confirm-prompt';
import { recordIfConfirmed } from './record-arrangement';
import { confirmMessage, message, messagesFor } from './say';
import type { DialogServices, OfferOptions } from './services';
import { localToday } from './today';

/** What the steps of this dialog keep between turns. */
interface PromiseValues { promise?: PromiseToPay }


export const PROMISE_DIALOG = 'promise';
const PROMISE_STEPS = 'promise.steps';
const TERMS_PROMPT = 'promise.terms';
const CONFIRM = 'promise.confirm';

/** A promise to pay an amount on a date, asked until both are known, held to policy by the engine. */
export class PromiseDialog extends ComponentDialog {
  constructor(private readonly services: DialogServices) {
    super(PROMISE_DIALOG);
    this.addDialog(new TextPrompt(TERMS_PROMPT, this.namesAmountOrDate));
    this.addDialog(new ConfirmPrompt(CONFIRM));
    this.addDialog(new WaterfallDialog<OfferOptions>(PROMISE_STEPS, [this.askStep, this.confirmStep, this.recordStep]));
    this.initialDialogId = PROMISE_STEPS;
  }

  private namesAmountOrDate = async (prompt: PromptValidatorContext<string>) => {
    const { entities, intent } = turnFacts(prompt.context).recognition;
    return entities.amountCents !== undefined || entities.date !== undefined || intent === 'deny' || intent === 'cancel_nevermind';
  };

  private askStep = async (step: WaterfallStepContext<OfferOptions>) => {
    const account = turnFacts(step.context).account!;
    const entities = step.options.entities ?? {};
    if (entities.amountCents !== undefined && entities.date !== undefined) return step.next();
    const limits = promiseLimits(account.balanceCents, this.services.policy, localToday(account, this.services.policy, this.services.clock));
    // A payment ask: the gate holds it back where collection content may not go (AI-02, RF-18...).
    const ask = message(messagesFor(step.context).askPromise(limits.window.latest), { collectionContent: true, dates: [limits.window.latest] });
    return step.prompt(TERMS_PROMPT, { prompt: ask });
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
      return step.replaceDialog(PROMISE_DIALOG, { entities: { amountCents, date } } satisfies OfferOptions);
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
