import { IANAZone } from 'luxon';
import { z } from 'zod';
import type { Account } from './account';
import type { Clock } from './clock';
import { isoDay, localTimeIn } from './zone-time';
import { parseDollars } from './money';

const decimalDollars = z
  .string()
  .regex(/^\d{1,9}(\.\d{1,2})?$/, 'a decimal string in dollars, e.g. "25.00"')
  .transform((text) => parseDollars(text));

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time "HH:MM"');

export const frequencies = ['weekly', 'biweekly', 'monthly'] as const;
export const frequencySchema = z.enum(frequencies);
export type Frequency = z.infer<typeof frequencySchema>;

export const verificationFactors = ['date_of_birth', 'zip', 'ssn_last4', 'account_last4'] as const;
export type VerificationFactor = (typeof verificationFactors)[number];

export const handoffReasons = [
  'dispute',
  'hardship',
  'bankruptcy',
  'attorney',
  'deceased',
  'identity_theft',
  'requested_person',
  'verification_lockout',
  'settlement_beyond_policy',
  'not_understood',
  'abuse',
  'complaint',
  'crisis',
  'threat',
  'claimed_offer',
] as const;
export type HandoffReason = (typeof handoffReasons)[number];

const handoffRule = z.strictObject({
  priority: z.number().int().min(1).max(5),
  slaMinutes: z.number().int().positive(),
});

/** Priority 1 is the most urgent. Overridable per reason in the policy file. */
export const defaultHandoffRules: Record<HandoffReason, z.infer<typeof handoffRule>> = {
  // AI-02: words of self-harm or suicide; a person checks in as soon as possible.
  crisis: { priority: 1, slaMinutes: 15 },
  // RF-14: a threat of violence goes to a safety workflow.
  threat: { priority: 1, slaMinutes: 60 },
  bankruptcy: { priority: 1, slaMinutes: 60 },
  attorney: { priority: 1, slaMinutes: 60 },
  deceased: { priority: 1, slaMinutes: 120 },
  identity_theft: { priority: 1, slaMinutes: 60 },
  dispute: { priority: 2, slaMinutes: 240 },
  abuse: { priority: 2, slaMinutes: 240 },
  hardship: { priority: 2, slaMinutes: 240 },
  // AI-04: a complaint about how we collect is logged as one and answered by a person.
  complaint: { priority: 2, slaMinutes: 240 },
  requested_person: { priority: 3, slaMinutes: 240 },
  verification_lockout: { priority: 3, slaMinutes: 480 },
  settlement_beyond_policy: { priority: 4, slaMinutes: 1440 },
  // AI-03 / FL-01: the debtor says a person offered other terms; a specialist checks the record.
  claimed_offer: { priority: 3, slaMinutes: 1440 },
  not_understood: { priority: 4, slaMinutes: 1440 },
};

/** $50.00: what a specialist may waive, credit, correct or refund alone when the policy is silent. */
export const defaultSpecialistMaxWaiverCents = 5_000;

/**
 * What a specialist may offer alone, beyond what the assistant may (README "Offers inside the case").
 * Plans up to `maxMonths`, settlements up to `maxDiscountPercent` of the balance forgiving at most
 * `approvalAbove` dollars; anything stricter for the creditor's money needs an operator's approval.
 */
export const defaultSpecialistAuthority = { maxMonths: 24, maxDiscountPercent: 40, approvalAbove: 50_000 };

/** Northwind's, the sample creditor: US Eastern. */
export const defaultCreditorTimezone = 'America/New_York';

/** FCRA 623(a)(8)(E) and Reg F 1006.38 both answer a dispute within 30 days. */
export const defaultDisputeResponseDays = 30;

