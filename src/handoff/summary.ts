import { redactPhoneNumbers, redactSensitive } from '../compliance/redaction';
import type { Account } from '../domain/account';
import type { Arrangement } from '../domain/arrangement';
import type { Dispute } from '../domain/dispute';
import type { CounterOffer } from '../domain/offers';
import { centsToDecimal } from '../domain/money';
import type { HandoffReason } from '../domain/policy';
import type { TranscriptEntry } from '../domain/transcript';

/**
 * Dates and ZIP codes the debtor typed may be verification answers, and card data or a phone
 * number may survive in entries kept before they were removed: a summary repeats none (PAY-01, PRV-02).
 */
function withoutIdentifiers(text: string): string {
  return redactPhoneNumbers(redactSensitive(text).text)
    .replace(/\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b/g, '[date]')
    .replace(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}\b/gi, '[date]')
    .replace(/\b\d{5}(?:-\d{4})?\b/g, '[number]');
}

/** A specialist's first read of a case, built deterministically from the record. */
export function summarizeCase(input: {
  reason: HandoffReason;
  account: Account | null;
  arrangements: Arrangement[];
  transcript: TranscriptEntry[];
  /** The account's dispute in progress, if any. */
  dispute?: Dispute | null;
  /** A settlement the debtor held to below policy (settlement_beyond_policy). */
  counterOffer?: CounterOffer;
}): string {
  const debtorSaid = input.transcript
    .filter((entry) => entry.direction === 'in')
    .slice(-3)
    .map((entry) => `"${withoutIdentifiers(entry.text)}"`)
    .join(' / ');
  const lines = [`Reason: ${input.reason}.`];
  if (input.account) {
    lines.push(`Account ${input.account.id}, balance ${centsToDecimal(input.account.balanceCents)}, ${input.account.daysPastDue} days past due.`);
    lines.push(`Flags: ${input.account.flags.length ? input.account.flags.join(', ') : 'none'}.`);
  } else {
    lines.push('Not verified: the debtor has not been identified.');
  }
  if (input.dispute) lines.push(`Dispute: ${input.dispute.state.replace('_', ' ')} since ${input.dispute.receivedAt.slice(0, 10)}, answer due by ${input.dispute.dueAt.slice(0, 10)} (UTC).`);
  const counter = input.counterOffer;
  if (counter) {
    lines.push(
      `Counter-offer: ${centsToDecimal(counter.amountCents)} paid by ${counter.payBy}, made ${counter.offeredOn}; the policy's lowest is ${centsToDecimal(counter.lowestAllowedCents)} at ${counter.daysPastDue} days past due.`,
    );
  }
  const active = input.arrangements.filter((a) => a.status === 'active');
  lines.push(`Arrangements: ${active.length ? active.map((a) => `${a.kind} ${centsToDecimal(a.totalCents)}`).join(', ') : 'none'}.`);
  if (debtorSaid) lines.push(`Debtor said: ${debtorSaid}`);
  return lines.join('\n');
}
