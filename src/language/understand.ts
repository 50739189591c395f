import { detectRights, type RightsDetection } from '../compliance/rights-detector';
import type { Clock } from '../domain/clock';
import { protectedIntents, safetyIntents, type Intent } from '../domain/intents';
import { loadIntentModel } from './committed-model';
import { isJunkText, isKeyboardMash } from './junk-text';
import { LocalRecognizer } from './local-recognizer';
import { OpenAIRecognizer, type OpenAIRecognizerOptions } from './openai-recognizer';
import { answeredByTheQuestion, requestBesidesQuestions, withQuestionsHeard } from './questions';
import type { Recognition, RecognitionContext, Recognizer } from './recognition';
import { matchRules } from './rules';

/** A recognition plus what the compliance rights detector read in the same message. */
export interface Understanding extends Recognition {
  rights: RightsDetection;
}

export type Understand = (text: string, context: RecognitionContext) => Promise<Understanding>;

/**
 * Protected intents are the union of the recognizer's and the compliance rights detector's:
 * recall first (RULES.md §0.2). A whole-message or free-text opt-out keyword (`keyword: 'opt_out'`)
 * is reported as cease_contact among `intents`, so the eval and the dialogs see one name for
 * "stop contacting me"; the keyword itself stays in `rights` for the SMS opt-out handling.
 * The top intent is the recognizer's: the detector adds intents, and removes or reorders them only
 * where its phrase decides (withDetectorPrecedence): safety first, the AI-01 question, a wrong number;
 * a question with an approved answer comes next (withQuestionsHeard).
 */
export function understandWith(recognizer: Recognizer, detect: (text: string) => RightsDetection = detectRights): Understand {
  return async (text, context) => {
    const recognition = await recognizer.recognize(text, context);
    const rights = detect(text);
    // Questions with an approved answer (issue #19 item 10) are heard by their phrases too, and a
    // request said beside one is read apart.
    const besides = requestBesidesQuestions(text);
    const request = besides === null ? [] : (await recognizer.recognize(besides, context)).intents.filter((intent) => !answeredByTheQuestion.has(intent));
    // A request said with a contact preference ("pls dont text me at work, whats my balance") is
    // read apart too, and leads: on the whole message the preference's words lead the classifier,
    // and its hours are no terms of the request (issue #19 item 6).
    const apart = rights.besidesPreference?.trim() ? await recognizer.recognize(rights.besidesPreference, context) : null;
    const asked = apart && apart.intent !== 'out_of_scope' ? apart.intents : [];
    const lead = apart && asked.length > 0 ? apart : recognition;
    // Of the classifier's reading of the whole, only the rights stay beside a preference (recall
    // first): "only after 5pm" asks for no promise.
    const whole = rights.contactPreference ? recognition.intents.filter((intent) => rightsIntents.has(intent)) : recognition.intents;
    const intents = withQuestionsHeard(unionIntents([...asked, ...whole, ...request], rights), text, (rest) => detect(rest).intents.includes('refusal_to_pay'));
    // The classifier's confidence was in its own top intent, not in one the detector put first.
    const { confidence: _other, ...rest } = lead;
    const understood = {
      ...(intents[0] === lead.intent ? lead : rest),
      language: recognition.language,
      entities: apart?.entities ?? recognition.entities,
      intent: intents[0]!,
      intents,
      rights,
    };
    return withoutAnswerInMash(withEvidence(understood, text), text);
  };
}

/** What the classifier reads as a yes or a no in keyboard mash ("asdf" as affirm) answers nothing. */
const answers = new Set<Intent>(['affirm', 'deny']);

function withoutAnswerInMash(understanding: Understanding, text: string): Understanding {
  if (!understanding.intents.some((intent) => answers.has(intent)) || !isKeyboardMash(text)) return understanding;
  const intents = understanding.intents.filter((intent) => !answers.has(intent));
  const intent = intents[0] ?? 'out_of_scope';
  const { confidence: _dropped, ...rest } = understanding;
  return { ...(intent === understanding.intent ? understanding : rest), intent, intents: intents.length ? intents : [intent] };
}

/** Intents that raise a flag or open a case: the ones a right must be heard in the words for. */
const rightsIntents = new Set<Intent>([...protectedIntents, 'payment_already_made']);

/**
 * A right needs support in the text (issue #20 item 3): in junk ("xyz" × 120, keyboard mashing,
 * one syllable repeated) only what a phrase rule or the rights detector found is acted on; a
 * classifier's (or model's) reading of it is dropped, since it reads nothing there. Real words
 * are left to the recognizer, recall first.
 */
function withEvidence(understanding: Understanding, text: string): Understanding {
  if (!understanding.intents.some((intent) => rightsIntents.has(intent)) || !isJunkText(text)) return understanding;
  const phrased = new Set<Intent>([...unionIntents([], understanding.rights), ...matchRules(text).map((rule) => rule.intent)]);
  const intents = understanding.intents.filter((intent) => !rightsIntents.has(intent) || phrased.has(intent));
  const intent = intents[0] ?? 'out_of_scope';
  // The classifier's confidence was in the intent dropped, not in the one left on top.
  const { confidence: _dropped, ...rest } = understanding;
  return { ...(intent === understanding.intent ? understanding : rest), intent, intents: intents.length ? intents : [intent] };
}

