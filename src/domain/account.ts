import type { ContactPreferences } from './contact-preferences';
import type { Cents } from './money';

export const accountStatuses = ['active', 'disputed', 'cease', 'attorney', 'bankruptcy', 'deceased', 'paid'] as const;
export type AccountStatus = (typeof accountStatuses)[number];
export type Language = 'en' | 'es';

/** The balance broken down since the itemization date (Reg F 1006.34(c)). */
export interface Itemization {
  itemizationDate: string;
  itemizationBalanceCents: Cents;
  interestSinceCents: Cents;
  feesSinceCents: Cents;
  paymentsSinceCents: Cents;
  creditsSinceCents: Cents;
}

/** Flags that stop or restrict collection; each was raised by a debtor's words or an operator. */
export const accountFlags = [
  'dispute',
  'cease',
  'attorney',
  'bankruptcy',
  'deceased',
  'identity_theft',
  'hardship',
  'wrong_number',
  'validation_sent',
  // RF-07: a refusal to pay in writing, like a cease
  'refusal_to_pay',
  // AI-02 SELF_HARM: words of self-harm or suicide; collection pauses until a specialist clears it
  'crisis',
  // RF-14 / AI-02 THREAT_OF_VIOLENCE: a threat of violence; negotiation stops until a specialist clears it
  'threat',
] as const;
export type AccountFlag = (typeof accountFlags)[number];

export interface Account {
  id: string;
  firstName: string;
  lastName: string;
  /** E.164 */
  phone: string;
  /** YYYY-MM-DD */
  dateOfBirth: string;
  zip: string;
  balanceCents: Cents;
  email?: string;
  ssnLast4?: string;
  language: Language;
  /** IANA zone, e.g. America/Chicago */
  timezone?: string;
  creditor?: string;
  accountLast4?: string;
  itemization?: Itemization;
  daysPastDue: number;
  status: AccountStatus;
  timeBarred: boolean;
  /** YYYY-MM-DD: the validation period's end date from the validation notice (Reg F 1006.34(b)(5)), when the creditor sent it. */
  validationPeriodEnd?: string;
  smsConsent: boolean;
  consentDate?: string;
  flags: AccountFlag[];
  /** Times, media and places the debtor asked us not to use (RF-02, RF-03, RF-06); absent until they say any. */
  contactPreferences?: ContactPreferences;
}

/** Collection content (amounts, payment requests) may not be sent while any of these is raised. */
export const collectionStoppingFlags: readonly AccountFlag[] = ['cease', 'refusal_to_pay', 'attorney', 'bankruptcy', 'deceased', 'identity_theft', 'crisis', 'threat'];

/** Flags raised by a debtor's words that a specialist clears once they have spoken with the debtor. */
export const specialistClearedFlags: readonly AccountFlag[] = ['crisis', 'threat'];

export function collectionStopped(account: Account): boolean {
  if (account.status !== 'active' && account.status !== 'paid') return true;
  if (account.flags.some((flag) => collectionStoppingFlags.includes(flag))) return true;
  return account.flags.includes('dispute') && !account.flags.includes('validation_sent');
}
