import type { ContactPreference } from '../domain/contact-preferences';
import type { Intent } from '../domain/intents';
import { readContactPreference } from './contact-preference-detector';
import { withoutDisclaimedRights } from './disclaimed-rights';
import { classifyKeyword, type Keyword } from './keywords';
import { normalizeForMatching } from './normalize';
import { notAllAtOnce, offersAnAmount, rightsPatterns, textingStillWelcome, textOptOutPatterns } from './rights-patterns';
import { detectSafety } from './safety-detector';
import { claimedOfferIn, identityQuestionIn, withoutIdentityQuestions, type ClaimedOffer, type IdentityQuestion } from './truth-detector';

export interface RightsDetection {
  intents: Intent[];
  keyword: 'opt_out' | 'opt_in' | 'help' | null;
  /** AI-01: the debtor asked whether they are talking to a person or a machine. */
  identityQuestion: IdentityQuestion | null;
  /** AI-03: the debtor says someone offered other terms, or tells the assistant to change them. */
  claimedOffer: ClaimedOffer | null;
  /** RF-02, RF-03, RF-06: times, media or the workplace the debtor designated; no cease, no opt-out of this conversation. */
  contactPreference: ContactPreference | null;
  /** With a contact preference: what the message says besides it, where a request said with it is read. */
  besidesPreference?: string;
}

/** Words of the writer's own money: "a payment with my card... I don't know anyone by that name" is no wrong number. */
const ownMoney = /\b(?:my (?:card|account|bank|statement|bill|payment|money|balance)|payment|charge|transaction|purchase|withdrawal|debit|deposit|transfer|mi (?:tarjeta|cuenta|banco|pago|dinero)|cargo|cobro)s?\b/;

/** A stranger's "I don't owe you anything" disputes nothing: it says the message reached the wrong person. */
const notTheDebtorsOwn = new Set<Intent>(['dispute_not_my_debt', 'dispute_wrong_amount', 'payment_already_made', 'debt_validation_request', 'hardship']);

/**
 * Reads what a debtor invokes before any conversation logic runs (RULES.md §8.2, AI-02): safety
 * first (crisis, threat), then rights, the AI-01 identity question and AI-03 claimed offers.
 * Rule based so counsel can read every phrase (safety-patterns.ts, rights-patterns.ts,
 * truth-patterns.ts); several intents may fire at once ("I'm not paying, my lawyer says this
 * isn't mine" → refusal to pay, attorney, dispute).
 *
 * `keyword` is the whole-message keyword (§8.3) or, failing that, a free-text opt-out from texts
 * ("please stop texting me"): Twilio does not act on those, so the app must (TC-04).
 * "I already paid this" yields payment_already_made and dispute_not_my_debt: a paid debt is not
 * owed, and RF-18 lists it among indirect disputes. A wrong number or a third party (RF-11) speaks
 * for someone else, so nothing they say is the debtor's dispute or hardship (`decisive` phrases).
 */
export function detectRights(text: string): RightsDetection {
  // "Not during my shift", "don't call my office": sentences that designate a time or the
  // workplace are read as that, and the rights patterns read the rest (RF-02, RF-03).
  const { preference: contactPreference, remainder: normalized, besides } = readContactPreference(normalizeForMatching(text));
  // "Am I talking to a real person?" names a person without asking for one (AI-01); "I'm not
  // disputing it" and "I don't have a lawyer" name a right without invoking it.
  const readable = withoutDisclaimedRights(withoutIdentityQuestions(normalized));
  const claimedOffer = claimedOfferIn(text);
  const matched = rightsPatterns.filter(({ patterns, namesOnly, intent }) => {
    if (namesOnly && claimedOffer) return false;
    return patterns.some((pattern) => pattern.test(intent === 'hardship' ? withoutCounterOffer(readable) : readable));
  });
  let intents: Intent[] = [...new Set(matched.map(({ intent }) => intent))];
  if (intents.includes('payment_already_made') && !intents.includes('dispute_not_my_debt')) {
    intents.push('dispute_not_my_debt');
  }
  if (matched.some(({ decisive }) => decisive)) intents = intents.filter((intent) => !notTheDebtorsOwn.has(intent));
  // "I don't know who this is" beside a charge is the debtor's dispute, not a wrong number.
  else if (intents.some((intent) => notTheDebtorsOwn.has(intent)) || ownMoney.test(readable)) intents = intents.filter((intent) => intent !== 'wrong_number');
  const identityQuestion = identityQuestionIn(text);
  return {
    intents: [
      ...detectSafety(text),
      ...withoutOneMediumCease(intents, normalized, contactPreference),
      ...(identityQuestion ? (['ai_identity_question'] as const) : []),
      ...(claimedOffer ? (['claimed_prior_offer'] as const) : []),
      ...(contactPreference ? (['contact_preference'] as const) : []),
    ],
    keyword: keywordIn(text, normalized),
    identityQuestion,
    claimedOffer,
    contactPreference,
    ...(contactPreference ? { besidesPreference: besides } : {}),
  };
}

function keywordIn(text: string, normalized: string): Keyword | null {
  const whole = classifyKeyword(text);
  if (whole) return whole;
  return textOptOutPatterns.some((pattern) => pattern.test(normalized)) ? 'opt_out' : null;
}

/**
 * FL-02: "can't pay it all, can I do 100 a month?" offers terms; its "not all at once" is read out
 * before the hardship phrases are, so only a hardship said besides ("I lost my job") is heard.
 */
function withoutCounterOffer(readable: string): string {
  return offersAnAmount.test(readable) ? readable.replace(notAllAtOnce, ' ') : readable;
}

/** RF-06: "stop calling me, texting is fine" asks for one medium to stop, not a cease (RF-07). */
function withoutOneMediumCease(intents: Intent[], normalized: string, preference: ContactPreference | null): Intent[] {
  const anotherWelcome = textingStillWelcome.test(normalized) || (preference?.preferredMedia.length ?? 0) > 0;
  return anotherWelcome ? intents.filter((intent) => intent !== 'cease_contact') : intents;
}
