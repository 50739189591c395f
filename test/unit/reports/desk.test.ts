import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../../src/domain/events';
import { deskFigures } from '../../../src/reports/desk';

let n = 0;
const resolved = (data: Partial<DomainEvent<'handoff.resolved'>['data']>): DomainEvent =>
  ({
    id: `e${++n}`,
    type: 'handoff.resolved',
    occurredAt: '2026-12-03T12:00:00Z',
    accountId: 'NW-1001',
    data: { handoffId: `h${n}`, reason: 'dispute', outcome: 'x', outcomeCode: 'other', specialist: 'sam', handleSeconds: null, firstReplySeconds: null, handBackTo: null, channel: 'sms', ...data },
  }) as DomainEvent;

describe('the desk report', () => {
  it('counts outcome codes and takes median handle time and time to first reply per specialist and per reason', () => {
    const figures = deskFigures([
      resolved({ specialist: 'sam', reason: 'hardship', outcomeCode: 'plan_set', handleSeconds: 600, firstReplySeconds: 120 }),
      resolved({ specialist: 'sam', reason: 'dispute', outcomeCode: 'dispute_corrected', handleSeconds: 1200, firstReplySeconds: 60 }),
      resolved({ specialist: 'alex', reason: 'dispute', outcomeCode: 'dispute_withdrawn', handleSeconds: 300, firstReplySeconds: null }),
      resolved({ specialist: 'sam', reason: 'hardship', outcomeCode: 'no_contact', handleSeconds: 90, firstReplySeconds: null }),
      { id: 'other', type: 'handoff.claimed', occurredAt: '2026-12-03T12:00:00Z', accountId: null, data: { handoffId: 'h9', reason: 'dispute', specialist: 'sam', secondsToClaim: 5, channel: 'sms' } },
    ]);
    expect(figures.total.resolved).toBe(4);
    expect(figures.total.byOutcome).toMatchObject({ plan_set: 1, dispute_corrected: 1, dispute_withdrawn: 1, no_contact: 1, settled: 0, other: 0 });
    expect(figures.bySpecialist).toEqual([
      { specialist: 'alex', resolved: 1, byOutcome: expect.objectContaining({ dispute_withdrawn: 1 }), medianHandleSeconds: 300, medianFirstReplySeconds: null },
      { specialist: 'sam', resolved: 3, byOutcome: expect.objectContaining({ plan_set: 1, no_contact: 1 }), medianHandleSeconds: 600, medianFirstReplySeconds: 90 },
    ]);
    expect(figures.byReason.map((row) => [row.reason, row.resolved, row.medianHandleSeconds])).toEqual([
      ['dispute', 2, 750],
      ['hardship', 2, 345],
    ]);
  });

  it('reads a resolution recorded before outcome codes as "other" by an unknown specialist', () => {
    const old = { id: 'old', type: 'handoff.resolved', occurredAt: '2026-11-01T00:00:00Z', accountId: null, data: { handoffId: 'h0', reason: 'abuse', outcome: 'done', handBackTo: null, channel: 'sms' } } as unknown as DomainEvent;
    const figures = deskFigures([old]);
    expect(figures.bySpecialist).toEqual([{ specialist: 'unknown', resolved: 1, byOutcome: expect.objectContaining({ other: 1 }), medianHandleSeconds: null, medianFirstReplySeconds: null }]);
  });

  it('is all zeros without resolutions', () => {
    expect(deskFigures([])).toEqual({ total: expect.objectContaining({ resolved: 0, medianHandleSeconds: null }), bySpecialist: [], byReason: [] });
  });
});
