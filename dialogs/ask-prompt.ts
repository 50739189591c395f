import type { Activity, TurnContext } from 'botbuilder';
import { TextPrompt, type PromptOptions, type PromptValidator } from 'botbuilder-dialogs';
import { messagesFor } from './say';

/** Set for the turn when a prompt gave up on the debtor's answers: its parent offers the choices and a person. */
const STUCK = Symbol('amicable.promptStuck');
/** Set for the turn by a validator that understood the message as something other than an answer. */
const HEARD = Symbol('amicable.promptHeard');

/**
 * A question the debtor answers in free text, never asked three times alike (issue #15): the first
 * miss asks again behind "Sorry, I didn't catch that.", the second sends the prompt's `retryPrompt`
 * (worded differently, with an example), and the third sends nothing here but marks the turn
 * stuck, so the dialog that owns the prompt (the menu) offers the choices and a person instead.
 * A prompt with less patience (see patienceOf) gives up sooner.
 */
export class AskPrompt extends TextPrompt {
  constructor(id: string, validator: PromptValidator<string>) {
    super(id, validator);
  }

  protected override async onPrompt(context: TurnContext, state: { attemptCount?: number }, options: PromptOptions, isRetry: boolean): Promise<void> {
    const misses = isRetry ? (state.attemptCount ?? 1) : 0;
    if (misses === 0) return super.onPrompt(context, state, options, false);
    if (misses >= patienceOf(options)) {
      context.turnState.set(STUCK, true);
      return;
    }
    const ask = options.prompt as Partial<Activity>;
    const heard = context.turnState.get(HEARD) as string | undefined;
    if (heard) {
      await context.sendActivity({ ...ask, text: `${heard} ${questionOf(options) ?? ask.text ?? ''}`.trim() });
      return;
    }
    if (misses === 2 && options.retryPrompt) {
      await context.sendActivity(options.retryPrompt);
      return;
    }
    await context.sendActivity({ ...ask, text: `${messagesFor(context).missReask} ${questionOf(options) ?? ask.text ?? ''}`.trim() });
  }
}

/** The question alone, where the first ask opened with an acknowledgement ("Thanks. What is the ZIP..."). */
function questionOf(options: PromptOptions): string | undefined {
  return (options.validations as { question?: string } | undefined)?.question;
}

/**
 * How many misses a prompt takes before it gives up: three, or what its options say
 * (`validations.patience`), e.g. one where the choices and a person were just offered.
 */
function patienceOf(options: PromptOptions): number {
  return (options.validations as { patience?: number } | undefined)?.patience ?? 3;
}

/**
 * A validator that read the message as something else (a question, a request) says so: the miss
 * is answered by `acknowledgement` before the question instead of "Sorry, I didn't catch that",
 * and still counts, so a debtor who never answers reaches the choices and a person.
 */
export function acknowledgeBeforeReask(context: TurnContext, acknowledgement: string): void {
  context.turnState.set(HEARD, acknowledgement);
}

/** Whether a prompt gave up on this turn's answer (see AskPrompt). */
export function promptStuck(context: TurnContext): boolean {
  return context.turnState.get(STUCK) === true;
}
