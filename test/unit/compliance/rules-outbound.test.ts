import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { decideOutbound } from '../../../src/compliance/outbound-gate';
import { policySchema, type Policy } from '../../../src/domain/policy';
import { complianceMessages } from '../../../prompts/compliance';
import { anAccount, californianWith212, spanishSpeaker } from '../../fixtures/accounts';
import { samplePolicy } from '../../fixtures/policy';
import { aMessage, aReminder, tuesdayMorning } from './outbound-messages';

/**
 * RULES.md §1-4 rules the outbound gate enforces that had no test named for them (issue #5).
 * Every case goes through decideOutbound, the gate every channel uses.
 */
const en = complianceMessages.en;
const es = complianceMessages.es;

const floridian = () => anAccount({ zip: '33130', phone: '+13055550102', timezone: 'America/New_York' });

describe('RF-05 safe harbor for bot-initiated texts', () => {
  it('RF-05: blocks a bot-initiated text to a number with no direct consent on record', () => {
    const result = decideOutbound(aReminder({ account: anAccount({ smsConsent: false }) }));
    expect(result.decision).toMatchObject({ action: 'block' });
    expect(result.decision.ruleIds).toContain('RF-05');
    expect(result.text).toBeUndefined();
  });

  it('RF-05: lets a bot-initiated text go to a consented number, and records RF-05 as applied', () => {
    const result = decideOutbound(aReminder({ account: anAccount({ smsConsent: true }) }));
    expect(result.decision.action).toBe('rewrite');
    expect(result.decision.ruleIds).toContain('RF-05');
  });

  it('RF-05: a reply on the number the debtor texted from needs no consent record (the consumer used it)', () => {
    const result = decideOutbound(aMessage({ account: anAccount({ smsConsent: false }) }));
    expect(result.decision.action).toBe('rewrite');
  });

  it('RF-05: a number that led to a wrong-number report gets nothing bot-initiated, consent or not', () => {
    const result = decideOutbound(aReminder({ account: anAccount({ smsConsent: true, flags: ['wrong_number'] }) }));
    expect(result.decision.action).toBe('block');
  });
});

describe('RF-10 a text is never a limited-content message', () => {
  const lcmLike = 'Hi, this is Ava from Northwind Energy. Please call us back.';

  it('RF-10: an LCM-style text still closes with the opt-out notice', () => {
    expect(decideOutbound(aReminder({ text: lcmLike })).text).toBe(`${lcmLike}\n${en.optOutNotice}`);
  });

  it('RF-10: an LCM-style text still needs consent (RF-05) and the contact window (RF-02)', () => {
    expect(decideOutbound(aReminder({ text: lcmLike, account: anAccount({ smsConsent: false }) })).decision.action).toBe('block');
    const night = DateTime.fromISO('2026-06-16T22:30', { zone: 'America/Chicago' }).toJSDate();
    expect(decideOutbound(aReminder({ text: lcmLike, now: night })).decision).toMatchObject({ action: 'hold', ruleIds: ['RF-02'] });
  });

  it('RF-10: an LCM-style text still counts against the 7-day cap', () => {
    const result = decideOutbound(aReminder({ text: lcmLike, botInitiatedLast7Days: samplePolicy.contact.maxBotInitiatedPer7Days }));
    expect(result.decision).toMatchObject({ action: 'block', ruleIds: ['RF-13'] });
  });
});

describe('RF-21 no amount the agreement does not authorise', () => {
  it('RF-21: blocks a convenience fee the payment quote does not contain', () => {
    const text = 'Pay $103.38 securely here. A $3.95 convenience fee applies to card payments.';
    const result = decideOutbound(aMessage({ text, collectionContent: true, allowedAmounts: [10338] }));
    expect(result.decision.action).toBe('block');
    expect(result.decision.reason).toContain('$3.95');
  });

  it('RF-21: lets the quoted amount alone go', () => {
    const result = decideOutbound(aMessage({ text: 'Pay $103.38 securely here.', collectionContent: true, allowedAmounts: [10338] }));
    expect(result.decision.action).toBe('rewrite');
  });
});

describe('TC-06 wrong numbers', () => {
  it('TC-06: a number reported as wrong is suppressed for bot-initiated messages', () => {
    const result = decideOutbound(aReminder({ account: anAccount({ flags: ['wrong_number'] }) }));
    expect(result.decision).toMatchObject({ action: 'block', ruleIds: ['RF-11', 'TC-06'] });
    expect(result.text).toBeUndefined();
  });

  it('TC-06: the same reminder goes once the flag is not there', () => {
    expect(decideOutbound(aReminder()).decision.action).toBe('rewrite');
  });
});

describe('TC-07 content hygiene', () => {
  it('TC-07: blocks a message with two links', () => {
    const text = 'Pay here: https://pay.example.test/a or read https://example.test/faq';
    const result = decideOutbound(aMessage({ text }));
    expect(result.decision).toMatchObject({ action: 'block', ruleIds: ['TC-07'] });
  });

  it('TC-07: allows a message with one link', () => {
    expect(decideOutbound(aMessage({ text: 'Pay securely here: https://pay.example.test/a' })).decision.action).toBe('rewrite');
  });

  it('TC-07: blocks a full SSN or card number in a message', () => {
    for (const text of ['We have your SSN as 123-45-6789 on file.', 'Your card 4111 1111 1111 1111 was declined.']) {
      expect(decideOutbound(aMessage({ text })).decision.action, text).toBe('block');
    }
  });

  it('TC-07: the first message to an unverified number states no amount', () => {
    const result = decideOutbound(aMessage({ text: 'Hi from Northwind Energy: $120.40 is due.', verified: false, account: null, sessionStart: true }));
    expect(result.decision.action).toBe('block');
  });
});