export function unionIntents(recognized: readonly Intent[], rights: RightsDetection): Intent[] {
  // recognizer.v1's older name for the AI-01 question is read as the same question.
  const intents = [...new Set(recognized.map((intent): Intent => (intent === 'are_you_a_bot' ? 'ai_identity_question' : intent)))];
  const extra: Intent[] = [...rights.intents, ...(rights.keyword === 'opt_out' ? (['cease_contact'] as const) : [])];
  for (const intent of extra) if (!intents.includes(intent)) intents.push(intent);
  return withDetectorPrecedence(intents, rights);
}

const safetyFirst = new Set<Intent>(safetyIntents);
const protectedSet = new Set<Intent>(protectedIntents);
const notTheDebtorsOwn = new Set<Intent>(['dispute_not_my_debt', 'dispute_wrong_amount', 'payment_already_made', 'debt_validation_request', 'hardship']);
const notAPreference: readonly Intent[] = ['cease_contact', 'hardship', 'collector_conduct_complaint'];

/**
 * Where the detector's phrase decides over the classifier's guess:
 * - safety comes first (ARCHITECTURE.md): a crisis or threat the detector hears leads the list;
 * - AI-01: "am I talking to a real person?" asks no person for the debtor, nor does "your
 *   supervisor approved 50% off" (AI-03), so the classifier's request_human goes unless the
 *   detector heard a request too ("are you a bot? get me a human"); a request for a person is no
 *   identity question;
 * - RF-11: a wrong number or a relative the detector heard has no dispute or hardship of its own,
 *   and a dispute or hardship the detector heard is no wrong number or third party; a third party
 *   is only the detector's to hear;
 * - RF-02, RF-03, RF-06: a contact preference ("not during my shift", "don't call my office",
 *   "stop texting, email is fine") is no cease, hardship or complaint unless the detector heard
 *   one in the rest of the message.
 */
function withDetectorPrecedence(intents: Intent[], rights: RightsDetection): Intent[] {
  const heard = new Set(rights.intents);
  const dropped = new Set<Intent>();
  if ((heard.has('ai_identity_question') || heard.has('claimed_prior_offer')) && !heard.has('request_human')) dropped.add('request_human');
  if (heard.has('request_human') && !heard.has('ai_identity_question')) dropped.add('ai_identity_question');
  if ((heard.has('wrong_number') || heard.has('third_party')) && !rights.intents.some((intent) => notTheDebtorsOwn.has(intent))) {
    for (const intent of notTheDebtorsOwn) dropped.add(intent);
  }
  // ...and the other way round: "yo no debo ese dinero" is the debtor's own dispute, whatever the
  // classifier guesses; suppressing the number as a wrong one would end every contact.
  if (rights.intents.some((intent) => notTheDebtorsOwn.has(intent)) && !heard.has('wrong_number') && !heard.has('third_party')) {
    dropped.add('wrong_number');
    dropped.add('third_party');
  }
  // Someone else writing is known by what they say of themselves ("I'm his wife"); the classifier
  // alone reads a bare pronoun ("her", "su") as one. Missing one costs nothing: verification
  // still stands between them and the account (RF-01).
  if (!heard.has('third_party')) dropped.add('third_party');
  if (heard.has('contact_preference')) for (const intent of notAPreference) if (!heard.has(intent)) dropped.add(intent);
  const kept = intents.filter((intent) => !dropped.has(intent));
  const safety = rights.intents.filter((intent) => safetyFirst.has(intent));
  // A right the detector's phrase heard leads one only the classifier guessed: "esta deuda no es
  // mía" is a dispute before it is the hardship a 0.2 guess read.
  const rest = kept.filter((intent) => !safety.includes(intent));
  const firstRight = rest.find((intent) => protectedSet.has(intent));
  const heardRights = firstRight !== undefined && !heard.has(firstRight) ? rest.filter((intent) => protectedSet.has(intent) && heard.has(intent)) : [];
  const others = rest.filter((intent) => !heardRights.includes(intent));
  const at = firstRight === undefined ? 0 : others.indexOf(firstRight);
  const ordered = [...safety, ...others.slice(0, at), ...heardRights, ...others.slice(at)];
  return ordered.length > 0 ? ordered : ['out_of_scope'];
}

/** The local understanding alone (no network): tests and deployments without a model key. */
export function createLocalUnderstanding(): Understand {
  return understandWith(new LocalRecognizer(loadIntentModel()));
}

/** The settings createUnderstanding reads; config.ts supplies them (it alone reads the environment). */
export interface UnderstandingConfig {
  openaiApiKey?: string | null;
  openaiBaseUrl?: string | null;
  openaiModel?: string | null;
  openaiTimeoutMs?: number | null;
}

/**
 * The understanding the conversation calls once per debtor message: the local recognizer, or
 * the OpenAI recognizer (with the local one as its fallback) when an API key is configured.
 */
export function createUnderstanding(config: UnderstandingConfig, clock: Clock, overrides: Partial<OpenAIRecognizerOptions> = {}): Understand {
  const local = new LocalRecognizer(loadIntentModel());
  if (!config.openaiApiKey) return understandWith(local);
  const openai = new OpenAIRecognizer({
    apiKey: config.openaiApiKey,
    baseURL: config.openaiBaseUrl ?? undefined,
    model: config.openaiModel ?? undefined,
    timeoutMs: config.openaiTimeoutMs ?? undefined,
    fallback: local,
    clock,
    ...overrides,
  });
  return understandWith(openai);
}
