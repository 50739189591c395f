import { redactPhoneNumbers } from '../compliance/redaction';
import type { Account, Language } from '../domain/account';
import type { Channel } from '../domain/channel';
import { normalizePhone } from '../domain/phone';
import { maskVerificationAnswers } from '../language/verification-answers';

/**
 * What of a debtor's message the transcript keeps (PRV-02; RULES.md RF-01 asks for the
 * verification result, not the factors): the text the assistant already cleared of card, bank
 * and SSN numbers, with verification answers as placeholders and other people's phone numbers
 * removed. The debtor's own number (the one texting, the one on the account) is no third party's.
 */
export function keptText(
  text: string,
  turn: { channel: Channel; address: string; account: Account | null; verifying: boolean; now: Date; timezone: string; language: Language },
): string {
  const own = [...(turn.channel === 'sms' || turn.channel === 'cli' ? [turn.address] : []), ...(turn.account ? [turn.account.phone] : [])];
  const masked = maskVerificationAnswers(text, turn);
  return redactPhoneNumbers(masked, (phone) => own.includes(normalizePhone(phone) ?? ''));
}
