import { ComponentDialog, WaterfallDialog, type PromptValidatorContext, type WaterfallStepContext } from 'botbuilder-dialogs';
import { localToday, type Policy } from '../src/domain/policy';
import { offersFor, proposePlan, type InstallmentPlan, type PlanRefusal } from '../src/domain/offers';
import { windowFrom } from '../src/domain/offers/calendar';
import type { PlanCounterReason } from '../prompts/conversation';
import type { Entities } from '../src/language/recognition';
import { turnFacts } from '../src/conversation/turn-facts';
import { AskPrompt } from './ask-prompt';
import { confirmation, ConfirmPrompt, sayNotRecorded } from './confirm-prompt';
import { PAY_IN_FULL_DIALOG } from './pay-in-full-dialog';
import { recordArrangement, sendPaymentLink } from './record-arrangement';
import { choiceMessage, confirmMessage, message, messagesFor, withReceiptCard } from './say';
import type { DialogServices, OfferOptions } from './services';

/** What the steps of this dialog keep between turns. */
interface PlanValues { plan?: InstallmentPlan; plans?: InstallmentPlan[]; shown?: string[] }

/** The terms named so far, and the plans last listed: the same list is never sent twice as if new. */
interface PlanOptions extends OfferOptions { shown?: string[] }


export const PLAN_DIALOG = 'plan';
const PLAN_STEPS = 'plan.steps';
const PLAN_CHOICE = 'plan.choice';
const CONFIRM = 'plan.confirm';

function planMeta(plans: InstallmentPlan[]) {
  return {
    collectionContent: true,
    amounts: plans.flatMap((plan) => plan.runs.map((run) => run.amountCents)),
    dates: plans.flatMap((plan) => [plan.firstDueDate, plan.lastDueDate]),
  };
}

/** The policy limit a refused request went past, with the figure the debtor is told. */
function counterReason(reason: PlanRefusal, policy: Policy, today: string): PlanCounterReason {
  switch (reason) {
    case 'exceeds_max_term':
      return { reason, maxMonths: policy.plans.maxMonths };
    case 'below_min_installment':
      return { reason, minInstallmentCents: policy.plans.minInstallment };
    case 'first_date_outside_window':
      return { reason, latestFirst: windowFrom(today, policy.plans.firstPaymentWithinDays).latest };
    case 'frequency_not_allowed':
      return { reason };
  }
}

function asksForTerms(entities: Entities): boolean {
  return entities.amountCents !== undefined || entities.frequency !== undefined || entities.date !== undefined;
}

/**
 * Installment plans: the debtor picks one of the engine's plans or names terms ("100 a month");
 * the engine grants them or answers with the nearest plans policy allows. Confirmed before recording.
 */
export class PlanDialog extends ComponentDialog {
  constructor(private readonly services: DialogServices) {
    super(PLAN_DIALOG);
    this.addDialog(new AskPrompt(PLAN_CHOICE, this.choiceOrTerms));
    this.addDialog(new ConfirmPrompt(CONFIRM));
    this.addDialog(new WaterfallDialog<PlanOptions>(PLAN_STEPS, [this.offerStep, this.pickStep, this.confirmStep, this.recordStep]));
    this.initialDialogId = PLAN_STEPS;
  }

  private offerStep = async (step: WaterfallStepContext<PlanOptions>) => {
    const account = turnFacts(step.context).account!;
    const { policy, clock } = this.services;
    const today = localToday(account, policy, clock);
    const say = messagesFor(step.context);
    const entities = step.options.entities ?? {};

    let plans: InstallmentPlan[];
    let countered: PlanCounterReason | undefined;
    if (asksForTerms(entities)) {
      const proposal = proposePlan(account.balanceCents, policy, today, {
        frequency: entities.frequency,
        amountCents: entities.amountCents,
        firstDate: entities.date,
      });
      if (proposal.accepted) {
        (step.values as PlanValues).plan = proposal.plan;
        return step.next();
      }
      // "$2000 a month" on a smaller balance is paying in full, not a plan of one payment.
      if (proposal.reason === 'pays_in_full') return step.replaceDialog(PAY_IN_FULL_DIALOG);
      countered = counterReason(proposal.reason, policy, today);
      plans = [proposal.plan, ...proposal.alternatives];
    } else {
      plans = offersFor(account, policy, today).filter((offer): offer is InstallmentPlan => offer.kind === 'plan' && offer.count > 1);
    }
    if (plans.length === 0) {
      await step.context.sendActivity(message(say.noOffers));
      return step.endDialog();
    }
    // The first start is said once, in the intro; a plan starting later says its own.
    const start = plans.map((plan) => plan.firstDueDate).sort()[0]!;
    const choices = plans.map((plan, index) => ({
      value: String(index + 1),
      title: plan.firstDueDate === start ? say.planTerms(plan.runs, plan.frequency) : say.planChoice(plan.runs, plan.frequency, plan.firstDueDate),
    }));
    const titles = choices.map((choice) => choice.title);
    Object.assign(step.values as PlanValues, { plans, shown: titles });
    // New terms that lead to the very plans just listed ("100", then "monthly") say so.
    const sameAgain = step.options.shown !== undefined && titles.join('\n') === step.options.shown.join('\n');
    if (sameAgain) await step.context.sendActivity(message(say.planSameAgain));
    // Terms the policy cannot meet: the list opens with that, in one message (issue #15 item 6).
    const intro = countered && !sameAgain ? say.planCounter(plans.length, start, countered) : say.planIntro(start);
    const meta = planMeta(plans);
    // The policy's own figure said with the counter is a stated amount or date like the plans'.
    if (countered?.reason === 'below_min_installment') meta.amounts.push(countered.minInstallmentCents);
    if (countered?.reason === 'first_date_outside_window') meta.dates.push(countered.latestFirst);
    return step.prompt(PLAN_CHOICE, {
      prompt: choiceMessage(step.context, intro, choices, meta),
      retryPrompt: message(say.rephrasePlanChoice(plans.length)),
      validations: { count: plans.length },
    });
  };

