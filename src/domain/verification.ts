import type { Account } from './account';
import type { Policy, VerificationFactor } from './policy';

/**
 * Identity verification before anything about a debt is said (RF-01). The rules only answer
 * "match", "no match" or "locked": never which factor was wrong, so a caller guessing at someone
 * else's account learns nothing from a failure.
 */

/** What the debtor answered, by factor: `date_of_birth` YYYY-MM-DD, `zip` 5 digits, the last4s 4 digits. */
export type VerificationAnswers = Partial<Record<VerificationFactor, string>>;

/** Failed attempts from one address (phone or web visitor); persisted between turns. */
export interface VerificationAttempts {
  failures: number;
  /** ISO instant; while it is in the future every attempt is refused unheard. */
  lockedUntil?: string;
}

export type VerificationLimits = Pick<Policy['verification'], 'maxAttempts' | 'lockoutMinutes'>;

export type VerificationOutcome =
  | { outcome: 'verified'; account: Account; attempts: VerificationAttempts }
  | { outcome: 'not_matched'; attempts: VerificationAttempts }
  | { outcome: 'locked'; attempts: VerificationAttempts };

function accountValue(account: Account, factor: VerificationFactor): string | undefined {
  switch (factor) {
    case 'date_of_birth':
      return account.dateOfBirth;
    case 'zip':
      return account.zip;
    case 'ssn_last4':
      return account.ssnLast4;
    case 'account_last4':
      return account.accountLast4;
  }
}

/** ZIP+4 answers compare on their five-digit ZIP, as accounts hold it. */
function normalizedAnswer(factor: VerificationFactor, answer: string): string {
  const trimmed = answer.trim();
  return factor === 'zip' ? trimmed.slice(0, 5) : trimmed;
}

/**
 * True only when every factor was answered and equals the account's value. An account that lacks
 * a factor's data (no `ssn_last4` on file) can never match on it: we fail closed rather than
 * skip the question.
 */
export function matchesAllFactors(account: Account, answers: VerificationAnswers, factors: readonly VerificationFactor[]): boolean {
  if (factors.length === 0) return false;
  return factors.every((factor) => matchesFactor(account, factor, answers[factor]));
}

/** One factor's answer against the account; an account without that factor's data never matches. */
export function matchesFactor(account: Account, factor: VerificationFactor, answer: string | undefined): boolean {
  const expected = accountValue(account, factor);
  return expected !== undefined && answer !== undefined && normalizedAnswer(factor, answer) === expected;
}

/**
 * Several accounts can share a phone (a household, or one debtor with two accounts), so the
 * answers are tried against every candidate and the caller learns which one they fit. All
 * matches are returned in the candidates' order.
 */
export function matchingAccounts(candidates: readonly Account[], answers: VerificationAnswers, factors: readonly VerificationFactor[]): Account[] {
  return candidates.filter((account) => matchesAllFactors(account, answers, factors));
}

/**
 * The account the answers verify, or undefined. When more than one matches, the answers are the
 * same person's (same date of birth, ZIP...), so the first in the candidates' order is taken.
 */
export function matchingAccount(candidates: readonly Account[], answers: VerificationAnswers, factors: readonly VerificationFactor[]): Account | undefined {
  return matchingAccounts(candidates, answers, factors)[0];
}

export function isLockedOut(attempts: VerificationAttempts, now: Date): boolean {
  return attempts.lockedUntil !== undefined && Date.parse(attempts.lockedUntil) > now.getTime();
}

/**
 * Counts one failed attempt. Reaching `maxAttempts` locks the address for `lockoutMinutes`; a
 * lock that has run out starts the count afresh, and a failure while locked does not extend the
 * lock (the caller should not be asking then).
 */
export function recordFailure(attempts: VerificationAttempts, policy: { verification: VerificationLimits }, now: Date): VerificationAttempts {
  if (isLockedOut(attempts, now)) return { ...attempts, failures: attempts.failures + 1 };
  const failures = (attempts.lockedUntil === undefined ? attempts.failures : 0) + 1;
  const { maxAttempts, lockoutMinutes } = policy.verification;
  if (failures < maxAttempts) return { failures };
  return { failures, lockedUntil: new Date(now.getTime() + lockoutMinutes * 60_000).toISOString() };
}

/**
 * One verification attempt from start to end: refused while locked, verified (the count is
 * cleared) when the answers fit an account, otherwise counted as a failure (which may lock).
 */
export function attemptVerification(
  candidates: readonly Account[],
  answers: VerificationAnswers,
  policy: { verification: VerificationLimits & { factors: readonly VerificationFactor[] } },
  attempts: VerificationAttempts,
  now: Date,
): VerificationOutcome {
  if (isLockedOut(attempts, now)) return { outcome: 'locked', attempts };
  const account = matchingAccount(candidates, answers, policy.verification.factors);
  if (account) return { outcome: 'verified', account, attempts: { failures: 0 } };
  const next = recordFailure(attempts, policy, now);
  return { outcome: isLockedOut(next, now) ? 'locked' : 'not_matched', attempts: next };
}
