import { describe, expect, it } from 'vitest';
import { decideOutbound } from '../../../src/compliance/outbound-gate';
import { anAccount } from '../../fixtures/accounts';
import { aMessage, aReminder } from './outbound-messages';

/** The outbound gate's part in safety (AI-02, RF-14), refusals (RF-07) and wrong numbers (RF-11). */
describe('AI-02 / RF-14 / RF-07 account flags stop collection and everything the assistant starts', () => {
  it.each([
    ['crisis', 'AI-02'],
    ['threat', 'RF-14'],
    ['refusal_to_pay', 'RF-07'],
  ] as const)('a %s flag blocks a reminder, citing %s', (flag, rule) => {
    const result = decideOutbound(aReminder({ account: anAccount({ flags: [flag] }) }));
    expect(result.decision.action).toBe('block');
    expect(result.decision.ruleIds).toContain(rule);
  });

  it.each(['crisis', 'threat', 'refusal_to_pay'] as const)('a %s flag blocks an amount in a reply, but not a reply without one', (flag) => {
    const account = anAccount({ flags: [flag] });
    expect(decideOutbound(aMessage({ account, collectionContent: true, text: 'Your balance is $10.00.', allowedAmounts: [1000] })).decision.action).toBe('block');
    expect(decideOutbound(aMessage({ account })).decision.action).not.toBe('block');
  });
});

describe('AI-02 / RF-14 no payment ask after crisis or threat words in the conversation', () => {
  it('blocks collection content in a session that heard them, verified or not', () => {
    for (const safetyHold of ['crisis', 'threat'] as const) {
      const ask = { collectionContent: true, text: 'How much will you pay, and on what date?', safetyHold };
      expect(decideOutbound(aMessage(ask)).decision).toMatchObject({ action: 'block', ruleIds: [safetyHold === 'crisis' ? 'AI-02' : 'RF-14'] });
      expect(decideOutbound(aMessage({ ...ask, account: null, verified: false })).decision.action).toBe('block');
    }
  });

  it('lets a message without collection content through', () => {
    expect(decideOutbound(aMessage({ safetyHold: 'crisis' })).decision.action).not.toBe('block');
  });
});

describe('AI-02 the reply of care reaches a debtor who had opted out (TC-04: they wrote to us)', () => {
  it('allows the crisis reply to an opted-out address, and nothing else', () => {
    expect(decideOutbound(aMessage({ optedOut: true, crisisCare: true })).decision.action).not.toBe('block');
    expect(decideOutbound(aMessage({ optedOut: true })).decision).toMatchObject({ action: 'block', ruleIds: ['TC-02', 'RF-06'] });
  });

  it('never lets the assistant start a message to an opted-out address, care or not', () => {
    expect(decideOutbound(aReminder({ optedOut: true, crisisCare: true })).decision.action).toBe('block');
  });
});

describe('RF-11 a number reported as wrong', () => {
  it('gets nothing the assistant starts', () => {
    expect(decideOutbound(aReminder({ account: anAccount({ flags: ['wrong_number'] }) })).decision).toMatchObject({ action: 'block', ruleIds: ['RF-11', 'TC-06'] });
  });
});