  private choiceOrTerms = async (prompt: PromptValidatorContext<string>) => {
    const { entities, intent } = turnFacts(prompt.context).recognition;
    const { count } = prompt.options.validations as { count: number };
    const choice = entities.menuChoice;
    const onlyOne = count === 1 && intent === 'affirm';
    return (choice !== undefined && choice >= 1 && choice <= count) || onlyOne || asksForTerms(entities) || intent === 'deny' || intent === 'cancel_nevermind';
  };

  private pickStep = async (step: WaterfallStepContext<PlanOptions>) => {
    if ((step.values as PlanValues).plan) return step.next();
    const { entities, intent } = turnFacts(step.context).recognition;
    if (intent === 'deny' || intent === 'cancel_nevermind') {
      await step.context.sendActivity(message(messagesFor(step.context).cancelled));
      return step.endDialog();
    }
    const plans = (step.values as PlanValues).plans!;
    // "yes" to the one plan listed picks it; recording it still waits for the yes to its terms.
    const chosen = entities.menuChoice !== undefined ? plans[entities.menuChoice - 1] : plans.length === 1 && intent === 'affirm' && !asksForTerms(entities) ? plans[0] : undefined;
    // New terms add to the ones named before ("100 a month", then "starting the 15th"): both are kept.
    const { menuChoice: _choice, ...terms } = entities;
    if (!chosen) {
      const shown = (step.values as PlanValues).shown;
      return step.replaceDialog(PLAN_STEPS, { entities: { ...step.options.entities, ...terms }, ...(shown ? { shown } : {}) } satisfies PlanOptions);
    }
    (step.values as PlanValues).plan = chosen;
    return step.next();
  };

  private confirmStep = async (step: WaterfallStepContext<PlanOptions>) => {
    const plan = (step.values as PlanValues).plan!;
    const say = messagesFor(step.context);
    const confirm = withReceiptCard(step.context, confirmMessage(step.context, say.planConfirm(plan.runs, plan.frequency, plan.firstDueDate, plan.lastDueDate), planMeta([plan])), {
      title: say.cards.scheduleTitle,
      rows: plan.installments.map((installment) => ({ label: say.cards.dueOn(installment.dueDate), amountCents: installment.amountCents })),
      totalLabel: say.cards.planTotal,
      totalCents: plan.totalCents,
    });
    return step.prompt(CONFIRM, { prompt: confirm });
  };

  private recordStep = async (step: WaterfallStepContext<PlanOptions>) => {
    const plan = (step.values as PlanValues).plan!;
    const say = messagesFor(step.context);
    const consent = confirmation(step.context);
    // "No" (Reply ... NO to change it) offers the plans again; no clear answer ends unrecorded.
    if (consent === 'no') return step.replaceDialog(PLAN_STEPS, {} satisfies OfferOptions);
    if (consent === 'unclear') {
      await sayNotRecorded(step.context, consent);
      return step.endDialog();
    }
    const arrangement = await recordArrangement(step.context, this.services, {
      kind: 'plan',
      frequency: plan.frequency,
      totalCents: plan.totalCents,
      installments: plan.installments.map((installment) => ({ ...installment, status: 'scheduled' })),
    });
    await step.context.sendActivity(message(say.recordedPlan(plan.runs, plan.frequency, plan.firstDueDate), planMeta([plan])));
    await sendPaymentLink(step.context, arrangement);
    return step.endDialog(arrangement.id);
  };
}