export const policySchema = z.strictObject({
  version: z.string().min(1).default('1'),
  creditor: z.strictObject({
    name: z.string().min(1),
    mode: z.enum(['first-party', 'third-party']).default('first-party'),
    supportPhone: z.string().regex(/^\+[1-9]\d{6,14}$/, 'an E.164 phone number'),
    /** ST-07: the states the tenant is licensed to collect in (two-letter codes); absent when no licence is needed. */
    licensedStates: z.array(z.string().regex(/^[A-Z]{2}$/, 'a two-letter state code, e.g. "TX"')).min(1).optional(),
    /** The creditor's own time zone: the calendar of a debtor with no time zone on file. */
    timezone: z.string().refine((zone) => IANAZone.isValidZone(zone), 'an IANA time zone, e.g. "America/New_York"').default(defaultCreditorTimezone),
  }),
  verification: z.strictObject({
    factors: z.array(z.enum(verificationFactors)).min(1).refine((f) => new Set(f).size === f.length, 'factors must not repeat'),
    maxAttempts: z.number().int().min(1).max(10),
    lockoutMinutes: z.number().int().min(1),
  }),
  plans: z.strictObject({
    frequencies: z.array(frequencySchema).min(1),
    maxMonths: z.number().int().min(1).max(120),
    minInstallment: decimalDollars,
    firstPaymentWithinDays: z.number().int().min(0).max(90),
  }),
  settlement: z.strictObject({
    tiers: z
      .array(z.strictObject({ minDaysPastDue: z.number().int().min(0), maxDiscountPercent: z.number().int().min(0).max(90) }))
      .default([]),
    payWithinDays: z.number().int().min(1).max(365),
  }),
  promiseToPay: z.strictObject({
    maxDaysAhead: z.number().int().min(0).max(90),
    minAmount: decimalDollars,
  }),
  contact: z.strictObject({
    windowStart: clockTime,
    windowEnd: clockTime,
    maxBotInitiatedPer7Days: z.number().int().min(0),
  }),
  handoff: z.partialRecord(z.enum(handoffReasons), handoffRule).default({}),
  /** How much one adjustment may move without an operator's approval (README "Adjustments"). */
  adjustments: z
    .strictObject({ specialistMaxWaiver: decimalDollars })
    .default({ specialistMaxWaiver: defaultSpecialistMaxWaiverCents }),
  specialist: z
    .strictObject({
      maxMonths: z.number().int().min(1).max(120).default(defaultSpecialistAuthority.maxMonths),
      maxDiscountPercent: z.number().int().min(0).max(90).default(defaultSpecialistAuthority.maxDiscountPercent),
      approvalAbove: decimalDollars.default(defaultSpecialistAuthority.approvalAbove),
    })
    .default(defaultSpecialistAuthority),
  /** The response clock on a dispute, in calendar days from its receipt. */
  disputes: z
    .strictObject({ responseDays: z.number().int().min(1).max(90).default(defaultDisputeResponseDays) })
    .default({ responseDays: defaultDisputeResponseDays }),
});

/** Policy as loaded: money fields already in integer cents. */
export type Policy = z.infer<typeof policySchema>;
export type PolicyInput = z.input<typeof policySchema>;

export function handoffRuleFor(policy: Policy, reason: HandoffReason) {
  return policy.handoff[reason] ?? defaultHandoffRules[reason];
}

/**
 * Where the debtor's days are counted: their own zone when on file, else the creditor's (the
 * policy's), also while no account is known yet (before verification).
 */
export function debtorTimezone(account: Pick<Account, 'timezone'> | null | undefined, policy: Pick<Policy, 'creditor'>): string {
  return account?.timezone ?? policy.creditor.timezone;
}

/** Today's date where the debtor lives: due dates and "within N days" are counted from it. */
export function localToday(account: Pick<Account, 'timezone'>, policy: Pick<Policy, 'creditor'>, clock: Clock): string {
  const local = localTimeIn(clock.now(), debtorTimezone(account, policy));
  // A zone luxon does not know gives no date, as luxon's toISODate() gave none.
  if (local === null) return null as unknown as string;
  return isoDay(local);
}
