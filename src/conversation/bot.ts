import type { TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogState } from 'botbuilder-dialogs';
import type { HandBackStep, ResolvedCase } from '../handoff/specialist-desk';
import { conversationMessages } from '../../prompts/conversation';
import { complianceMessages } from '../../prompts/compliance';
import { RootDialog, ROOT_DIALOG } from '../../dialogs/root-dialog';
import { answerClaimedOffer } from '../../dialogs/claimed-offer';
import { answerWorkHours, confirmContactPreference, recordContactPreference, stopsAnotherMedium } from '../../dialogs/contact-preference';
import { answerQuestion } from '../../dialogs/questions';
import { addRightsToCase, caseAccountId, handleRights, handleWrongNumber, handoffNotice, handoffReasonsIn, recordRightsFlags, rightsInvoked } from '../../dialogs/rights';
import { handoffMessages } from '../../prompts/handoff';
import { contactTimeText } from '../handoff/handoff-sla';
import type { HandoffCase } from '../domain/handoff-case';
import { handleSafety, type SafetyConcern } from '../../dialogs/safety';
import { message, paymentLinkMessage } from '../../dialogs/say';
import { answerProposal } from '../../dialogs/specialist-proposal';
import type { DialogServices } from '../../dialogs/services';
import type { Language } from '../domain/account';
import { debtorTimezone } from '../domain/policy';
import { textsByPhone, type Channel } from '../domain/channel';
import type { Intent } from '../language/recognition';
import { questionsIn } from '../language/questions';
import { opensWithGoOn, readsAsGoOn } from '../language/go-on-consent';
import { withoutVerificationAnswers } from '../language/verification-answers';
import type { Understand } from '../language/understand';
import { contactWindowOf } from '../compliance/contact-window';
import { conversationZones } from '../compliance/debtor-location';
import { decideLateNight, resumeTimeText } from '../compliance/late-night';
import type { ConversationDocument, ConversationStateStore } from './conversation-state';
import { keptText } from './kept-text';
import { isIdle, newSession } from './session';
import type { TurnEffects } from './turn-effects';
import { collectionPaused, setTurnFacts, type TurnFacts } from './turn-facts';
import { recordTurnEvent } from '../../dialogs/turn-event';

export interface BotOptions extends DialogServices {
  conversationState: ConversationStateStore;
  understand: Understand;
  idleMinutes: number;
  defaultLanguage: Language;
}

/** While a case waits for a person, the debtor hears at most one "a specialist will reply" in this long. */
const WAITING_ACK_EVERY_MS = 5 * 60_000;

/** What a message asks of the dialogs beyond chat: "is this a bot? hello" asks nothing more, nor does a contact preference. */
const chatOnly = new Set<Intent>(['out_of_scope', 'greeting', 'help', 'thanks', 'who_is_this', 'repeat', 'dont_know', 'affirm', 'deny', 'contact_preference']);
function asksForSomething(intent: Intent): boolean {
  return !chatOnly.has(intent);
}

/**
 * The turn, in the order ARCHITECTURE.md sets: safety first (crisis, threats), then a wrong number,
 * keywords (STOP, START, HELP work in any state), the AI-01 identity question, rights the debtor
 * invokes, claimed offers (AI-03), then the dialogs. Kept free of channel details; the adapter
 * and the outbound gate do the rest.
 */
export class AmicableBot {
  private readonly dialogState: ConversationStateStore['dialogs'];
  private readonly dialogs: DialogSet;

  constructor(private readonly options: BotOptions) {
    this.dialogState = options.conversationState.dialogs;
    this.dialogs = new DialogSet(this.dialogState).add(new RootDialog(options));
  }

  /** Runs the turn on the conversation's `document`, which the caller commits once the turn succeeded. */
  async run(context: TurnContext, turn: { document: ConversationDocument; effects: TurnEffects }): Promise<void> {
    if (context.activity.type !== 'message') return;
    const facts = await this.prepareTurn(context, turn);
    await this.converse(context, facts);
    facts.session.lastActivityAt = this.options.clock.now().toISOString();
  }

