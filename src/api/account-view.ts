import type { OptOutRegistry } from '../conversation/opt-outs';
import type { Account } from '../domain/account';
import { postedAdjustments } from '../payments/adjustment-posting';
import type { Store } from '../store/store';

/** The account as the assistant sees it, in CONTRACT.md's shape for `GET /api/accounts/:id`. */
export async function accountView(account: Account, deps: { store: Store; optOuts: OptOutRegistry }) {
  const [arrangements, handoffs, smsOptOut, adjustments] = await Promise.all([
    deps.store.listArrangements(account.id),
    deps.store.listHandoffs({ accountId: account.id }),
    deps.optOuts.get('sms', account.phone),
    postedAdjustments(deps.store, account.id),
  ]);
  return {
    id: account.id,
    status: account.status,
    flags: account.flags,
    balanceCents: account.balanceCents,
    arrangements: arrangements.map(({ id, kind, status, totalCents, installments, channel, createdAt }) => ({
      id,
      kind,
      status,
      totalCents,
      installments,
      channel,
      createdAt,
    })),
    handoffs,
    optOuts: smsOptOut ? [smsOptOut] : [],
    /** Fee waivers, credits, corrections and refunds, oldest first (README "Adjustments"). */
    adjustments,
  };
}
