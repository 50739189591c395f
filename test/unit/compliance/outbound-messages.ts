import type { OutboundMessage } from '../../../src/compliance/outbound-message';
import type { Account } from '../../../src/domain/account';
import { noContactPreferences, type ContactPreferences } from '../../../src/domain/contact-preferences';
import { anAccount } from '../../fixtures/accounts';
import { samplePolicy } from '../../fixtures/policy';

/** Tuesday 16 June 2026, 10:00 in Chicago (CDT, UTC-5): inside every US window. */
export const tuesdayMorning = new Date('2026-06-16T15:00:00Z');

/** A verified reply by SMS with nothing to declare; override what the test is about. */
export function aMessage(overrides: Partial<OutboundMessage> = {}): OutboundMessage {
  return {
    text: 'Thanks, I can help with that.',
    channel: 'sms',
    language: 'en',
    initiator: 'reply',
    account: anAccount(),
    verified: true,
    collectionContent: false,
    allowedAmounts: [],
    allowedDates: [],
    sessionStart: false,
    now: tuesdayMorning,
    policy: samplePolicy,
    botInitiatedLast7Days: 0,
    optedOut: false,
    ...overrides,
  };
}

/** A reminder the assistant sends on its own. */
export const aReminder = (overrides: Partial<OutboundMessage> = {}) =>
  aMessage({ initiator: 'bot', text: 'A reminder about your payment plan.', ...overrides });

/** The account with the contact preferences a debtor designated (RF-02, RF-03, RF-06). */
export const withPreferences = (account: Account, preferences: Partial<ContactPreferences>): Account => ({
  ...account,
  contactPreferences: { ...noContactPreferences, updatedAt: '2026-06-01T12:00:00.000Z', ...preferences },
});