  private async prepareTurn(context: TurnContext, { document: state, effects }: { document: ConversationDocument; effects: TurnEffects }): Promise<TurnFacts> {
    const { store, clock, transcripts } = this.options;
    const channelData = (context.activity.channelData ?? {}) as { address?: string; vouchedAccountId?: string };
    const channel = context.activity.channelId as Channel;
    const conversationId = context.activity.conversation.id;
    const address = channelData.address ?? conversationId;
    const now = clock.now();

    this.options.conversationState.attach(context, state);
    state.session ??= newSession(this.options.defaultLanguage);
    if (isIdle(state.session, now, this.options.idleMinutes)) {
      state.session = newSession(state.session.language);
      delete state.dialogs;
    }
    const session = state.session;
    const sessionStart = !session.greeted;
    // A session's first turn (a fresh one after the idle window too), greeted or not (a lone STOP).
    if (session.lastActivityAt === undefined) await this.options.events.publish('conversation.started', null, { conversationId, channel }, effects.id('conversation.started'));
    if (channelData.vouchedAccountId && !session.accountId) {
      session.accountId = channelData.vouchedAccountId;
      await this.options.events.publish('verification.succeeded', session.accountId, { conversationId, channel, method: 'portal' }, effects.id('verification.succeeded'));
    }

    // The accounts on file for the number matter before verification (protective flags, the case's
    // account) and at a session's start (audit links); a verified turn does without the lookup.
    const byPhone = textsByPhone(channel) && (sessionStart || !session.accountId);
    // Independent reads go out together: one round trip to Redis instead of three.
    const [phoneAccounts, account, optOut] = await Promise.all([
      byPhone ? store.findAccountsByPhone(address) : [],
      session.accountId ? store.getAccount(session.accountId) : null,
      this.options.optOuts.get(channel, address),
    ]);
    // Until the debtor writes in another language, a known account sets it.
    if (account && !session.greeted) session.language = account.language;
    // The accounts a conversation concerns change only when a session starts (verification links its own).
    if (sessionStart) {
      for (const linked of new Set([...phoneAccounts.map((a) => a.id), ...(account ? [account.id] : [])])) {
        await transcripts.linkAccount(linked, conversationId);
      }
    }
    const text = context.activity.text ?? '';
    const timezone = debtorTimezone(account, this.options.policy);
    const recognition = await this.options.understand(text, { now, timezone, language: session.language });
    session.language = recognition.language;
    // Recorded here, not before the turn, because only the conversation knows whether the message
    // answers verification: the verifier reads it whole this turn, the transcript keeps the result.
    effects.meanwhile(transcripts.record(
      {
        at: now.toISOString(),
        direction: 'in',
        channel,
        conversationId,
        actor: 'debtor',
        text: keptText(text, { channel, address, account, verifying: !session.accountId, now, timezone, language: recognition.language }),
      },
      effects.id('inbound'),
    ));

    const facts: TurnFacts = {
      channel,
      conversationId,
      address,
      session,
      account,
      phoneAccountIds: phoneAccounts.map((a) => a.id),
      recognition,
      sessionStart,
      optedOut: optOut !== null,
      effects,
    };
    setTurnFacts(context, facts);
    return facts;
  }

