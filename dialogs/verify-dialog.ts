import { ComponentDialog, WaterfallDialog, type DialogContext, type DialogTurnResult, type PromptValidatorContext, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Account } from '../src/domain/account';
import { normalizePhone } from '../src/domain/phone';
import { debtorTimezone, type VerificationFactor } from '../src/domain/policy';
import { isLockedOut, matchesFactor, recordFailure, type VerificationAttempts } from '../src/domain/verification';
import { turnFacts } from '../src/conversation/turn-facts';
import { parseDateOfBirth } from '../src/language/entities';
import type { Entities } from '../src/language/recognition';
import { readablePhone } from '../prompts/format';
import { withoutVerificationAnswers } from '../src/language/verification-answers';
import { acknowledgeBeforeReask, AskPrompt, promptStuck } from './ask-prompt';
import { requestDestination } from './menu-dialog';
import { recordTurnEvent } from './turn-event';
import { message, messagesFor } from './say';
import type { DialogServices } from './services';

/** Below this the classifier's reading of a message at a verification question is too faint to acknowledge as a request. */
const FAINT_REQUEST = 0.3;

export const VERIFY_DIALOG = 'verify';
/** The example in the date-of-birth question, declared so the claim check (FL-01) lets it through. */
const exampleDateOfBirth = '1985-03-14';
const ASK_FACTORS = 'verify.askFactors';
const FACTOR_PROMPT = 'verify.factorPrompt';
const PHONE_PROMPT = 'verify.phonePrompt';

/** Attempts are counted per phone number, so opening a new chat does not reset them. */
const attemptsKey = (phone: string) => `verification:${phone}`;

interface FactorLoopOptions {
  index: number;
  /** The number the debtor is identified by: the SMS sender, or the one typed in web chat. */
  phone: string;
  /** The accounts on file for that number. */
  candidateIds: string[];
  /**
   * Those every answer so far fits: each answer is checked the turn it is given and only this
   * result is kept between turns, never the date of birth or ZIP itself (PRV-02).
   */
  fittingIds: string[];
  /** Three misses in a row: the question comes with a person and the phone instead (issue #15). */
  stuck?: boolean;
}

function answerFor(factor: VerificationFactor, entities: Entities): string | undefined {
  switch (factor) {
    case 'date_of_birth':
      return entities.dateOfBirth;
    case 'zip':
      return entities.zip;
    case 'ssn_last4':
    case 'account_last4':
      return entities.last4;
  }
}

/**
 * Identifies the debtor (RF-01): the sender's phone finds the candidate accounts, then every
 * policy factor is asked in order and checked together, so a failure never says which was wrong.
 * Ends with the verified account id, or undefined.
 */
export class VerifyDialog extends ComponentDialog {
  constructor(private readonly services: DialogServices) {
    super(VERIFY_DIALOG);
    this.addDialog(new AskPrompt(FACTOR_PROMPT, this.factorAnswered));
    this.addDialog(new AskPrompt(PHONE_PROMPT, async (prompt) => normalizePhone(prompt.recognized.value ?? '') !== null || this.heardInstead(prompt)));
    this.addDialog(new WaterfallDialog(VERIFY_DIALOG, [this.phoneStep, this.lookupStep]));
    this.addDialog(new WaterfallDialog<FactorLoopOptions>(ASK_FACTORS, [this.askFactorStep, this.collectFactorStep]));
    this.initialDialogId = VERIFY_DIALOG;
  }

  /** Web chat has no sender number: the visitor types the one on their account. */
  private phoneStep = async (step: WaterfallStepContext) => {
    const facts = turnFacts(step.context);
    if (facts.channel === 'sms' || facts.channel === 'cli') return step.next(facts.address);
    const say = messagesFor(step.context);
    const { creditor } = this.services.policy;
    const stuck = (step.options as { stuck?: boolean } | undefined)?.stuck === true;
    const ask = stuck ? say.verificationStuck(say.askPhone, creditor.name, readablePhone(creditor.supportPhone)) : say.askPhone;
    return step.prompt(PHONE_PROMPT, { prompt: message(ask), retryPrompt: message(say.retryPhone), validations: { question: say.askPhone } });
  };

