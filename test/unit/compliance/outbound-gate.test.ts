import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { allowedNow, contactWindowOf } from '../../../src/compliance/contact-window';
import { debtorZones } from '../../../src/compliance/debtor-location';
import { decideOutbound } from '../../../src/compliance/outbound-gate';
import type { AccountFlag, AccountStatus } from '../../../src/domain/account';
import { complianceMessages } from '../../../prompts/compliance';
import { anAccount, bostonian, californianWith212, spanishSpeaker } from '../../fixtures/accounts';
import { samplePolicy, thirdPartyPolicy } from '../../fixtures/policy';
import { aMessage, aReminder, tuesdayMorning, withPreferences } from './outbound-messages';

const en = complianceMessages.en;
const es = complianceMessages.es;

describe('RF-01 nothing about a debt before verification', () => {
  it.each([
    'Your balance is $1,204.00.',
    'You owe Northwind Energy money.',
    'This is about your past due account.',
    'Su saldo es $1,204.00.',
    'Tiene una deuda pendiente.',
  ])('blocks "%s" to an unverified person', (text) => {
    const result = decideOutbound(aMessage({ text, verified: false, account: null }));
    expect(result.decision).toMatchObject({ action: 'block', ruleIds: ['RF-01'] });
    expect(result.text).toBeUndefined();
  });

  it('blocks collection content before verification even without debt words', () => {
    expect(decideOutbound(aMessage({ verified: false, collectionContent: true })).decision.action).toBe('block');
  });

  it('allows a verification prompt', () => {
    const result = decideOutbound(aMessage({ text: 'Thanks. What is the ZIP code on your account?', verified: false, account: null }));
    expect(result.decision.action).toBe('rewrite');
    expect(result.decision.ruleIds).toContain('RF-01');
  });
});

