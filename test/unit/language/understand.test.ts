import { describe, expect, it } from 'vitest';
import { unionIntents, understandWith } from '../../../src/language/understand';
import type { Recognition, Recognizer } from '../../../src/language/recognition';
import { redactForModel } from '../../../src/language/redact-for-model';
import { CircuitBreaker } from '../../../src/language/circuit-breaker';
import { ManualClock } from '../../../src/domain/clock';

const context = { now: new Date('2025-06-18T15:00:00Z'), timezone: 'America/Chicago', language: 'en' as const };
const fixed = (recognition: Partial<Recognition>): Recognizer => ({
  recognize: async () => ({ intent: 'out_of_scope', intents: ['out_of_scope'], entities: {}, language: 'en', source: 'local', ...recognition }),
});

describe('protected intents: recognizer ∪ compliance rights detector', () => {
  it('adds what the rights detector finds, keeping the recognizer top intent first', async () => {
    const understand = understandWith(fixed({ intent: 'greeting', intents: ['greeting'] }), () => ({ intents: ['attorney_represented'], keyword: null, identityQuestion: null, claimedOffer: null, contactPreference: null }));
    const result = await understand('hi, my lawyer handles this', context);
    expect(result.intent).toBe('greeting');
    expect(result.intents).toEqual(['greeting', 'attorney_represented']);
  });

  it('reports an opt-out keyword as cease_contact', async () => {
    const understand = understandWith(fixed({ intent: 'cancel_nevermind', intents: ['cancel_nevermind'] }), () => ({ intents: [], keyword: 'opt_out', identityQuestion: null, claimedOffer: null, contactPreference: null }));
    const result = await understand('STOP', context);
    expect(result.intents).toEqual(['cancel_nevermind', 'cease_contact']);
    expect(result.rights.keyword).toBe('opt_out');
  });

  it('does not repeat an intent both found', () => {
    expect(unionIntents(['dispute_not_my_debt'], { intents: ['dispute_not_my_debt'], keyword: null, identityQuestion: null, claimedOffer: null, contactPreference: null })).toEqual(['dispute_not_my_debt']);
  });

  it('with the real rights detector, "I do not want any more calls from you" is a cease', async () => {
    const result = await understandWith(fixed({}))('I do not want any more calls from you', context);
    expect(result.intents).toContain('cease_contact');
  });

  it('with the real rights detector, STOP is acted on as cease_contact', async () => {
    const result = await understandWith(fixed({}))('STOP', context);
    expect(result.intents).toContain('cease_contact');
  });
});

describe("where the detector's phrase decides over the classifier", () => {
  it('safety first: a crisis the detector hears leads, whatever the classifier guessed', async () => {
    const result = await understandWith(fixed({ intent: 'dispute_not_my_debt', intents: ['dispute_not_my_debt'] }))("I want to kill myself, this isn't my debt", context);
    expect(result.intent).toBe('crisis');
    expect(result.intents[0]).toBe('crisis');
  });

  it('AI-01: "am I talking to a real person?" drops the classifier\'s request for a person', async () => {
    const result = await understandWith(fixed({ intent: 'request_human', intents: ['request_human'] }))('am I talking to a real person?', context);
    expect(result.intent).toBe('ai_identity_question');
    expect(result.intents).not.toContain('request_human');
  });

  it('AI-01: a request for a person is no identity question, and recognizer.v1\'s are_you_a_bot is the same question', async () => {
    expect((await understandWith(fixed({ intent: 'ai_identity_question', intents: ['ai_identity_question'] }))('I want a real person', context)).intents).toEqual(['request_human']);
    expect((await understandWith(fixed({ intent: 'are_you_a_bot', intents: ['are_you_a_bot'] }))('bot?', context)).intent).toBe('ai_identity_question');
  });

  it('AI-03: "your supervisor approved 50% off" asks for nobody', async () => {
    const result = await understandWith(fixed({ intent: 'request_human', intents: ['request_human'] }))('your supervisor approved 50% off', context);
    expect(result.intents).toEqual(['claimed_prior_offer']);
  });

  it('RF-11: a wrong number drops the classifier\'s dispute', async () => {
    const result = await understandWith(fixed({ intent: 'dispute_not_my_debt', intents: ['dispute_not_my_debt'] }))("wrong number, I don't owe you anything", context);
    expect(result.intents).toEqual(['wrong_number']);
  });
});

describe('redaction before any model sees the text', () => {
  it.each([
    ['my name is Maria Lopez and I can pay 100', /Maria|Lopez/],
    ['soy Juan Pérez', /Juan|Pérez/],
    ['dob 3/14/1985', /3\/14\/1985/],
    ['born March 14, 1985', /March 14, 1985/],
    ['ssn 123-45-6789', /123-45-6789/],
    ['card 4111 1111 1111 1111', /4111/],
    ['account 123456789', /123456789/],
    ['email me at maria@example.com', /maria@example\.com/],
  ])('%s', (text, forbidden) => {
    expect(redactForModel(text)).not.toMatch(forbidden);
  });

  it('keeps what the model needs: amounts, weekdays, intent words', () => {
    expect(redactForModel('I can pay $100 on Friday, this is not my debt')).toBe('I can pay $100 on Friday, this is not my debt');
  });
});

describe('circuit breaker', () => {
  it('opens after N consecutive failures, half-opens after the cool-down, and closes on success', () => {
    const clock = new ManualClock(new Date(0));
    const breaker = new CircuitBreaker({ failureThreshold: 2, coolDownMs: 1000, clock });
    breaker.recordFailure();
    expect(breaker.state).toBe('closed');
    breaker.recordFailure();
    expect(breaker.allowRequest()).toBe(false);
    clock.advance(1001);
    expect(breaker.allowRequest()).toBe(true);
    expect(breaker.allowRequest()).toBe(false);
    breaker.recordFailure();
    expect(breaker.state).toBe('open');
    clock.advance(1001);
    expect(breaker.allowRequest()).toBe(true);
    breaker.recordSuccess();
    expect(breaker.state).toBe('closed');
  });

  it('a success resets the count of consecutive failures', () => {
    const breaker = new CircuitBreaker({ failureThreshold: 2, coolDownMs: 1000, clock: new ManualClock(new Date(0)) });
    breaker.recordFailure();
    breaker.recordSuccess();
    breaker.recordFailure();
    expect(breaker.state).toBe('closed');
  });
});
