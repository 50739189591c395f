/** Where a conversation with the debtor takes place. */
export type Channel = 'sms' | 'webchat' | 'botframework' | 'cli' | 'console';

/** Channels that reach the debtor's phone as plain text: SMS, and the terminal chat that stands in for it. */
export function textsByPhone(channel: Channel): boolean {
  return channel === 'sms' || channel === 'cli';
}
