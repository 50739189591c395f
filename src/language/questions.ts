import { normalizeForMatching } from '../compliance/normalize';
import { protectedIntents, questionIntents, safetyIntents, type Intent, type QuestionIntent } from '../domain/intents';
import { questionPatterns } from './question-patterns';

/** The questions with an approved answer that `text` asks, in the order of questionIntents. */
export function questionsIn(text: string): QuestionIntent[] {
  const normalized = normalizeForMatching(text);
  return questionPatterns.filter(({ patterns }) => patterns.some((pattern) => pattern.test(normalized))).map(({ intent }) => intent);
}

/** The normalised text with the questions' words blanked out: what the debtor says besides asking. */
export function withoutQuestions(text: string): string {
  let normalized = normalizeForMatching(text);
  for (const { patterns } of questionPatterns) {
    for (const pattern of patterns) {
      normalized = normalized.replace(new RegExp(pattern.source, 'g'), (match) => ' '.repeat(match.length));
    }
  }
  return normalized;
}

/** Where one thing said ends and another begins: a sentence's end, or "also" and its kin. */
const saidApart = /[.?!;]+|\b(?:also|and also|plus|btw|tambien|y tambien|ademas)\b/;

/**
 * What the message says besides its questions, when that is a request of its own ("is there a
 * fee? also I want a payment plan"): the classifier reads it apart, since on the whole message it
 * names only the question. Only the parts said apart that ask no question count ("is there a fee
 * to pay by card?" has none). Null when fewer than three words are left.
 */
export function requestBesidesQuestions(text: string): string | null {
  if (questionsIn(text).length === 0) return null;
  const rest = normalizeForMatching(text)
    .split(saidApart)
    .filter((part) => questionsIn(part).length === 0)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return (rest.match(/\p{L}+/gu) ?? []).length >= 3 ? rest : null;
}

const questionSet = new Set<Intent>(questionIntents);
const protectedSet = new Set<Intent>(protectedIntents);
/** The classifier's informational guesses that a question the phrases heard replaces. */
export const answeredByTheQuestion = new Set<Intent>([...questionIntents, 'balance_question', 'payment_history', 'help', 'dont_know', 'greeting', 'out_of_scope']);

export function isQuestionIntent(intent: Intent): intent is QuestionIntent {
  return questionSet.has(intent);
}

/** Questions that are themselves a validation request (RULES.md AI-02 ORIGINAL_CREDITOR_REQUEST, RF-17, RF-18). */
const validationQuestions = new Set<Intent>(['validation_period_question', 'original_creditor_question']);
/** What already records a dispute or validation request, or says the writer is not the debtor. */
const recordedOtherwise = new Set<Intent>([
  'dispute_not_my_debt',
  'dispute_wrong_amount',
  'dispute_identity_theft',
  'debt_validation_request',
  'payment_already_made',
  'wrong_number',
  'third_party',
]);

/**
 * Puts the questions the phrases heard right after safety, and drops what they settle:
 * - the classifier's informational guesses ("will this hurt my credit?" read as a balance question);
 * - a refusal to pay heard only inside a question: "what happens if I never pay?" asks about a
 *   refusal, it makes none (RF-07). `refusesBesides` reads the rest of the message for a refusal
 *   said beside the question ("what happens if I don't pay? because I won't"), which stays.
 * A question about the validation period or the original creditor is also a validation request
 * (recall first, AI-02): "how long do I have to dispute this?" is recorded as one even when the
 * classifier read only the question. The classifier's original-creditor guess alone is not
 * enough: on the test slice it read "where does cannabis originate from" as one.
 */
export function withQuestionsHeard(intents: readonly Intent[], text: string, refusesBesides: (rest: string) => boolean): Intent[] {
  const asked = questionsIn(text);
  const heard = asked.length === 0 ? withoutGuessedQuestions(intents) : withAsked(intents, asked, text, refusesBesides);
  const validationAsked =
    (asked.some((intent) => validationQuestions.has(intent)) || intents.includes('validation_period_question')) && !heard.some((intent) => recordedOtherwise.has(intent));
  return validationAsked ? [...heard, 'debt_validation_request'] : heard;
}

/**
 * Without a phrase to go on, a question the classifier guessed beside a right is dropped: the
 * right is what the message says ("I dispute this" read as how to dispute is answered as a dispute).
 */
function withoutGuessedQuestions(intents: readonly Intent[]): Intent[] {
  if (!intents.some((intent) => protectedSet.has(intent))) return [...intents];
  return intents.filter((intent) => !questionSet.has(intent));
}

function withAsked(intents: readonly Intent[], asked: QuestionIntent[], text: string, refusesBesides: (rest: string) => boolean): Intent[] {
  const hypothetical = asked.includes('consequence_question') && intents.includes('refusal_to_pay') && !refusesBesides(withoutQuestions(text));
  const kept = intents.filter((intent) => !answeredByTheQuestion.has(intent) && !(hypothetical && intent === 'refusal_to_pay'));
  const safety = kept.filter((intent) => (safetyIntents as readonly Intent[]).includes(intent));
  return [...safety, ...asked, ...kept.filter((intent) => !safety.includes(intent))];
}
