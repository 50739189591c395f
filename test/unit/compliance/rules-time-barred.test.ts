import { describe, expect, it } from 'vitest';
import { decideOutbound } from '../../../src/compliance/outbound-gate';
import { complianceMessages } from '../../../prompts/compliance';
import { anAccount, brooklynite, spanishSpeaker } from '../../fixtures/accounts';
import { aMessage, aReminder } from './outbound-messages';

/** Time-barred debts (RF-19) and the state notices that go with them (ST-04, ST-05). */
const en = complianceMessages.en;
const es = complianceMessages.es;

const angeleno = (timeBarred: boolean) => anAccount({ zip: '90012', phone: '+12135550123', timezone: 'America/Los_Angeles', timeBarred });
const balance = (account = angeleno(true)) =>
  aMessage({ account, text: 'Your balance is $1,204.00.', collectionContent: true, allowedAmounts: [120400] });

const litigationDrafts = [
  'If you do not pay we may sue you.',
  'We can take you to court over this balance.',
  'A judgment could be entered against you.',
  'Si no paga, podemos demandarle.',
];

describe('RF-19 time-barred debt', () => {
  it.each(litigationDrafts)('RF-19: never sends litigation wording about a time-barred debt: "%s"', (text) => {
    const result = decideOutbound(aMessage({ account: angeleno(true), text, language: /podemos/.test(text) ? 'es' : 'en' }));
    expect(result.decision.action).toBe('block');
    expect(result.text).toBeUndefined();
  });

  it('RF-19: a message about a time-barred debt carries the notice, before the opt-out notice', () => {
    const result = decideOutbound(balance());
    expect(result.text).toBe(`Your balance is $1,204.00. ${en.timeBarredNotice}\n${en.optOutNotice}`);
    expect(result.decision.ruleIds).toContain('RF-19');
  });

  it('RF-19: a reminder about a time-barred debt carries it too', () => {
    expect(decideOutbound(aReminder({ account: angeleno(true), collectionContent: true })).text).toContain(en.timeBarredNotice);
  });

  it('RF-19: a debt within the limitation period gets the normal message', () => {
    const result = decideOutbound(balance(angeleno(false)));
    expect(result.text).toBe(`Your balance is $1,204.00.\n${en.optOutNotice}`);
    expect(result.decision.ruleIds).not.toContain('RF-19');
  });

  it('RF-19: no notice before verification, when nothing about a debt may be said (RF-01)', () => {
    const result = decideOutbound(aMessage({ account: null, verified: false, text: 'What is the ZIP code on your account?' }));
    expect(result.text).not.toContain(en.timeBarredNotice);
  });

  it('RF-19: only the gate adds the notice: a draft quoting it is stopped by the litigation-word lint', () => {
    const text = `Your balance is $1,204.00. ${en.timeBarredNotice}`;
    const result = decideOutbound(aMessage({ account: angeleno(true), text, collectionContent: true, allowedAmounts: [120400] }));
    expect(result.decision).toMatchObject({ action: 'block', ruleIds: ['RF-15'] });
  });
});

describe('ST-04 California time-barred notice', () => {
  it('ST-04: a California time-barred account gets the notice opening with the 1788.14(d) words', () => {
    const result = decideOutbound(balance());
    expect(en.timeBarredNotice).toMatch(/^The law limits how long you can be sued on a debt\. Because of the age of your debt, we will not sue you for it\./);
    expect(result.text).toContain(en.timeBarredNotice);
    expect(result.decision.ruleIds).toEqual(expect.arrayContaining(['RF-19', 'ST-04']));
  });

  it('ST-04: litigation terms stay blocked on the California account', () => {
    expect(decideOutbound(aMessage({ account: angeleno(true), text: 'We will file a lawsuit.' })).decision.action).toBe('block');
  });
});

describe('ST-05 time-barred disclosures elsewhere', () => {
  it('ST-05: a New York time-barred account gets the notice, recorded as ST-05', () => {
    const result = decideOutbound(balance(brooklynite({ timeBarred: true })));
    expect(result.text).toContain(en.timeBarredNotice);
    expect(result.decision.ruleIds).toEqual(expect.arrayContaining(['RF-19', 'ST-05']));
    expect(result.decision.ruleIds).not.toContain('ST-04');
  });

  it('ST-05: in Spanish for a Spanish conversation', () => {
    const account = spanishSpeaker({ timeBarred: true });
    const result = decideOutbound(aMessage({ account, language: 'es', text: 'Su saldo es $1,204.00.', collectionContent: true, allowedAmounts: [120400] }));
    expect(result.text).toBe(`Su saldo es $1,204.00. ${es.timeBarredNotice}\n${es.optOutNotice}`);
  });

  it.each(litigationDrafts)('ST-05: an account whose limitation status is not known gets no litigation wording either: "%s"', (text) => {
    const result = decideOutbound(aMessage({ account: anAccount({ timeBarred: false }), text, language: /podemos/.test(text) ? 'es' : 'en' }));
    expect(result.decision.action).toBe('block');
  });
});
