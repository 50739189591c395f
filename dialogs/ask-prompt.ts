import type { Activity, TurnContext } from 'botbuilder';
import { TextPrompt, type PromptOptions, type PromptValidator } from 'botbuilder-dialogs';
import { messagesFor } from './say';

/** Set for the turn when a prompt gave up on the debtor's answers: its parent offers the choices and a person. */
const STUCK = Symbol('amicable.promptStuck');

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
    if (misses === 2 && options.retryPrompt) {
      await context.sendActivity(options.retryPrompt);
      return;
    }
    const ask = options.prompt as Partial<Activity>;
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

/** Whether a prompt gave up on this turn's answer (see AskPrompt). */
export function promptStuck(context: TurnContext): boolean {
  return context.turnState.get(STUCK) === true;
}