  private lookupStep = async (step: WaterfallStepContext) => {
    const { policy, store, clock } = this.services;
    const facts = turnFacts(step.context);
    const say = messagesFor(step.context);
    const phone = normalizePhone(String(step.result)) ?? String(step.result);
    const candidates = await store.findAccountsByPhone(phone);
    // Over SMS the number is the creditor's own record of the sender; on the web, saying whether a
    // typed number is on file would let anyone probe for debtors, so the factors are asked anyway.
    if (candidates.length === 0 && facts.channel === 'sms') {
      await step.context.sendActivity(message(say.unknownNumber(policy.creditor.name, policy.creditor.supportPhone)));
      return step.endDialog(undefined);
    }
    const attempts = await store.getDocument<VerificationAttempts>(attemptsKey(phone));
    if (attempts && isLockedOut(attempts, clock.now())) {
      await step.context.sendActivity(message(say.lockedOut(policy.creditor.name, policy.creditor.supportPhone)));
      return step.endDialog(undefined);
    }
    const candidateIds = candidates.map((account) => account.id);
    const loop: FactorLoopOptions = { index: 0, phone, candidateIds, fittingIds: candidateIds };
    return step.replaceDialog(ASK_FACTORS, loop);
  };

  private askFactorStep = async (step: WaterfallStepContext<FactorLoopOptions>) => {
    const factor = this.services.policy.verification.factors[step.options.index] as VerificationFactor;
    const say = messagesFor(step.context);
    const { creditor } = this.services.policy;
    const question = say.factorQuestion[factor];
    const ask = step.options.stuck ? say.verificationStuck(question, creditor.name, readablePhone(creditor.supportPhone)) : say.askFactor[factor];
    return step.prompt(FACTOR_PROMPT, {
      prompt: message(ask, { dates: [exampleDateOfBirth] }),
      retryPrompt: message(say.retryFactor[factor], { dates: [exampleDateOfBirth] }),
      validations: { factor, question },
    });
  };

