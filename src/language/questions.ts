import { normalizeForMatching } from '../compliance/normalize';
import { questionIntents, safetyIntents, type Intent, type QuestionIntent } from '../domain/intents';
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

const questionSet = new Set<Intent>(questionIntents);
/** The classifier's informational guesses that a question the phrases heard replaces. */
const answeredByTheQuestion = new Set<Intent>([...questionIntents, 'balance_question', 'payment_history', 'help', 'dont_know', 'greeting', 'out_of_scope']);

export function isQuestionIntent(intent: Intent): intent is QuestionIntent {
  return questionSet.has(intent);
}

/**
 * Puts the questions the phrases heard right after safety, and drops what they settle:
 * - the classifier's informational guesses ("will this hurt my credit?" read as a balance question);
 * - a refusal to pay heard only inside a question: "what happens if I never pay?" asks about a
 *   refusal, it makes none (RF-07). `refusesBesides` reads the rest of the message for a refusal
 *   said beside the question ("what happens if I don't pay? because I won't"), which stays.
 */
export function withQuestionsHeard(intents: readonly Intent[], text: string, refusesBesides: (rest: string) => boolean): Intent[] {
  const asked = questionsIn(text);
  if (asked.length === 0) return [...intents];
  const hypothetical = asked.includes('consequence_question') && intents.includes('refusal_to_pay') && !refusesBesides(withoutQuestions(text));
  const kept = intents.filter((intent) => !answeredByTheQuestion.has(intent) && !(hypothetical && intent === 'refusal_to_pay'));
  const safety = kept.filter((intent) => (safetyIntents as readonly Intent[]).includes(intent));
  return [...safety, ...asked, ...kept.filter((intent) => !safety.includes(intent))];
}
