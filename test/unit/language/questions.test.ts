import { beforeAll, describe, expect, it } from 'vitest';
import { questionIntents, type QuestionIntent } from '../../../src/domain/intents';
import { questionsIn } from '../../../src/language/questions';
import { readTrainingData } from '../../../src/language/training-data';
import { createLocalUnderstanding, type Understand } from '../../../src/language/understand';

/**
 * Issue #19 item 10: the questions with an approved answer, heard in our own phrasings (direct,
 * indirect, misspelt, run-on, mixed with another request; src/language/utterances, ids
 * "-answers-") and never in the near misses written for them. Rule IDs per answer are in
 * prompts/answers.ts.
 */
const own = readTrainingData().own.filter((record) => record.id.includes('-answers-'));
const phrasings = (intent: QuestionIntent, lang: 'en' | 'es') =>
  own.filter((record) => record.intent === intent && !record.hard_negative_for && record.lang === lang).map((record) => record.text);
const nearMisses = own.filter((record) => record.hard_negative_for);

const ruleOf: Record<QuestionIntent, string> = {
  fees_interest_question: 'RF-21',
  credit_reporting_question: 'RF-15',
  consequence_question: 'RF-15',
  time_barred_question: 'RF-19',
  validation_period_question: 'RF-17',
  original_creditor_question: 'RF-17',
  spanish_notice_request: 'RF-17',
  hardship_options_question: 'FL-02',
};

describe.each(questionIntents.map((intent) => [intent]))('%s', (intent) => {
  for (const lang of ['en', 'es'] as const) {
    it(`${ruleOf[intent]}: at least 8 own ${lang} phrasings`, () => {
      expect(phrasings(intent, lang).length).toBeGreaterThanOrEqual(8);
    });
    it.each(phrasings(intent, lang))(`${ruleOf[intent]}: "%s" asks it`, (text) => {
      expect(questionsIn(text)).toContain(intent);
    });
  }
});

describe('near misses', () => {
  it('there are near misses for every question, in both languages', () => {
    for (const intent of questionIntents) {
      expect(nearMisses.filter((record) => record.hard_negative_for === intent).length, intent).toBeGreaterThanOrEqual(1);
    }
    expect(nearMisses.filter((record) => record.lang === 'es').length).toBeGreaterThanOrEqual(10);
  });

  it.each(nearMisses.map((record) => [record.text, record.hard_negative_for!]))('"%s" does not ask %s', (text, intent) => {
    expect(questionsIn(text)).not.toContain(intent);
  });

  it('counts false triggers: none of the near misses asks any question', () => {
    const falseTriggers = nearMisses.filter((record) => questionsIn(record.text).length > 0).map((record) => record.text);
    expect(falseTriggers).toEqual([]);
  });
});

describe('reading a question with the rest of the message', () => {
  let understand: Understand;
  beforeAll(() => {
    understand = createLocalUnderstanding();
  }, 120_000);
  const read = (text: string, language: 'en' | 'es' = 'en') =>
    understand(text, { now: new Date('2026-12-03T18:00:00Z'), timezone: 'America/Chicago', language });

  it('RF-15: "will this hurt my credit if I set up a plan?" is a credit reporting question first', async () => {
    expect((await read('will this hurt my credit if I set up a plan?')).intent).toBe('credit_reporting_question');
  });

  it.each(['what happens if I never pay?', 'what if i wont pay', '¿qué pasa si nunca pago?'])(
    'RF-07: "%s" asks about a refusal and makes none',
    async (text) => {
      const understanding = await read(text, /qu[eé]/.test(text) ? 'es' : 'en');
      expect(understanding.intents).toContain('consequence_question');
      expect(understanding.intents).not.toContain('refusal_to_pay');
    },
  );

  it('RF-07: a refusal said beside the question is still one', async () => {
    const understanding = await read("what happens if I don't pay? because I'm not going to pay this");
    expect(understanding.intents).toEqual(expect.arrayContaining(['consequence_question', 'refusal_to_pay']));
  });

  it('a request beside the question is kept for the dialogs', async () => {
    const understanding = await read('is there a processing fee? also i want to set up a payment plan');
    expect(understanding.intents[0]).toBe('fees_interest_question');
    expect(understanding.intents).toContain('payment_plan');
  });

  it.each(['I dispute this', 'yo disputo esta deuda'])('RF-18: "%s" is a dispute, not a question about how to dispute', async (text) => {
    const understanding = await read(text, text.startsWith('yo') ? 'es' : 'en');
    expect(understanding.intents).toContain('dispute_not_my_debt');
    expect(understanding.intents).not.toContain('validation_period_question');
  });

  it.each(['how long do i have to dispute this', 'whats the last day i can contest the balance', 'who is the original creditor?'])(
    'RF-17 / RF-18: "%s" is answered and recorded as a validation request or dispute',
    async (text) => {
      const understanding = await read(text);
      expect(understanding.intents.some((intent) => ['validation_period_question', 'original_creditor_question'].includes(intent))).toBe(true);
      expect(understanding.intents.some((intent) => ['debt_validation_request', 'dispute_not_my_debt'].includes(intent))).toBe(true);
    },
  );

  it('AI-02: a guess of the classifier alone about the original creditor records nothing ("where does cannabis originate from")', async () => {
    expect((await read('where does cannabis originate from')).intents).not.toContain('debt_validation_request');
  });

  it('RF-01 / AI-02: safety still comes before any question', async () => {
    const understanding = await read('what happens if I dont pay, I want to kill myself');
    expect(understanding.intents[0]).toBe('crisis');
  });
});
