import type { TurnContext } from 'botbuilder';
import { TextPrompt, type PromptOptions } from 'botbuilder-dialogs';
import { turnFacts } from '../src/conversation/turn-facts';
import { hesitates, readConsent, type Consent } from '../src/language/explicit-consent';
import { message, messagesFor } from './say';

/**
 * "Shall I record that?" about terms the engine offered. Only an explicit yes records them
 * (issue #20 item 1); an unclear answer ("wait", "ok?", "k") hears the same terms once more,
 * from the question kept in dialog state, and a second unclear answer ends the prompt unrecorded.
 */
export class ConfirmPrompt extends TextPrompt {
  /** `alsoAnswers`: other replies the asking dialog acts on itself (a settlement's counter-offer). */
  constructor(id: string, alsoAnswers: (context: TurnContext) => boolean = () => false) {
    super(id, async (prompt) => confirmation(prompt.context) !== 'unclear' || alsoAnswers(prompt.context) || prompt.attemptCount > 1);
  }

  protected override async onPrompt(context: TurnContext, state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
    if (isRetry) {
      const say = messagesFor(context);
      await context.sendActivity(message(hesitates(context.activity.text ?? '') ? say.confirmHesitant : say.confirmUnclear));
    }
    await super.onPrompt(context, state, options, false);
  }
}

export function confirmation(context: TurnContext): Consent {
  return readConsent(context.activity.text ?? '', turnFacts(context).recognition);
}

/** Says that nothing was recorded: the debtor declined, or never said a clear yes. */
export async function sayNotRecorded(context: TurnContext, consent: Exclude<Consent, 'yes'>): Promise<void> {
  const say = messagesFor(context);
  await context.sendActivity(message(consent === 'no' ? say.cancelled : say.notConfirmed));
}