  private async converse(context: TurnContext, facts: TurnFacts): Promise<void> {
    const { optOuts, policy } = this.options;
    const compliance = complianceMessages[facts.session.language];
    // Whole-message keywords and free-text opt-outs ("stop texting me") alike, from the rights detector;
    // "stop texting, email is fine" in web chat stops texts, not this conversation (RF-06).
    const keyword = stopsAnotherMedium(facts) ? null : facts.recognition.rights.keyword;
    const intents = facts.recognition.intents;
    const said = facts.recognition.rights.contactPreference;
    // Issue #19 item 6: a request said with the preference is answered this turn, so the work
    // hours are not asked beside it: one question at a time.
    const withRequest = said !== null && asksForSomething(facts.recognition.intent);
    const preference = said && withRequest ? { ...said, workHoursUnknown: false } : said;

    // Safety first (ARCHITECTURE.md): crisis and threats before rights, even from an opted-out
    // number; an opt-out said in the same breath is still honoured after the reply of care.
    const concerns = intents.filter((intent): intent is SafetyConcern => intent === 'crisis' || intent === 'threat');
    if (concerns.length > 0) {
      await this.dialogState.delete(context);
      await handleSafety(context, this.options, concerns);
      facts.session.greeted = true;
      if (keyword === 'opt_out') await this.optOut(context, facts);
      return;
    }
    // RF-11: a wrong number is apologised to once and suppressed; the apology is the opt-out's confirmation.
    if (intents.includes('wrong_number')) {
      await this.dialogState.delete(context);
      await handleWrongNumber(context, this.options);
      facts.session.greeted = true;
      return;
    }

    // RF-02, RF-03, RF-06: kept whatever else the turn does; confirmed below unless an opt-out confirms.
    if (preference) await recordContactPreference(context, this.options, preference);

    // TC-02 / RF-06: opt-outs are honoured whatever the conversation was doing, and confirmed once.
    if (keyword === 'opt_out') {
      await this.optOut(context, facts);
      return;
    }
    if (keyword === 'opt_in') {
      await optOuts.optIn(facts.channel, facts.address);
      facts.optedOut = false;
      await context.sendActivity(message(compliance.optInConfirmation(policy.creditor.name)));
      return;
    }
    if (keyword === 'help') {
      await context.sendActivity(message(compliance.help(policy.creditor.name, policy.creditor.supportPhone)));
      return;
    }
    if (facts.optedOut) return;

    if (((context.activity.channelData as { redacted?: string[] }).redacted ?? []).length > 0) {
      await this.warnAboutCardNumbers(context, facts);
    }

    if (facts.session.handoffId) {
      const handoff = await this.options.store.getHandoff(facts.session.handoffId);
      if (handoff?.status === 'open') {
        await this.whileWaiting(context, facts, handoff);
        return;
      }
      if (handoff && handoff.status !== 'resolved') {
        // A specialist has the conversation: rights invoked now still become account events and reasons of the case.
        if (rightsInvoked(facts.recognition)) {
          await recordRightsFlags(context, this.options);
          for (const reason of handoffReasonsIn(facts.recognition)) await this.options.handoffs.addReason(handoff.id, reason);
        }
        // A yes or no to the terms the specialist proposed is the debtor's to record.
        else if (await answerProposal(context, this.options, handoff)) return;
        if (!facts.session.holdingNoticeSent) {
          facts.session.holdingNoticeSent = true;
          await context.sendActivity(message(handoffNotice(context, handoff.reason)));
        }
        return;
      }
      delete facts.session.handoffId;
      delete facts.session.holdingNoticeSent;
      delete facts.session.waitingAckAt;
      const suspended = facts.session.dialogsBeforeHandoff;
      delete facts.session.dialogsBeforeHandoff;
      if (handoff && (await this.handBack(context, facts, (handoff as ResolvedCase).handBackTo ?? null, suspended))) return;
    }

    // AI-01: "am I talking to a real person?" is answered truthfully before anything else it asks.
    const identityQuestion = intents.includes('ai_identity_question');
    if (identityQuestion) {
      const say = conversationMessages[facts.session.language];
      await context.sendActivity(message(say.aiAnswer[facts.recognition.rights.identityQuestion ?? 'either']));
      // The answer says it is automated: no second disclosure or greeting later (AI-01).
      facts.session.greeted = true;
      const rest = intents.filter((intent) => intent !== 'ai_identity_question');
      facts.recognition = { ...facts.recognition, intents: rest, intent: rest[0] ?? 'out_of_scope' };
    }

    // A preference alone (or the work hours it asked for) leaves the conversation where it was; a
    // request said with it is acted on below as if sent alone (before verification, it waits for it).
    if (preference) await confirmContactPreference(context, preference);
    if (preference ? !rightsInvoked(facts.recognition) && !withRequest : await answerWorkHours(context, this.options)) {
      const dialogContext = await this.dialogs.createContext(context);
      if (dialogContext.activeDialog) await dialogContext.repromptDialog();
      return;
    }

    if (rightsInvoked(facts.recognition)) {
      // Kept while a specialist has the conversation, so a hand-back can resume where it stood.
      facts.session.dialogsBeforeHandoff = await this.dialogState.get(context);
      await this.dialogState.delete(context);
      await handleRights(context, this.options);
      // A question asked with it is still answered ("who is the original creditor?" both asks and invokes RF-17).
      if (!intents.includes('third_party')) await this.answerQuestionAsked(context, facts);
      if (!facts.session.handoffId) delete facts.session.dialogsBeforeHandoff;
      // The gate put the AI disclosure on this first reply (AI-01): no second greeting later.
      facts.session.greeted = true;
      return;
    }

    if (!(await this.convenientTime(context, facts))) return;

    // AI-03 / FL-01: a claimed offer or an instruction to change the terms is refused, then only
    // the engine's offers follow: the menu once verified, verification before.
    if (intents.includes('claimed_prior_offer') || intents.includes('prompt_injection')) {
      await answerClaimedOffer(context, this.options);
      const dialogContext = await this.dialogs.createContext(context);
      if (facts.account) await dialogContext.cancelAllDialogs();
      if (dialogContext.activeDialog) await dialogContext.repromptDialog();
      else await dialogContext.beginDialog(ROOT_DIALOG);
      return;
    }

    // Issue #19 item 10: a common question gets its approved answer, then the rest of the message is acted on.
    const questionAnswered = await this.answerQuestionAsked(context, facts);

    const dialogContext = await this.dialogs.createContext(context);
    // An identity question or a question alone leaves the conversation where it was: the prompt open is asked again.
    if ((identityQuestion || questionAnswered) && !asksForSomething(facts.recognition.intent)) {
      if (dialogContext.activeDialog) await dialogContext.repromptDialog();
      else await dialogContext.beginDialog(ROOT_DIALOG);
      return;
    }
    const result = await dialogContext.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dialogContext.beginDialog(ROOT_DIALOG);
  }

