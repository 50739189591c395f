import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../../src/domain/events';
import { csvCell, summaryCsv } from '../../../src/reports/summary-csv';
import { summarize } from '../../../src/reports/summary';

const events: DomainEvent[] = [
  { id: 'e1', type: 'conversation.started', occurredAt: '2026-11-01T09:00:00Z', accountId: null, data: { conversationId: 'c1', channel: 'sms' } },
  { id: 'e2', type: 'verification.succeeded', occurredAt: '2026-11-01T09:01:00Z', accountId: 'a', data: { conversationId: 'c1', channel: 'sms', method: 'factors' } },
  {
    id: 'e3',
    type: 'plan.created',
    occurredAt: '2026-11-01T09:05:00Z',
    accountId: 'a',
    data: { arrangementId: 'p1', conversationId: 'c1', channel: 'sms', totalCents: 124_050, installmentCount: 3, firstDueDate: '2026-11-15' },
  },
  { id: 'e4', type: 'payment.posted', occurredAt: '2026-11-02T10:00:00Z', accountId: 'a', data: { paymentId: 'x', amountCents: 7, paidAt: '2026-11-02', balanceCents: 0 } },
  { id: 'e5', type: 'conversation.started', occurredAt: '2026-11-02T11:00:00Z', accountId: null, data: { conversationId: 'c2', channel: 'webchat' } },
  { id: 'e6', type: 'handoff.created', occurredAt: '2026-11-02T11:01:00Z', accountId: null, data: { handoffId: 'h1', reason: 'hardship, "urgent"', conversationId: 'c2', channel: 'webchat' } },
  { id: 'e7', type: 'handoff.created', occurredAt: '2026-11-02T11:02:00Z', accountId: null, data: { handoffId: 'h2', reason: '=HYPERLINK("x")', conversationId: 'c3', channel: 'webchat' } },
];

describe('the summary as CSV', () => {
  const csv = summaryCsv(summarize(events, { from: '2026-11-01', to: '2026-11-03' }));
  const rows: Array<Record<string, string>> = parse(csv, { columns: true });

  it('has one row per day and a final total row, with CRLF line ends', () => {
    expect(rows.map((row) => row.day)).toEqual(['2026-11-01', '2026-11-02', '2026-11-03', 'total']);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(6); // header, 3 days, total, and the empty string after the last CRLF
  });

  it('writes counts, rates, whole cents and exact dollars; a rate with no denominator is empty', () => {
    const [day1, day2, day3, total] = rows as [Record<string, string>, Record<string, string>, Record<string, string>, Record<string, string>];
    expect(day1).toMatchObject({ conversations: '1', verified: '1', verification_rate: '1', self_service_rate: '1', plans_made: '1', plans_made_cents: '124050', plans_made_dollars: '1240.50' });
    expect(day2).toMatchObject({ conversations: '1', verification_rate: '0', self_service_rate: '0', collected_cents: '7', collected_dollars: '0.07', handoffs: '2' });
    expect(day3).toMatchObject({ conversations: '0', verification_rate: '', promise_kept_rate: '', median_seconds_to_claim: '', collected_cents: '0', collected_dollars: '0.00' });
    expect(total).toMatchObject({ conversations: '2', verified: '1', verification_rate: '0.5', self_service_rate: '0.5', collected_cents: '7', plans_made_cents: '124050' });
  });

  it('has a column for every figure and one per handoff reason, quoted and defused', () => {
    const header = Object.keys(rows[0]!);
    for (const column of [
      'conversations', 'verified', 'verification_rate', 'self_served', 'self_service_rate',
      'promises_made', 'promises_made_cents', 'promises_made_dollars', 'plans_made', 'plans_made_cents', 'plans_made_dollars',
      'settlements_accepted', 'settlements_accepted_cents', 'settlements_accepted_dollars', 'pay_in_full', 'pay_in_full_cents', 'pay_in_full_dollars',
      'promises_kept', 'promises_broken', 'promise_kept_rate', 'collected_cents', 'collected_dollars',
      'disputes', 'ceases', 'opt_outs', 'handoffs', 'handoffs_claimed', 'median_seconds_to_claim', 'mean_seconds_to_claim',
    ]) {
      expect(header).toContain(column);
    }
    // Sorted by reason; a reason never starts its cell (the column prefix comes first), so it cannot run as a formula.
    expect(header.slice(-2)).toEqual(['handoffs_reason_=HYPERLINK("x")', 'handoffs_reason_hardship, "urgent"']);
    expect(csv.split('\r\n')[0]).toContain(',"handoffs_reason_hardship, ""urgent"""');
    expect(rows[3]!['handoffs_reason_hardship, "urgent"']).toBe('1');
  });

  it('quotes commas, quotes and line breaks and defuses formulas, but leaves numbers alone', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-12.50')).toBe('-12.50');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
  });
});
