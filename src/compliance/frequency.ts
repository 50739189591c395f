import type { Account } from '../domain/account';
import type { Policy } from '../domain/policy';
import { regionForZip } from './debtor-location';

/**
 * How many bot-initiated messages an account may receive in any rolling 7 days. Replies to the
 * debtor's own messages are not "initiated" and never count (ST-01 proviso, ST-03, RF-13).
 */
export interface FrequencyCap {
  limit: number;
  ruleId: string;
}

/** New York City ZIP prefixes (Manhattan, Bronx, Staten Island, Brooklyn, Queens). Prefix 110
 * also covers a few Nassau County towns: a stricter cap there errs on the safe side. */
const nycPrefixes = new Set([100, 101, 102, 103, 104, 110, 111, 112, 113, 114, 116]);

interface StateProfile {
  cap: FrequencyCap;
  appliesTo: (zip: string, policy: Policy) => boolean;
}

const stateProfiles: readonly StateProfile[] = [
  // ST-01: 940 CMR 7.04(1)(f), two initiated texts/calls per 7 days, creditors included.
  { cap: { limit: 2, ruleId: 'ST-01' }, appliesTo: (zip) => regionForZip(zip)?.state === 'MA' },
  // ST-02: NYC DCWP, three contacts per 7 days across all channels, per account.
  { cap: { limit: 3, ruleId: 'ST-02' }, appliesTo: (zip) => nycPrefixes.has(Number(zip.slice(0, 3))) },
  // ST-03: RCW 19.16.250 binds collection agencies only; creditors in their own name are excluded.
  {
    cap: { limit: 3, ruleId: 'ST-03' },
    appliesTo: (zip, policy) => policy.creditor.mode === 'third-party' && regionForZip(zip)?.state === 'WA',
  },
];

/**
 * The strictest cap that applies; a state rule wins a tie with the policy's own budget because it
 * is the binding one. A ZIP we cannot place gets every state profile ("if unknown, apply the
 * strictest", §3).
 */
export function frequencyCapFor(account: Pick<Account, 'zip'>, policy: Policy): FrequencyCap {
  const located = regionForZip(account.zip) !== null;
  const caps = [
    ...stateProfiles.filter((profile) => !located || profile.appliesTo(account.zip, policy)).map((profile) => profile.cap),
    { limit: policy.contact.maxBotInitiatedPer7Days, ruleId: 'RF-13' },
  ];
  return caps.reduce((strictest, cap) => (cap.limit < strictest.limit ? cap : strictest));
}

export function capReached(cap: FrequencyCap, botInitiatedLast7Days: number): boolean {
  return botInitiatedLast7Days >= cap.limit;
}
