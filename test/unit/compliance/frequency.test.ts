import { describe, expect, it } from 'vitest';
import { capReached, frequencyCapFor } from '../../../src/compliance/frequency';
import { anAccount, bostonian, brooklynite, seattleite } from '../../fixtures/accounts';
import { policyWith, samplePolicy, thirdPartyPolicy } from '../../fixtures/policy';

describe('RF-13 electronic-contact budget', () => {
  it("uses the policy's 7-day budget where no state rule is stricter", () => {
    expect(frequencyCapFor(anAccount(), samplePolicy)).toEqual({ limit: 3, ruleId: 'RF-13' });
  });

  it('a stricter policy budget wins over a state rule', () => {
    expect(frequencyCapFor(bostonian(), policyWith({ maxBotInitiatedPer7Days: 1 }))).toEqual({ limit: 1, ruleId: 'RF-13' });
  });

  it('blocks the message that would exceed the cap', () => {
    const cap = frequencyCapFor(anAccount(), samplePolicy);
    expect(capReached(cap, 2)).toBe(false);
    expect(capReached(cap, 3)).toBe(true);
  });
});

describe('ST-01 Massachusetts: 2 initiated texts per 7 days', () => {
  it('applies to a Boston ZIP, first-party creditors included', () => {
    expect(frequencyCapFor(bostonian(), samplePolicy)).toEqual({ limit: 2, ruleId: 'ST-01' });
  });

  it('covers the whole MA range 010-027 and 055', () => {
    for (const zip of ['01001', '02790', '05501']) expect(frequencyCapFor(anAccount({ zip }), samplePolicy).ruleId).toBe('ST-01');
  });
});

describe('ST-02 New York City: 3 contacts per 7 days', () => {
  it('applies to a Brooklyn ZIP and wins a tie with the policy budget', () => {
    expect(frequencyCapFor(brooklynite(), samplePolicy)).toEqual({ limit: 3, ruleId: 'ST-02' });
  });

  it('does not apply upstate', () => {
    expect(frequencyCapFor(anAccount({ zip: '12207' }), samplePolicy).ruleId).toBe('RF-13');
  });
});

describe('ST-03 Washington: 3 per week for collection agencies', () => {
  it('applies to a third-party tenant', () => {
    expect(frequencyCapFor(seattleite(), thirdPartyPolicy)).toEqual({ limit: 3, ruleId: 'ST-03' });
  });

  it('does not bind a creditor collecting in its own name', () => {
    expect(frequencyCapFor(seattleite(), samplePolicy).ruleId).toBe('RF-13');
  });
});

describe('§3 unknown jurisdiction', () => {
  it('applies the strictest state profile to a ZIP it cannot place', () => {
    expect(frequencyCapFor(anAccount({ zip: '?' }), samplePolicy)).toEqual({ limit: 2, ruleId: 'ST-01' });
  });
});
