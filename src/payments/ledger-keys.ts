import type { TranscriptLog } from '../audit/transcript-log';

/**
 * Payments and due-date checks change an account's ledger (balance, installments, promises) one
 * at a time under this lock, so a check never judges a promise while its payment is landing.
 */
export const ledgerLockKey = (accountId: string) => `ledger:${accountId}`;

/** A posted payment by its id: the idempotency record, and what a refund refers to. */
export const paymentKey = (paymentId: string) => `payment:${paymentId}`;

/** The day (debtor's zone) of the latest payment posted to the account: follow-ups read it. */
export const latestPaymentKey = (accountId: string) => `latest-payment:${accountId}`;

/** Ledger changes (payments, adjustments) are recorded in the account's own "ledger:<id>" conversation. */
export async function recordLedgerEvent(
  transcripts: TranscriptLog,
  accountId: string,
  entry: { at: string; actor: string; text: string; event: string },
): Promise<void> {
  const conversationId = `ledger:${accountId}`;
  await transcripts.linkAccount(accountId, conversationId);
  await transcripts.record({ ...entry, direction: 'event', channel: 'console', conversationId });
}
