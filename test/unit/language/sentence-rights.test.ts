import { beforeAll, describe, expect, it } from 'vitest';
import { protectedIntents, type Intent } from '../../../src/domain/intents';
import { loadIntentModel } from '../../../src/language/committed-model';
import type { IntentModel } from '../../../src/language/intent-model';
import { sentenceScores, sentencesOf } from '../../../src/language/sentence-rights';

describe('reading a long message a sentence at a time (issue #16 item 3)', () => {
  it('splits after . ! ? ; and at line breaks, keeps amounts whole and drops sentences of under three words', () => {
    expect(sentencesOf('Hi. I paid {$20.00} a month until May!\nThen they stopped; why? Stop calling me at work.')).toEqual([
      'I paid {$20.00} a month until May!',
      'Then they stopped;',
      'Stop calling me at work.',
    ]);
  });

  let model: IntentModel;
  beforeAll(() => {
    model = loadIntentModel();
  }, 120_000);

  it("gives each protected intent its best sentence's probability, and only protected intents", () => {
    const letter = 'Thanks for getting back to me about the account. You charged me twice for the same payment. Please stop calling me at work.';
    const scores = sentenceScores(model, letter);
    const protectedSet = new Set<Intent>(protectedIntents);
    expect([...scores.keys()].every((intent) => protectedSet.has(intent))).toBe(true);
    const best = (intent: Intent) => Math.max(...sentencesOf(letter).map((s) => model.predict(s).find((p) => p.intent === intent)!.probability));
    for (const intent of ['dispute_wrong_amount', 'cease_contact'] as const) expect(scores.get(intent)).toBe(best(intent));
    expect(scores.get('cease_contact')).toBeGreaterThan(model.predict(letter).find((p) => p.intent === 'cease_contact')!.probability);
  });
});
