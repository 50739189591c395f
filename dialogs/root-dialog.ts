import { ComponentDialog, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { collectionPaused, turnFacts } from '../src/conversation/turn-facts';
import { withoutVerificationAnswers } from '../src/language/verification-answers';
import { MenuDialog, MENU_DIALOG, type MenuOptions } from './menu-dialog';
import { message, messagesFor } from './say';
import type { DialogServices } from './services';
import { VerifyDialog, VERIFY_DIALOG } from './verify-dialog';

export const ROOT_DIALOG = 'root';
const ROOT_STEPS = 'root.steps';

/** Greets (AI-01), verifies when needed, states the balance once, then hands over to the menu. */
export class RootDialog extends ComponentDialog {
  constructor(private readonly services: DialogServices) {
    super(ROOT_DIALOG);
    this.addDialog(new VerifyDialog(services));
    this.addDialog(new MenuDialog(services));
    this.addDialog(new WaterfallDialog(ROOT_STEPS, [this.greetStep, this.welcomeStep]));
    this.initialDialogId = ROOT_STEPS;
  }

  private greetStep = async (step: WaterfallStepContext) => {
    const facts = turnFacts(step.context);
    const say = messagesFor(step.context);
    // Kept in dialog state until verification: the request, not the answers to verification (PRV-02).
    const request = { intent: facts.recognition.intent, entities: withoutVerificationAnswers(facts.recognition.entities) };
    const firstTurn = !facts.session.greeted;
    if (firstTurn) {
      facts.session.greeted = true;
      await step.context.sendActivity(message(say.greeting(this.services.policy.creditor.name)));
    }
    if (facts.account && !firstTurn) return step.replaceDialog(MENU_DIALOG, { request } satisfies MenuOptions);
    facts.session.pendingRequest = request;
    // A customer the portal vouched for is welcomed like one who just verified.
    if (facts.account) return step.next(facts.account.id);
    return step.beginDialog(VERIFY_DIALOG);
  };

  private welcomeStep = async (step: WaterfallStepContext) => {
    const accountId = step.result as string | undefined;
    if (!accountId) return step.endDialog();
    const facts = turnFacts(step.context);
    const account = await this.services.store.getAccount(accountId);
    if (!account) return step.endDialog();
    facts.session.accountId = account.id;
    facts.account = account;
    await this.services.transcripts.linkAccount(account.id, facts.conversationId);

    const say = messagesFor(step.context);
    if (collectionPaused(facts, account)) {
      await step.context.sendActivity(message(say.noOffers));
      return step.endDialog();
    }
    await step.context.sendActivity(
      message(say.verified(account.firstName, account.balanceCents), { collectionContent: true, amounts: [account.balanceCents] }),
    );
    const request = facts.session.pendingRequest;
    delete facts.session.pendingRequest;
    return step.replaceDialog(MENU_DIALOG, { request } satisfies MenuOptions);
  };
}
