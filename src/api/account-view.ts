import type { OptOutRegistry } from '../conversation/opt-outs';
import type { Account } from '../domain/account';
import { disputesOf } from '../handoff/dispute-desk';
import { postedAdjustments } from '../payments/adjustment-posting';
import type { Store } from '../store/store';

/** The account as the assistant sees it, in CONTRACT.md's shape for `GET /api/accounts/:id`. */
export async function accountView(account: Account, deps: { store: Store; optOuts: OptOutRegistry }) {
  const [arrangements, handoffs, smsOptOut, adjustments, disputes] = await Promise.all([
    deps.store.listArrangements(account.id),
    deps.store.listHandoffs({ accountId: account.id }),
    deps.optOuts.get('sms', account.phone),
    postedAdjustments(deps.store, account.id),
    disputesOf(deps.store, account.id),
  ]);
  return {
    id: account.id,
    status: account.status,
    flags: account.flags,
    balanceCents: account.balanceCents,
    arrangements: arrangements.map(({ id, kind, status, totalCents, installments, channel, createdAt, proposedBy, suspendedReason, suspendedAt }) => ({
      id,
      kind,
      status,
      totalCents,
      installments,
      channel,
      createdAt,
      /** A specialist's terms the debtor confirmed; null: the assistant's own offer. */
      proposedBy: proposedBy ?? null,
      ...(status === 'suspended' ? { suspendedReason, suspendedAt } : {}),
    })),
    handoffs,
    optOuts: smsOptOut ? [smsOptOut] : [],
    /** Times, media and the workplace the debtor designated (RF-02, RF-03, RF-06); the gate enforces them. */
    contactPreferences: account.contactPreferences ?? null,
    /** Fee waivers, credits, corrections and refunds, oldest first (README "Adjustments"). */
    adjustments,
    /** Every dispute of the account and its steps, oldest first (README "Disputes"). */
    disputes,
  };
}
