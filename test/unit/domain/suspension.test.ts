import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/domain/errors';
import { applyPayment, settleDueInstallments } from '../../../src/domain/ledger';
import { resumeArrangement, suspendArrangement, suspendingFlagIn } from '../../../src/domain/suspension';
import { anAccount } from '../../fixtures/accounts';
import { anArrangement } from '../../fixtures/arrangements';

const plan = () =>
  anArrangement('plan', [
    { dueDate: '2025-07-01', amountCents: 10_000, status: 'scheduled' },
    { dueDate: '2025-08-01', amountCents: 10_000, status: 'scheduled' },
  ]);

describe('suspending promises and plans when collection stops (issue #19 item 11)', () => {
  it.each(['dispute', 'cease', 'refusal_to_pay', 'attorney', 'bankruptcy', 'deceased', 'identity_theft', 'crisis', 'threat'] as const)(
    'a %s flag suspends arrangements',
    (flag) => {
      expect(suspendingFlagIn([flag])).toBe(flag);
    },
  );

  it.each(['hardship', 'wrong_number', 'validation_sent'] as const)('a %s flag does not', (flag) => {
    expect(suspendingFlagIn([flag])).toBeNull();
  });

  it('records the reason and the time on an active arrangement, and leaves others as they are', () => {
    expect(suspendArrangement(plan(), 'dispute', '2025-06-20T10:00:00.000Z')).toMatchObject({
      status: 'suspended',
      suspendedReason: 'dispute',
      suspendedAt: '2025-06-20T10:00:00.000Z',
    });
    const kept = { ...plan(), status: 'kept' as const };
    expect(suspendArrangement(kept, 'dispute', '2025-06-20T10:00:00.000Z')).toBe(kept);
  });

  it('a suspended arrangement is neither judged on its due dates nor paid by a payment', () => {
    const suspended = suspendArrangement(plan(), 'bankruptcy', '2025-06-20T10:00:00.000Z');
    expect(settleDueInstallments(suspended, '2025-07-05').arrangement).toBe(suspended);
    const applied = applyPayment(anAccount({ balanceCents: 20_000 }), [suspended], { paymentId: 'p1', amountCents: 5_000, paidOn: '2025-06-25' });
    expect(applied.changedArrangements).toEqual([]);
    expect(applied.account.balanceCents).toBe(15_000);
  });

  it('resumes as active without its suspension fields', () => {
    const resumed = resumeArrangement(suspendArrangement(plan(), 'crisis', '2025-06-20T10:00:00.000Z'), '2025-06-25');
    expect(resumed.status).toBe('active');
    expect(resumed).not.toHaveProperty('suspendedReason');
    expect(resumed).not.toHaveProperty('suspendedAt');
  });

  it('refuses to resume when an installment fell due while suspended, or an arrangement that is not suspended', () => {
    const suspended = suspendArrangement(plan(), 'dispute', '2025-06-20T10:00:00.000Z');
    expect(() => resumeArrangement(suspended, '2025-07-02')).toThrow(expect.objectContaining({ code: 'schedule_lapsed' }) as DomainError);
    expect(() => resumeArrangement(plan(), '2025-06-25')).toThrow(expect.objectContaining({ code: 'not_suspended' }) as DomainError);
  });
});
