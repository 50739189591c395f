import type { Policy } from '../domain/policy';

/** What startup knows about how SMS would be sent; only presence matters, never the secrets. */
export interface SmsProviderSetup {
  twilioAccountSid: string | null;
  twilioAuthToken: string | null;
  /** E.164 sender, when configured. */
  twilioFromNumber: string | null;
}

/** +1 is the North American Numbering Plan: the US, Canada (and a few Caribbean countries, held to the same rule). */
const northAmerican = (e164: string | null): e164 is string => e164 !== null && /^\+1\d{10}$/.test(e164);

/**
 * TC-09 (RULES.md §8.1 step 1): Twilio rejects third-party debt collection over US/Canada SMS
 * (error 30460/30863), so an agency tenant may not run SMS on Twilio there. Checked once at
 * startup; returns one line per problem, in the ConfigError style, empty when the tenant may start.
 * Any Twilio credential counts as "SMS on Twilio": the inbound webhook answers in TwiML even
 * without an account SID.
 */
export function tenantModeProblems(creditor: Pick<Policy['creditor'], 'mode' | 'supportPhone'>, sms: SmsProviderSetup): string[] {
  if (creditor.mode !== 'third-party') return [];
  const onTwilio = [sms.twilioAccountSid, sms.twilioAuthToken, sms.twilioFromNumber].some((value) => value !== null && value !== '');
  if (!onTwilio) return [];
  const usOrCanada = [sms.twilioFromNumber, creditor.supportPhone].filter(northAmerican);
  if (usOrCanada.length === 0) return [];
  return [
    `POLICY_FILE: creditor.mode is "third-party" but SMS is configured on Twilio (TWILIO_*) for US/Canada numbers (${usOrCanada.join(', ')}): ` +
      'Twilio forbids third-party debt collection over US/Canada SMS (RULES.md TC-09). Use "first-party" mode if you are the creditor, or remove the TWILIO_* settings.',
  ];
}