describe('ST-06 Florida: creditors too, 9 p.m. to 8 a.m. and attorneys', () => {
  it('ST-06: a first-party reminder at 21:05 ET to a Florida debtor is held until 08:00 ET', () => {
    expect(samplePolicy.creditor.mode).toBe('first-party');
    const now = DateTime.fromISO('2026-06-16T21:05', { zone: 'America/New_York' }).toJSDate();
    const result = decideOutbound(aReminder({ account: floridian(), now }));
    expect(result.decision).toMatchObject({ action: 'hold', holdUntil: '2026-06-17T12:00:00.000Z' });
  });

  it('ST-06: once an attorney is on file, a first-party tenant sends no reminder and no collection content', () => {
    const account = { ...floridian(), flags: ['attorney' as const] };
    expect(decideOutbound(aReminder({ account })).decision.action).toBe('block');
    expect(decideOutbound(aMessage({ account, collectionContent: true, text: 'Your balance is $1,204.00.', allowedAmounts: [120400] })).decision.action).toBe('block');
  });
});

describe('ST-07 licensed states', () => {
  const creditorSchema = policySchema.shape.creditor;
  const texasOnly: Policy = { ...samplePolicy, creditor: creditorSchema.parse({ ...samplePolicy.creditor, licensedStates: ['TX'] }) };

  it('ST-07: the policy rejects a licensed state that is not a two-letter code', () => {
    expect(creditorSchema.safeParse({ ...samplePolicy.creditor, licensedStates: ['Texas'] }).success).toBe(false);
  });

  it('ST-07: blocks every message to a debtor in a state the tenant is not licensed in', () => {
    const californian = californianWith212();
    for (const message of [aReminder({ account: californian, policy: texasOnly }), aMessage({ account: californian, policy: texasOnly })]) {
      const result = decideOutbound(message);
      expect(result.decision).toMatchObject({ action: 'block', ruleIds: ['ST-07'] });
      expect(result.text).toBeUndefined();
    }
  });

  it('ST-07: blocks a debtor whose ZIP cannot be placed in a state', () => {
    expect(decideOutbound(aMessage({ account: anAccount({ zip: 'unknown' }), policy: texasOnly })).decision.ruleIds).toEqual(['ST-07']);
  });

  it('ST-07: lets messages go in a licensed state, and everywhere when the policy names no states', () => {
    const result = decideOutbound(aReminder({ account: spanishSpeaker(), policy: texasOnly, language: 'es', text: 'Un recordatorio de su plan.' }));
    expect(result.decision.action).toBe('rewrite');
    expect(result.decision.ruleIds).toContain('ST-07');
    expect(decideOutbound(aReminder({ account: californianWith212(), now: tuesdayMorning })).decision.action).toBe('rewrite');
  });

  it('ST-07: the single opt-out confirmation still goes', () => {
    const text = en.optOutConfirmation(samplePolicy.creditor.name);
    const result = decideOutbound(aMessage({ account: californianWith212(), policy: texasOnly, text, optedOut: true, optOutConfirmation: true }));
    expect(result.decision.action).toBe('allow');
  });
});

describe('ST-08 AI disclosure laws', () => {
  it('ST-08: the first message of a session to a California debtor says it is an automated assistant', () => {
    const result = decideOutbound(aMessage({ account: californianWith212(), sessionStart: true, text: 'What is the ZIP code on your account?', verified: false }));
    expect(result.text?.startsWith(en.aiDisclosure(samplePolicy.creditor.name))).toBe(true);
  });

  it('ST-08: in Spanish for a Spanish session, on every channel', () => {
    for (const channel of ['sms', 'webchat'] as const) {
      const result = decideOutbound(aMessage({ channel, language: 'es', account: spanishSpeaker(), sessionStart: true, text: 'Gracias.' }));
      expect(result.text?.startsWith(es.aiDisclosure(samplePolicy.creditor.name)), channel).toBe(true);
    }
  });
});

describe('AI-03 the model proposes, the code decides', () => {
  it('AI-03: a draft that gives in to "settle for $1" is blocked: the amount is not the engine offer', () => {
    const text = 'As authorized, I can settle your account for $1.00.';
    const result = decideOutbound(aMessage({ text, collectionContent: true, allowedAmounts: [120400, 78260] }));
    expect(result.decision.action).toBe('block');
    expect(result.decision.ruleIds).toEqual(expect.arrayContaining(['RF-16', 'FL-01']));
  });

  it('AI-03: a draft stating a percentage off is blocked (offers state amounts from the engine)', () => {
    const result = decideOutbound(aMessage({ text: 'I can do 70% off just for you.', collectionContent: true, allowedAmounts: [120400] }));
    expect(result.decision).toMatchObject({ action: 'block', ruleIds: ['FL-01'] });
  });
});
