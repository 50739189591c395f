import { describe, expect, it } from 'vitest';
import { tenantModeProblems, type SmsProviderSetup } from '../../../src/compliance/tenant-mode';
import { samplePolicy, thirdPartyPolicy } from '../../fixtures/policy';

const noTwilio: SmsProviderSetup = { twilioAccountSid: null, twilioAuthToken: null, twilioFromNumber: null };
const twilioUs: SmsProviderSetup = { twilioAccountSid: 'AC123', twilioAuthToken: 'token', twilioFromNumber: '+15125550199' };

describe('TC-09 third-party tenants may not send SMS on Twilio in the US/Canada', () => {
  it('refuses a third-party tenant with Twilio and a US sending number, in one line saying why', () => {
    const problems = tenantModeProblems(thirdPartyPolicy.creditor, twilioUs);
    expect(problems).toHaveLength(1);
    expect(problems[0]).not.toContain('\n');
    expect(problems[0]).toMatch(/third-party/);
    expect(problems[0]).toMatch(/Twilio forbids third-party debt collection over US\/Canada SMS/);
    expect(problems[0]).toMatch(/TC-09/);
  });

  it('never echoes a credential', () => {
    const [problem] = tenantModeProblems(thirdPartyPolicy.creditor, { ...twilioUs, twilioAuthToken: 'super-secret-token' });
    expect(problem).not.toContain('super-secret-token');
    expect(problem).not.toContain('AC123');
  });

  it('counts a Canadian or US support phone even without a sending number', () => {
    expect(tenantModeProblems({ mode: 'third-party', supportPhone: '+14165550100' }, { ...noTwilio, twilioAccountSid: 'AC1' })).toHaveLength(1);
  });

  it('counts any Twilio credential as SMS on Twilio (the webhook answers in TwiML without a SID)', () => {
    expect(tenantModeProblems(thirdPartyPolicy.creditor, { ...noTwilio, twilioAuthToken: 'token' })).toHaveLength(1);
    expect(tenantModeProblems(thirdPartyPolicy.creditor, { ...noTwilio, twilioFromNumber: '+15125550199' })).toHaveLength(1);
  });

  it('lets a third-party tenant start without Twilio', () => {
    expect(tenantModeProblems(thirdPartyPolicy.creditor, noTwilio)).toEqual([]);
  });

  it('lets a third-party tenant on Twilio start outside North America', () => {
    expect(
      tenantModeProblems({ mode: 'third-party', supportPhone: '+442071234567' }, { ...twilioUs, twilioFromNumber: '+447700900123' }),
    ).toEqual([]);
  });

  it('lets a first-party tenant (the default) use Twilio in the US', () => {
    expect(samplePolicy.creditor.mode).toBe('first-party');
    expect(tenantModeProblems(samplePolicy.creditor, twilioUs)).toEqual([]);
  });
});
