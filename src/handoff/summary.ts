import type { Account } from '../domain/account';
import type { Arrangement } from '../domain/arrangement';
import { centsToDecimal } from '../domain/money';
import type { HandoffReason } from '../domain/policy';
import type { TranscriptEntry } from '../domain/transcript';

/** A specialist's first read of a case, built deterministically from the record. */
export function summarizeCase(input: {
  reason: HandoffReason;
  account: Account | null;
  arrangements: Arrangement[];
  transcript: TranscriptEntry[];
}): string {
  const debtorSaid = input.transcript
    .filter((entry) => entry.direction === 'in')
    .slice(-3)
    .map((entry) => `"${entry.text}"`)
    .join(' / ');
  const lines = [`Reason: ${input.reason}.`];
  if (input.account) {
    lines.push(`Account ${input.account.id}, balance ${centsToDecimal(input.account.balanceCents)}, ${input.account.daysPastDue} days past due.`);
    lines.push(`Flags: ${input.account.flags.length ? input.account.flags.join(', ') : 'none'}.`);
  } else {
    lines.push('Not verified: the debtor has not been identified.');
  }
  const active = input.arrangements.filter((a) => a.status === 'active');
  lines.push(`Arrangements: ${active.length ? active.map((a) => `${a.kind} ${centsToDecimal(a.totalCents)}`).join(', ') : 'none'}.`);
  if (debtorSaid) lines.push(`Debtor said: ${debtorSaid}`);
  return lines.join('\n');
}
