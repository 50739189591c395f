import { describe, expect, it } from 'vitest';
import type { VerificationFactor } from '../../../src/domain/policy';
import {
  attemptVerification,
  isLockedOut,
  matchesAllFactors,
  matchingAccount,
  matchingAccounts,
  recordFailure,
  type VerificationAttempts,
} from '../../../src/domain/verification';
import { anAccount } from '../../fixtures/accounts';
import { samplePolicy } from '../../fixtures/policy';

const dana = anAccount({ id: 'A-1', dateOfBirth: '1985-04-12', zip: '60601', ssnLast4: '4821', accountLast4: '7731' });
const dobAndZip: VerificationFactor[] = ['date_of_birth', 'zip'];
const policy = { verification: { factors: dobAndZip, maxAttempts: 3, lockoutMinutes: 60 } };
const now = new Date('2026-11-23T15:00:00Z');
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

describe('verification', () => {
  describe('matching the factors', () => {
    it('matches when every factor of the policy equals the account', () => {
      expect(matchesAllFactors(dana, { date_of_birth: '1985-04-12', zip: '60601' }, dobAndZip)).toBe(true);
    });

    it('does not match when any one factor is wrong', () => {
      expect(matchesAllFactors(dana, { date_of_birth: '1985-04-13', zip: '60601' }, dobAndZip)).toBe(false);
      expect(matchesAllFactors(dana, { date_of_birth: '1985-04-12', zip: '60602' }, dobAndZip)).toBe(false);
    });

    it('does not match when a factor was not answered', () => {
      expect(matchesAllFactors(dana, { date_of_birth: '1985-04-12' }, dobAndZip)).toBe(false);
    });

    it('checks only the factors the policy names', () => {
      expect(matchesAllFactors(dana, { zip: '60601', ssn_last4: '0000' }, ['zip'])).toBe(true);
    });

    it('checks the last four of the SSN and of the account number', () => {
      expect(matchesAllFactors(dana, { ssn_last4: '4821', account_last4: '7731' }, ['ssn_last4', 'account_last4'])).toBe(true);
      expect(matchesAllFactors(dana, { ssn_last4: '7731', account_last4: '4821' }, ['ssn_last4', 'account_last4'])).toBe(false);
    });

    it('fails closed when the account has no data for a factor', () => {
      const noSsn = anAccount({ ssnLast4: undefined });
      expect(matchesAllFactors(noSsn, { ssn_last4: '' }, ['ssn_last4'])).toBe(false);
    });

    it('never matches on an empty list of factors', () => {
      expect(matchesAllFactors(dana, {}, [])).toBe(false);
    });

    it('compares a ZIP+4 answer on its five-digit ZIP, and ignores surrounding spaces', () => {
      expect(matchesAllFactors(dana, { date_of_birth: ' 1985-04-12 ', zip: '60601-1234' }, dobAndZip)).toBe(true);
    });
  });

  describe('several accounts on one phone', () => {
    const household = [
      anAccount({ id: 'A-1', firstName: 'Dana', dateOfBirth: '1985-04-12' }),
      anAccount({ id: 'A-2', firstName: 'Rafa', dateOfBirth: '1990-09-09' }),
    ];

    it('verifies whichever account the answers fit', () => {
      expect(matchingAccount(household, { date_of_birth: '1990-09-09', zip: '60601' }, dobAndZip)?.id).toBe('A-2');
      expect(matchingAccount(household, { date_of_birth: '1985-04-12', zip: '60601' }, dobAndZip)?.id).toBe('A-1');
    });

    it('verifies none when the answers fit no account', () => {
      expect(matchingAccount(household, { date_of_birth: '2000-01-01', zip: '60601' }, dobAndZip)).toBeUndefined();
    });

    it('takes the first in order when one person holds two accounts, and can list them all', () => {
      const twoOfDanas = [anAccount({ id: 'A-1' }), anAccount({ id: 'A-3' })];
      const answers = { date_of_birth: '1985-04-12', zip: '60601' };
      expect(matchingAccount(twoOfDanas, answers, dobAndZip)?.id).toBe('A-1');
      expect(matchingAccounts(twoOfDanas, answers, dobAndZip).map((a) => a.id)).toEqual(['A-1', 'A-3']);
    });
  });

  describe('attempts and lockout', () => {
    it('is not locked out with no lock recorded', () => {
      expect(isLockedOut({ failures: 2 }, now)).toBe(false);
    });

    it('counts failures below maxAttempts without locking', () => {
      const once = recordFailure({ failures: 0 }, policy, now);
      const twice = recordFailure(once, policy, now);
      expect(twice).toEqual({ failures: 2 });
      expect(isLockedOut(twice, now)).toBe(false);
    });

    it('locks for lockoutMinutes once failures reach maxAttempts', () => {
      const locked = recordFailure({ failures: 2 }, policy, now);
      expect(locked).toEqual({ failures: 3, lockedUntil: '2026-11-23T16:00:00.000Z' });
      expect(isLockedOut(locked, now)).toBe(true);
      expect(isLockedOut(locked, minutes(59))).toBe(true);
      expect(isLockedOut(locked, minutes(60))).toBe(false);
    });

    it('locks after a single failure when the policy allows one attempt', () => {
      expect(isLockedOut(recordFailure({ failures: 0 }, { verification: { maxAttempts: 1, lockoutMinutes: 5 } }, now), now)).toBe(true);
    });

    it('does not extend a lock when a failure is recorded during it', () => {
      const locked: VerificationAttempts = { failures: 3, lockedUntil: minutes(30).toISOString() };
      expect(recordFailure(locked, policy, now).lockedUntil).toBe(locked.lockedUntil);
    });

    it('starts the count afresh once a lock has run out', () => {
      const expired: VerificationAttempts = { failures: 3, lockedUntil: minutes(-1).toISOString() };
      expect(recordFailure(expired, policy, now)).toEqual({ failures: 1 });
    });

    it('uses the sample policy limits (3 attempts, 24 hours)', () => {
      const locked = recordFailure({ failures: 2 }, samplePolicy, now);
      expect(locked.lockedUntil).toBe('2026-11-24T15:00:00.000Z');
    });
  });

  describe('one attempt from start to end', () => {
    const right = { date_of_birth: '1985-04-12', zip: '60601' };
    const wrong = { date_of_birth: '1985-04-12', zip: '99999' };

    it('verifies and clears the count when the answers fit', () => {
      expect(attemptVerification([dana], right, policy, { failures: 2 }, now)).toEqual({ outcome: 'verified', account: dana, attempts: { failures: 0 } });
    });

    it('says only "not matched", never which factor was wrong', () => {
      const wrongZip = attemptVerification([dana], wrong, policy, { failures: 0 }, now);
      const wrongDate = attemptVerification([dana], { date_of_birth: '1999-01-01', zip: '60601' }, policy, { failures: 0 }, now);
      expect(wrongZip).toEqual({ outcome: 'not_matched', attempts: { failures: 1 } });
      expect(wrongDate).toEqual(wrongZip);
    });

    it('locks on the failure that reaches maxAttempts', () => {
      expect(attemptVerification([dana], wrong, policy, { failures: 2 }, now)).toEqual({
        outcome: 'locked',
        attempts: { failures: 3, lockedUntil: minutes(60).toISOString() },
      });
    });

    it('refuses even the right answers while locked, without counting them', () => {
      const locked: VerificationAttempts = { failures: 3, lockedUntil: minutes(10).toISOString() };
      expect(attemptVerification([dana], right, policy, locked, now)).toEqual({ outcome: 'locked', attempts: locked });
    });
  });
});
