import type { TurnContext } from 'botbuilder';
import { contactPreferenceConfirmation, describePreference } from '../prompts/contact-preferences';
import { readContactPreference } from '../src/compliance/contact-preference-detector';
import { normalizeForMatching } from '../src/compliance/normalize';
import { inconvenientTimesIn } from '../src/compliance/spoken-times';
import { mediumOf, withPreference, type ContactPreference } from '../src/domain/contact-preferences';
import { turnFacts, type TurnFacts } from '../src/conversation/turn-facts';
import { message } from './say';
import type { DialogServices } from './services';
import { recordTurnEvent } from './turn-event';

/**
 * RF-02, RF-03, RF-06: times, media and the workplace the debtor designates are kept on the
 * account (the verified one, or before verification the accounts on file for the number: the
 * safe direction, as with protective flags), confirmed back in one line, and enforced by the
 * outbound gate for everything the assistant or a specialist starts. None is a cease, hardship or
 * an opt-out of the conversation under way.
 */

/** RF-06: "stop texting, email is fine" written in web chat stops texts, not this conversation. */
export function stopsAnotherMedium(facts: TurnFacts): boolean {
  const preference = facts.recognition.rights.contactPreference;
  if (!preference || preference.stoppedMedia.length === 0) return false;
  const medium = mediumOf(facts.channel);
  return medium === null || !preference.stoppedMedia.includes(medium);
}

/** Stores what the debtor designated this turn; says nothing (the opt-out or the confirmation does). */
export async function recordContactPreference(context: TurnContext, services: DialogServices, preference: ContactPreference): Promise<void> {
  const { store, clock } = services;
  const facts = turnFacts(context);
  const now = clock.now();
  for (const accountId of facts.account ? [facts.account.id] : facts.phoneAccountIds) {
    const updated = await store.updateAccount(accountId, (account) => ({ ...account, contactPreferences: withPreference(account.contactPreferences, preference, now) }));
    if (facts.account?.id === accountId) facts.account = updated;
  }
  await recordTurnEvent(context, services, 'contact_preference.recorded', `Contact preference recorded (RF-02, RF-03, RF-06): ${describePreference('en', preference).join('; ')}`);
  if (preference.workHoursUnknown) facts.session.awaitingWorkHours = true;
}

/** The one line back to the debtor; it asks for their work hours when they were not given. */
export async function confirmContactPreference(context: TurnContext, preference: ContactPreference): Promise<void> {
  const facts = turnFacts(context);
  await context.sendActivity(message(contactPreferenceConfirmation(facts.session.language, preference)));
  // The gate put the AI disclosure on it if it was the session's first reply (AI-01).
  facts.session.greeted = true;
}

/**
 * The answer to "what hours do you work?": "7-3 weekdays", "de 8 a 4". Anything else leaves the
 * question behind and the message is read as usual. True when the message was the answer.
 */
export async function answerWorkHours(context: TurnContext, services: DialogServices): Promise<boolean> {
  const facts = turnFacts(context);
  if (!facts.session.awaitingWorkHours) return false;
  delete facts.session.awaitingWorkHours;
  const text = normalizeForMatching(context.activity.text ?? '');
  if (readContactPreference(text).preference) return false;
  const inconvenientTimes = inconvenientTimesIn(text).filter((time) => !(time.start === '00:00' && time.end === '23:59'));
  if (inconvenientTimes.length === 0) return false;
  const preference: ContactPreference = { inconvenientTimes, stoppedMedia: [], preferredMedia: [], noWorkplaceContact: true, workHoursUnknown: false };
  await recordContactPreference(context, services, preference);
  await confirmContactPreference(context, preference);
  return true;
}
