import { describe, expect, it } from 'vitest';
import { allowedTransitions, clockState, openDispute, transitionDispute, type Dispute } from '../../../src/domain/dispute';
import { DomainError } from '../../../src/domain/errors';

const received = openDispute({ id: 'd-1', accountId: 'NW-1001', at: new Date('2026-12-03T15:00:00Z'), responseDays: 30, conversationId: 'sms:+15125550101', channel: 'sms' });
const at = (iso: string) => new Date(iso);
const codeOf = (run: () => Dispute) => {
  try {
    run();
    return 'moved';
  } catch (error) {
    return error instanceof DomainError ? error.code : 'thrown';
  }
};

describe('the dispute workflow (RF-18)', () => {
  it('opens received, from the debtor, with the policy\'s response clock', () => {
    expect(received).toMatchObject({ state: 'received', receivedAt: '2026-12-03T15:00:00.000Z', dueAt: '2027-01-02T15:00:00.000Z' });
    expect(received.steps).toEqual([{ state: 'received', by: 'debtor', at: '2026-12-03T15:00:00.000Z' }]);
  });

  it('goes received → information requested → validation sent → resolved, each step with who and when', () => {
    const asked = transitionDispute(received, { to: 'information_requested', by: 'sam', at: at('2026-12-04T10:00:00Z'), note: 'Asked for the bill' });
    const sent = transitionDispute(asked, { to: 'validation_sent', by: 'alex', at: at('2026-12-10T10:00:00Z') });
    const resolved = transitionDispute(sent, { to: 'resolved', by: 'sam', at: at('2026-12-20T10:00:00Z'), resolution: 'withdrawn' });
    expect(resolved.state).toBe('resolved');
    expect(resolved.resolution).toBe('withdrawn');
    expect(resolved.steps.map((s) => [s.state, s.by, s.at])).toEqual([
      ['received', 'debtor', '2026-12-03T15:00:00.000Z'],
      ['information_requested', 'sam', '2026-12-04T10:00:00.000Z'],
      ['validation_sent', 'alex', '2026-12-10T10:00:00.000Z'],
      ['resolved', 'sam', '2026-12-20T10:00:00.000Z'],
    ]);
    expect(resolved.steps[1]!.note).toBe('Asked for the bill');
    // The record it came from is unchanged: each transition is a new value.
    expect(received.steps).toHaveLength(1);
  });

  it('may skip ahead (validation straight after receipt, withdrawal at once) and ask again after validation', () => {
    expect(allowedTransitions('received')).toEqual(['information_requested', 'validation_sent', 'resolved']);
    const sent = transitionDispute(received, { to: 'validation_sent', by: 'sam', at: at('2026-12-04T10:00:00Z') });
    expect(transitionDispute(sent, { to: 'information_requested', by: 'sam', at: at('2026-12-05T10:00:00Z') }).state).toBe('information_requested');
    expect(transitionDispute(received, { to: 'resolved', by: 'sam', at: at('2026-12-04T10:00:00Z'), resolution: 'upheld' }).resolution).toBe('upheld');
  });

  it('never goes back to received, stays in place, or moves once resolved', () => {
    const asked = transitionDispute(received, { to: 'information_requested', by: 'sam', at: at('2026-12-04T10:00:00Z') });
    expect(codeOf(() => transitionDispute(asked, { to: 'information_requested', by: 'sam', at: at('2026-12-05T10:00:00Z') }))).toBe('invalid_transition');
    const resolved = transitionDispute(asked, { to: 'resolved', by: 'sam', at: at('2026-12-05T10:00:00Z'), resolution: 'upheld' });
    for (const to of ['information_requested', 'validation_sent'] as const) {
      expect(codeOf(() => transitionDispute(resolved, { to, by: 'sam', at: at('2026-12-06T10:00:00Z') }))).toBe('invalid_transition');
    }
    expect(codeOf(() => transitionDispute(resolved, { to: 'resolved', by: 'sam', at: at('2026-12-06T10:00:00Z'), resolution: 'withdrawn' }))).toBe('invalid_transition');
  });

  it('a corrected dispute carries its adjustment, and only a corrected one', () => {
    expect(codeOf(() => transitionDispute(received, { to: 'resolved', by: 'sam', at: at('2026-12-04T10:00:00Z'), resolution: 'corrected' }))).toBe('adjustment_required');
    expect(codeOf(() => transitionDispute(received, { to: 'resolved', by: 'sam', at: at('2026-12-04T10:00:00Z'), resolution: 'upheld', adjustmentId: 'adj-1' }))).toBe('adjustment_required');
    const corrected = transitionDispute(received, { to: 'resolved', by: 'sam', at: at('2026-12-04T10:00:00Z'), resolution: 'corrected', adjustmentId: 'adj-1' });
    expect(corrected).toMatchObject({ resolution: 'corrected', adjustmentId: 'adj-1' });
  });
});

describe('a response clock', () => {
  const due = '2026-12-03T16:00:00.000Z';
  it('is on time, due soon within the margin, then overdue', () => {
    expect(clockState(due, at('2026-12-03T14:00:00Z'), 3_600_000)).toBe('on_time');
    expect(clockState(due, at('2026-12-03T15:00:00Z'), 3_600_000)).toBe('due_soon');
    expect(clockState(due, at('2026-12-03T16:00:00Z'), 3_600_000)).toBe('due_soon');
    expect(clockState(due, at('2026-12-03T16:00:01Z'), 3_600_000)).toBe('overdue');
  });
});