describe('RF-02 / TC-05 contact window for bot-initiated messages', () => {
  it('holds a reminder at 20:30 PT to a CA address with a 212 phone until 08:00 PT next day', () => {
    const now = DateTime.fromISO('2026-06-16T20:30', { zone: 'America/Los_Angeles' }).toJSDate();
    const result = decideOutbound(aReminder({ account: californianWith212(), now }));
    expect(result.decision).toMatchObject({ action: 'hold', ruleIds: ['RF-02'], holdUntil: '2026-06-17T15:00:00.000Z' });
    expect(result.text).toBeUndefined();
  });

  it('holds a 07:55 reminder until 08:00', () => {
    const now = DateTime.fromISO('2026-06-16T07:55', { zone: 'America/Chicago' }).toJSDate();
    expect(decideOutbound(aReminder({ now })).decision.holdUntil).toBe('2026-06-16T13:00:00.000Z');
  });

  it('holds a reminder during designated work hours and allows it on Saturday', () => {
    const account = withPreferences(anAccount(), { inconvenientTimes: [{ days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' }] });
    expect(decideOutbound(aReminder({ account })).decision.action).toBe('hold');
    const saturday = DateTime.fromISO('2026-06-20T10:00', { zone: 'America/Chicago' }).toJSDate();
    expect(decideOutbound(aReminder({ account, now: saturday })).decision.action).toBe('rewrite');
  });

  it('lets a reply to the debtor go at 22:10 (the conversation keeps it to one)', () => {
    const now = DateTime.fromISO('2026-06-16T22:10', { zone: 'America/Chicago' }).toJSDate();
    const result = decideOutbound(aMessage({ text: en.lateNightReply('8 AM'), now }));
    expect(result.decision.action).toBe('rewrite');
  });
});

describe('RF-04 / TC-03 opt-out notice on every SMS', () => {
  it('appends the English notice', () => {
    expect(decideOutbound(aMessage()).text).toBe(`Thanks, I can help with that.\n${en.optOutNotice}`);
  });

  it('appends the Spanish notice to a Spanish SMS', () => {
    const result = decideOutbound(aMessage({ text: 'Gracias, con gusto le ayudo.', language: 'es', account: spanishSpeaker() }));
    expect(result.text).toBe(`Gracias, con gusto le ayudo.\n${es.optOutNotice}`);
  });

  it('does not double a notice already at the end', () => {
    const text = en.help(samplePolicy.creditor.name, samplePolicy.creditor.supportPhone);
    expect(decideOutbound(aMessage({ text, verified: false, account: null })).decision.action).toBe('allow');
  });

  it('adds no SMS notice in web chat', () => {
    expect(decideOutbound(aMessage({ channel: 'webchat' }))).toMatchObject({ decision: { action: 'allow' }, text: 'Thanks, I can help with that.' });
  });

  it('property: for any text, language and initiator, an allowed SMS ends with the notice in its language, and no bot-initiated SMS goes outside the window', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.constantFrom('Your plan is set up.', 'Reply STOP to opt out.', 'Su plan quedó registrado.', '')),
        fc.constantFrom('en' as const, 'es' as const),
        fc.constantFrom('reply' as const, 'bot' as const, 'specialist' as const),
        fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2026-12-31T23:59:59Z'), noInvalidDate: true }),
        fc.constantFrom(anAccount(), californianWith212(), bostonian()),
        fc.boolean(),
        (text, language, initiator, now, account, sessionStart) => {
          const message = aMessage({ text, language, initiator, now, account, sessionStart });
          const result = decideOutbound(message);
          if (result.decision.action === 'allow' || result.decision.action === 'rewrite') {
            expect(result.text?.endsWith(complianceMessages[language].optOutNotice)).toBe(true);
            if (initiator === 'bot') {
              expect(allowedNow(debtorZones(account), now, contactWindowOf(samplePolicy, []))).toBe(true);
            }
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('RF-06 / TC-02 opt-outs', () => {
  it('blocks anything to an opted-out number', () => {
    expect(decideOutbound(aMessage({ optedOut: true })).decision).toMatchObject({ action: 'block', ruleIds: ['TC-02', 'RF-06'] });
  });

  it('lets the single confirmation through, with nothing appended', () => {
    const text = en.optOutConfirmation(samplePolicy.creditor.name);
    expect(decideOutbound(aMessage({ text, optedOut: true, optOutConfirmation: true }))).toMatchObject({
      decision: { action: 'allow' },
      text,
    });
  });
});

describe('RF-07 / RF-08 / RF-12 / RF-18 / RF-22 account hard stops', () => {
  const stops: [string, { status?: AccountStatus; flags?: AccountFlag[] }, string][] = [
    ['cease', { flags: ['cease'] }, 'RF-07'],
    ['attorney', { flags: ['attorney'] }, 'RF-08'],
    ['deceased', { status: 'deceased' }, 'RF-12'],
    ['dispute without validation sent', { flags: ['dispute'] }, 'RF-18'],
    ['bankruptcy', { flags: ['bankruptcy'] }, 'RF-22'],
    ['identity theft', { flags: ['identity_theft'] }, 'RF-22'],
  ];

  it.each(stops)('%s: blocks collection content', (_, overrides, ruleId) => {
    const result = decideOutbound(aMessage({ account: anAccount(overrides), collectionContent: true }));
    expect(result.decision.action).toBe('block');
    expect(result.decision.ruleIds).toContain(ruleId);
  });

  it.each(stops)('%s: blocks a bot-initiated reminder', (_, overrides, ruleId) => {
    expect(decideOutbound(aReminder({ account: anAccount(overrides) })).decision.ruleIds).toContain(ruleId);
  });

  it('cease: still lets the neutral acknowledgment reply go', () => {
    const result = decideOutbound(aMessage({ account: anAccount({ flags: ['cease'] }), text: "Understood. We'll stop contacting you about this." }));
    expect(result.decision.action).toBe('rewrite');
  });

  it('resumes collection content on a dispute once validation was sent', () => {
    const account = anAccount({ flags: ['dispute', 'validation_sent'] });
    expect(decideOutbound(aMessage({ account, collectionContent: true })).decision.action).toBe('rewrite');
  });

  it('RF-11: never initiates to a number reported as wrong', () => {
    expect(decideOutbound(aReminder({ account: anAccount({ flags: ['wrong_number'] }) })).decision.ruleIds).toContain('RF-11');
  });
});

describe('RF-09 debt-collector disclosure (third-party tenants)', () => {
  it('puts the disclosure before the balance once the debtor is verified', () => {
    const result = decideOutbound(aMessage({ policy: thirdPartyPolicy, text: 'Your balance is $1,204.00.', allowedAmounts: [120400], collectionContent: true }));
    expect(result.text).toBe(`${en.debtCollectorDisclosure} Your balance is $1,204.00.\n${en.optOutNotice}`);
    expect(result.decision.ruleIds).toContain('RF-09');
  });

  it('in Spanish for a Spanish conversation', () => {
    const result = decideOutbound(aMessage({ policy: thirdPartyPolicy, language: 'es', text: 'Gracias.' }));
    expect(result.text?.startsWith(es.debtCollectorDisclosure)).toBe(true);
  });

  it('not before verification, when nothing about a debt may be said', () => {
    const result = decideOutbound(aMessage({ policy: thirdPartyPolicy, verified: false, account: null, text: 'Please send your ZIP code.' }));
    expect(result.text).toBe(`Please send your ZIP code.\n${en.optOutNotice}`);
  });

  it('not for a first-party creditor', () => {
    expect(decideOutbound(aMessage()).text).not.toContain('debt collector');
  });
});

describe('TC-01 consent for bot-initiated texts', () => {
  it('blocks a reminder to an account without SMS consent', () => {
    expect(decideOutbound(aReminder({ account: anAccount({ smsConsent: false }) })).decision).toMatchObject({
      action: 'block',
      ruleIds: ['TC-01', 'RF-05'],
    });
  });

  it('still answers a debtor who texted in', () => {
    expect(decideOutbound(aMessage({ account: anAccount({ smsConsent: false }) })).decision.action).toBe('rewrite');
  });
});

describe('RF-13 / ST-01 / ST-02 caps through the gate', () => {
  it('blocks the third reminder in 7 days to a Massachusetts debtor (ST-01)', () => {
    expect(decideOutbound(aReminder({ account: bostonian(), botInitiatedLast7Days: 2 })).decision).toMatchObject({
      action: 'block',
      ruleIds: ['ST-01'],
    });
  });

  it('replies do not count against the cap', () => {
    expect(decideOutbound(aMessage({ account: bostonian(), botInitiatedLast7Days: 6 })).decision.action).toBe('rewrite');
  });

  it('blocks the fourth reminder under the policy budget (RF-13)', () => {
    expect(decideOutbound(aReminder({ botInitiatedLast7Days: 3 })).decision.ruleIds).toEqual(['RF-13']);
  });
});

describe('content lint in the gate', () => {
  it('FL-01: blocks an amount the engine did not give', () => {
    const result = decideOutbound(aMessage({ text: 'I can do $300 today.', allowedAmounts: [120400] }));
    expect(result.decision).toMatchObject({ action: 'block' });
    expect(result.decision.ruleIds).toContain('FL-01');
  });

  it('FL-02: blocks a suggestion to borrow from family', () => {
    expect(decideOutbound(aMessage({ text: 'Maybe a family member could lend you the money.' })).decision.ruleIds).toContain('FL-02');
  });

  it('PAY-01: blocks a card number in an outbound message', () => {
    expect(decideOutbound(aMessage({ text: 'Your card 4111 1111 1111 1111 is on file.' })).decision.ruleIds).toContain('PAY-01');
  });
});

describe('AI-01 automated-assistant disclosure', () => {
  it('opens the first message of a session', () => {
    const result = decideOutbound(aMessage({ sessionStart: true }));
    expect(result.text).toBe(`${en.aiDisclosure(samplePolicy.creditor.name)} Thanks, I can help with that.\n${en.optOutNotice}`);
    expect(result.decision.ruleIds).toContain('AI-01');
  });

  it('in Spanish', () => {
    expect(decideOutbound(aMessage({ sessionStart: true, language: 'es', text: 'Hola.' })).text).toBe(
      `${es.aiDisclosure(samplePolicy.creditor.name)} Hola.\n${es.optOutNotice}`,
    );
  });

  it('is not repeated when the message already says it is automated', () => {
    const text = "Hi, this is Northwind Energy's automated assistant.";
    expect(decideOutbound(aMessage({ sessionStart: true, text })).text).toBe(`${text}\n${en.optOutNotice}`);
  });

  it('only at session start', () => {
    expect(decideOutbound(aMessage()).decision.ruleIds).not.toContain('AI-01');
  });
});

describe('decision record (RF-24)', () => {
  it('carries the policy version and every rule applied', () => {
    const { decision } = decideOutbound(aReminder({ now: tuesdayMorning }));
    expect(decision.policyVersion).toBe(samplePolicy.version);
    expect(decision.ruleIds).toEqual(expect.arrayContaining(['RF-07', 'TC-01', 'TC-02', 'RF-02', 'RF-13', 'RF-15', 'RF-04']));
  });
});

describe('PAY-01 signed payment links', () => {
  it('never mistakes the digits of a link (ids, expiry, signature) for a card or bank number', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 }), (reference, signature) => {
        const link = `https://pay.example.test/pay?account=NW-1001&amount=10338&ref=${reference}&expires=1795532400&sig=${signature}`;
        const result = decideOutbound(aMessage({ text: `Pay $103.38 securely here: ${link}`, collectionContent: true, allowedAmounts: [10338] }));
        expect(result.decision.action).not.toBe('block');
      }),
      { numRuns: 500 },
    );
  });
});
