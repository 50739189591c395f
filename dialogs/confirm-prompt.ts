import { TextPrompt, type PromptValidatorContext } from 'botbuilder-dialogs';
import { turnFacts } from '../src/conversation/turn-facts';

/** A yes/no question answered in the debtor's own words ("yes", "sí", "ok", "no thanks"). */
export class ConfirmPrompt extends TextPrompt {
  constructor(id: string) {
    super(id, async (prompt: PromptValidatorContext<string>) => confirmation(prompt.context) !== undefined);
  }
}

export function confirmation(context: PromptValidatorContext<string>['context']): boolean | undefined {
  const { intent } = turnFacts(context).recognition;
  if (intent === 'affirm') return true;
  if (intent === 'deny' || intent === 'cancel_nevermind') return false;
  return undefined;
}