  /**
   * Sends the approved answer to each common question the message asks in words the phrase rules
   * know, and takes them off the turn's intents. A question only the classifier guessed is left to
   * the dialogs: on a short reply it guesses wrong ("de acuerdo" at a confirmation read as a
   * question about the original creditor).
   */
  private async answerQuestionAsked(context: TurnContext, facts: TurnFacts): Promise<boolean> {
    const heard = new Set<Intent>(questionsIn(context.activity.text ?? ''));
    const asked = facts.recognition.intents.filter((intent) => heard.has(intent));
    const replies = asked.flatMap((intent) => answerQuestion(intent, context, this.options) ?? []);
    if (replies.length === 0) return false;
    for (const reply of replies) await context.sendActivity(reply);
    const rest = facts.recognition.intents.filter((intent) => !heard.has(intent));
    facts.recognition = { ...facts.recognition, intents: rest, intent: rest[0] ?? 'out_of_scope' };
    return true;
  }

  /**
   * Issue #15 item 4, never silent before a person joins: while the case waits, a right invoked
   * now is acknowledged in its own words and added to the case, a common question gets its
   * approved answer (questions.ts); any other message gets an
   * acknowledgement that a specialist will reply and by when (the case's SLA, in the debtor's
   * zone), at most one every WAITING_ACK_EVERY_MS so a run of texts is not answered text by text.
   */
  private async whileWaiting(context: TurnContext, facts: TurnFacts, handoff: HandoffCase): Promise<void> {
    const now = this.options.clock.now();
    if (rightsInvoked(facts.recognition)) {
      await recordRightsFlags(context, this.options);
      if ((await addRightsToCase(context, this.options, handoff)) > 0) {
        facts.session.waitingAckAt = now.toISOString();
        return;
      }
    } else if (await answerProposal(context, this.options, handoff)) return;
    // A common question is answered in its approved words while the person is awaited, not held for them.
    if (await this.answerQuestionAsked(context, facts)) return;
    const last = Date.parse(facts.session.waitingAckAt ?? '');
    if (now.getTime() - last < WAITING_ACK_EVERY_MS) return;
    facts.session.waitingAckAt = now.toISOString();
    const current = (await this.options.store.getHandoff(handoff.id)) ?? handoff;
    const { zone } = conversationZones(facts.account, facts, this.options.policy);
    const contactBy = contactTimeText(new Date(current.expectedContactBy ?? current.slaDueAt), now, zone, facts.session.language);
    await context.sendActivity(message(handoffMessages[facts.session.language].waiting(contactBy)));
  }

  /** TC-02 / RF-06: the address is suppressed at once, and the opt-out confirmed once. */
  private async optOut(context: TurnContext, facts: TurnFacts): Promise<void> {
    const { optOuts, policy, clock } = this.options;
    const already = facts.optedOut;
    await optOuts.optOut(facts.channel, facts.address, clock.now());
    facts.optedOut = true;
    if (already) return;
    await this.options.events.publish('optout', caseAccountId(facts), { channel: facts.channel }, facts.effects.id('optout'));
    await context.sendActivity(message(complianceMessages[facts.session.language].optOutConfirmation(policy.creditor.name), { optOutConfirmation: true }));
  }