  /** A verification question (the phone number, a factor) missed three times in a row is asked again with a person and the phone beside it. */
  protected override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    const result = await super.onContinueDialog(inner);
    if (!promptStuck(inner.context)) return result;
    const loop = inner.stack.find((instance) => instance.id === ASK_FACTORS)?.state.options as FactorLoopOptions | undefined;
    await inner.cancelAllDialogs();
    // Stuck at the phone number (web chat) when no factor is being asked yet.
    if (!loop) return inner.beginDialog(VERIFY_DIALOG, { stuck: true });
    return inner.beginDialog(ASK_FACTORS, { ...loop, stuck: true } satisfies FactorLoopOptions);
  }

  private factorAnswered = async (prompt: PromptValidatorContext<string>) => {
    const { factor } = prompt.options.validations as { factor: VerificationFactor };
    return answerFor(factor, turnFacts(prompt.context).recognition.entities) !== undefined || this.heardInstead(prompt);
  };

  /**
   * Not an answer, but a question or a request ("ok so what do i owe", "can i just pay 300"): "who
   * is this" is answered and a request kept for after verification, each said before the question
   * instead of "Sorry, I didn't catch that" (a stressed debtor read that as not being listened to).
   * Always false: the question is still open.
   */
  private heardInstead(prompt: PromptValidatorContext<string>): false {
    const { context } = prompt;
    const facts = turnFacts(context);
    const say = messagesFor(context);
    // A faint guess is not acknowledged as a request: "I'm going to come down there and make you
    // pay for this" is no payment to help with after verification.
    const { intent, confidence } = facts.recognition;
    const destination = confidence !== undefined && confidence < FAINT_REQUEST ? undefined : requestDestination(intent);
    if (destination === 'whoIsThis') acknowledgeBeforeReask(context, say.whoIsThis(this.services.policy.creditor.name));
    else if (destination !== undefined && destination !== 'menu' && destination !== 'goodbye') {
      facts.session.pendingRequest = { intent, entities: withoutVerificationAnswers(facts.recognition.entities) };
      acknowledgeBeforeReask(context, say.helpAfterVerification(prompt.attemptCount > 1));
    }
    return false;
  }

  /**
   * "2/11/1979" is November 2 to a Spanish speaker and February 11 to an English one; a first
   * message in misspelt Spanish ("ola kiero un plan") can leave the conversation reading English,
   * so a numeric date is also read the way the account's own language writes it.
   */
  private birthDateAsWrittenFor(account: Account, text: string): string | undefined {
    const { clock, policy } = this.services;
    return parseDateOfBirth(text, clock.now(), debtorTimezone(account, policy), account.language);
  }

  private collectFactorStep = async (step: WaterfallStepContext<FactorLoopOptions>) => {
    const { policy, store, clock } = this.services;
    const facts = turnFacts(step.context);
    const factors = policy.verification.factors;
    const factor = factors[step.options.index] as VerificationFactor;
    const answer = answerFor(factor, facts.recognition.entities);
    const candidates = (await Promise.all(step.options.fittingIds.map((id) => store.getAccount(id)))).filter((a): a is Account => a !== null);
    const fitting = candidates.filter(
      (account) => matchesFactor(account, factor, answer) || (factor === 'date_of_birth' && matchesFactor(account, factor, this.birthDateAsWrittenFor(account, step.context.activity.text ?? ''))),
    );
    if (step.options.index + 1 < factors.length) {
      // Asked on whatever the answer, so a failure never says which factor was wrong.
      const next = { ...step.options, index: step.options.index + 1, fittingIds: fitting.map((account) => account.id), stuck: false };
      return step.replaceDialog(ASK_FACTORS, next satisfies FactorLoopOptions);
    }

    const { phone, candidateIds } = step.options;
    // Several accounts may share the phone and the answers (one debtor, two accounts): the first on file.
    const verified = fitting[0];
    const now = clock.now();
    const say = messagesFor(step.context);
    if (verified) {
      await store.deleteDocument(attemptsKey(phone));
      await recordTurnEvent(step.context, this.services, 'verified', `Verified as account ${verified.id}`, 'assistant');
      await this.services.events.publish(
        'verification.succeeded',
        verified.id,
        { conversationId: facts.conversationId, channel: facts.channel, method: 'factors' },
        facts.effects.id('verification.succeeded'),
      );
      return step.endDialog(verified.id);
    }

    const attempts = recordFailure((await store.getDocument<VerificationAttempts>(attemptsKey(phone))) ?? { failures: 0 }, policy, now);
    await store.setDocument(attemptsKey(phone), attempts, policy.verification.lockoutMinutes * 60);
    await recordTurnEvent(step.context, this.services, 'verification.failed', `Verification failed (${attempts.failures} of ${policy.verification.maxAttempts})`, 'assistant');
    if (isLockedOut(attempts, now)) {
      await step.context.sendActivity(message(say.lockedOut(policy.creditor.name, policy.creditor.supportPhone)));
      await this.services.handoffs.open({
        id: facts.effects.id('handoff:verification_lockout'),
        reason: 'verification_lockout',
        accountId: candidateIds.length === 1 ? (candidateIds[0] ?? null) : null,
        conversationId: facts.conversationId,
        channel: facts.channel,
        address: facts.address,
        language: facts.session.language,
      });
      return step.endDialog(undefined);
    }
    await step.context.sendActivity(message(say.verificationFailed));
    return step.replaceDialog(ASK_FACTORS, { ...step.options, index: 0, fittingIds: candidateIds, stuck: false } satisfies FactorLoopOptions);
  };
}
