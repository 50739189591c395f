import { idFrom } from '../domain/ids';
import type { TranscriptLog } from '../audit/transcript-log';
import { collectionStopped, type AccountFlag } from '../domain/account';
import type { Arrangement } from '../domain/arrangement';
import type { Clock } from '../domain/clock';
import { localToday, type Policy } from '../domain/policy';
import { DomainError } from '../domain/errors';
import { resumeArrangement, suspendArrangement } from '../domain/suspension';
import type { EventPublisher } from '../outreach/event-publisher';
import type { PaymentReminders } from '../outreach/payment-reminders';
import type { Store } from '../store/store';
import { ledgerLockKey, recordLedgerEvent } from './ledger-keys';

/**
 * Holds on an account's promises and plans (issue #19 item 11): when a dispute, a cease, a
 * bankruptcy... stops collection, its active arrangements are suspended, so reminders, due-date
 * checks and reports agree with "we'll pause collection"; a specialist resumes them. Under the
 * ledger lock, like payments, so a payment never lands on half a suspension.
 */
export class ArrangementHolds {
  constructor(
    private readonly deps: { store: Store; clock: Clock; policy: Policy; transcripts: TranscriptLog; events: EventPublisher; reminders: PaymentReminders },
  ) {}

  /** Suspends every active arrangement of the account; returns those it suspended. */
  async suspendAll(accountId: string, reason: AccountFlag): Promise<Arrangement[]> {
    const { store, clock, transcripts, events } = this.deps;
    const suspended = await store.withLock(ledgerLockKey(accountId), async () => {
      const at = clock.now().toISOString();
      const active = (await store.listArrangements(accountId)).filter((arrangement) => arrangement.status === 'active');
      const changed: Arrangement[] = [];
      for (const arrangement of active) changed.push(await store.updateArrangement(accountId, arrangement.id, (current) => suspendArrangement(current, reason, at)));
      return changed.filter((arrangement) => arrangement.status === 'suspended' && arrangement.suspendedAt === at);
    });
    for (const arrangement of suspended) {
      await recordLedgerEvent(transcripts, accountId, {
        at: arrangement.suspendedAt!,
        actor: 'assistant',
        text: `Suspended ${arrangement.kind} ${arrangement.id}: ${reason}`,
        event: 'arrangement.suspended',
      });
      await events.publish('arrangement.suspended', accountId, { arrangementId: arrangement.id, kind: arrangement.kind, reason }, idFrom(arrangement.id, 'suspended', arrangement.suspendedAt!));
    }
    return suspended;
  }

  /**
   * A specialist resumes a suspended arrangement: only once collection may go on (the hold that
   * suspended it has been lifted) and while none of its installments fell due meanwhile. Its next
   * reminder and due-date check are scheduled again.
   */
  async resume(accountId: string, arrangementId: string, actor: string, note: string | null): Promise<Arrangement> {
    const { store, clock, transcripts, events, reminders } = this.deps;
    const { arrangement, account } = await store.withLock(ledgerLockKey(accountId), async () => {
      const current = await store.getAccount(accountId);
      if (!current) throw new DomainError('account_not_found', `No account "${accountId}"`, 'not_found');
      const existing = (await store.listArrangements(accountId)).find((a) => a.id === arrangementId);
      if (!existing) throw new DomainError('arrangement_not_found', `No arrangement "${arrangementId}" on account ${accountId}`, 'not_found');
      if (collectionStopped(current)) {
        throw new DomainError('collection_stopped', `collection is still stopped on ${accountId} (${current.status}; ${current.flags.join(', ') || 'no flags'})`, 'conflict');
      }
      const today = localToday(current, this.deps.policy, clock);
      const resumed = resumeArrangement(existing, today);
      return { arrangement: await store.updateArrangement(accountId, arrangementId, () => resumed), account: current };
    });
    await recordLedgerEvent(transcripts, accountId, {
      at: clock.now().toISOString(),
      actor,
      text: `Resumed ${arrangement.kind} ${arrangement.id}${note ? `: ${note}` : ''}`,
      event: 'arrangement.resumed',
    });
    await events.publish('arrangement.resumed', accountId, { arrangementId, kind: arrangement.kind, actor });
    await reminders.arrangementResumed(arrangement, account);
    return arrangement;
  }
}
