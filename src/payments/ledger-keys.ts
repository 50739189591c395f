/**
 * Payments and due-date checks change an account's ledger (balance, installments, promises) one
 * at a time under this lock, so a check never judges a promise while its payment is landing.
 */
export const ledgerLockKey = (accountId: string) => `ledger:${accountId}`;

/** A posted payment by its id: the idempotency record, and what a refund refers to. */
export const paymentKey = (paymentId: string) => `payment:${paymentId}`;

/** The day (debtor's zone) of the latest payment posted to the account: follow-ups read it. */
export const latestPaymentKey = (accountId: string) => `latest-payment:${accountId}`;