  /**
   * The debtor's first message after a specialist resolved their case resumes where the
   * specialist chose (CONTRACT.md resolve `handBackTo`): "confirm" asks again the question that
   * was open when the case began (the terms to confirm), "plan" goes to the plan offer, "menu"
   * to the menu. Returns true when it answered the turn.
   */
  private async handBack(context: TurnContext, facts: TurnFacts, step: HandBackStep | null, suspended: DialogState | undefined): Promise<boolean> {
    if (step === 'confirm' && suspended?.dialogStack?.length) {
      await this.dialogState.set(context, suspended);
      const dialogContext = await this.dialogs.createContext(context);
      await dialogContext.repromptDialog();
      return true;
    }
    // Whatever the debtor just wrote, the assistant picks up at the step the specialist chose.
    if (step === 'plan' || step === 'menu' || step === 'confirm') {
      const { menuChoice: _ignored, ...entities } = facts.recognition.entities;
      facts.recognition = { ...facts.recognition, intent: step === 'plan' ? 'payment_plan' : 'help', entities };
    }
    return false;
  }

  /**
   * RF-02: a debtor writing at an inconvenient hour gets one reply saying so; the conversation goes
   * on once they agree in their own words (language/go-on-consent.ts), which is recorded as their
   * consent (1006.6(b)(4)(i)), and then the message that met the notice is answered. Anything else
   * gets a short reply saying when the assistant picks up, never silence (issue #15 item 3).
   * Rights were already recorded above, whatever the hour. Returns whether to go on.
   */
  private async convenientTime(context: TurnContext, facts: TurnFacts): Promise<boolean> {
    const { clock, policy } = this.options;
    const now = clock.now();
    const { zones, zone } = conversationZones(facts.account, facts, policy);
    const text = context.activity.text ?? '';
    const goOn = readsAsGoOn(text);
    // "ok go ahead, I need a plan": agreement with a request of its own, answered in place of the first message.
    const goOnWithRequest = !goOn && opensWithGoOn(text) && asksForSomething(facts.recognition.intent);
    const decision = decideLateNight({
      now,
      zones,
      window: contactWindowOf(policy, []),
      noticeSentAt: facts.session.lateNightNoticeAt,
      consentAt: facts.session.lateNightConsentAt,
      goOn: goOn || goOnWithRequest,
    });
    if (decision.action === 'proceed' && !decision.recordConsent) return true;
    const compliance = complianceMessages[facts.session.language];
    const resume = decision.resumeAt ? resumeTimeText(decision.resumeAt, zone, facts.session.language) : '8:00';
    if (decision.action === 'notice') {
      facts.session.lateNightNoticeAt = now.toISOString();
      // The request, never the answers to verification in it (PRV-02), for when the debtor goes on.
      const { intent, intents, entities } = facts.recognition;
      facts.session.lateNightOpening = { intent, intents, entities: withoutVerificationAnswers(entities) };
      await context.sendActivity(message(compliance.lateNightReply(resume)));
      // The gate put the AI disclosure on the notice (AI-01): the replies after it need no second one.
      facts.session.greeted = true;
      return false;
    }
    if (decision.action === 'wait') {
      await context.sendActivity(message(compliance.lateNightWait(resume)));
      return false;
    }
    facts.session.lateNightConsentAt = now.toISOString();
    await recordTurnEvent(context, this.options, 'consent.late_night', 'Consented to continue outside the contact window (RF-02, 1006.6(b)(4)(i))');
    const opening = facts.session.lateNightOpening;
    delete facts.session.lateNightOpening;
    if (goOnWithRequest) return true;
    // "go ahead" answered the late-night question: the first message is answered now, as if just sent.
    if (opening) facts.recognition = { ...facts.recognition, ...opening };
    const dialogContext = await this.dialogs.createContext(context);
    // A first message that asked nothing more than a hello leaves the question that was open to be asked again.
    if (dialogContext.activeDialog && !(opening && asksForSomething(opening.intent))) {
      await dialogContext.repromptDialog();
      return false;
    }
    return true;
  }

  /** PAY-01: card and bank numbers are never taken by message; the signed payment page is offered instead. */
  private async warnAboutCardNumbers(context: TurnContext, facts: TurnFacts): Promise<void> {
    const compliance = complianceMessages[facts.session.language];
    await context.sendActivity(message(compliance.cardNumberWarning));
    const account = facts.account;
    if (!account || collectionPaused(facts, account) || account.balanceCents <= 0) return;
    const link = this.options.paymentLinks.create({ accountId: account.id, amountCents: account.balanceCents, reference: 'balance' }, this.options.clock.now());
    await context.sendActivity(paymentLinkMessage(context, account.balanceCents, link));
  }
}
