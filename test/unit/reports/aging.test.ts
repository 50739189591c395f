import { describe, expect, it } from 'vitest';
import type { Account } from '../../../src/domain/account';
import type { DomainEvent, EventData, EventType } from '../../../src/domain/events';
import {
  agingOf,
  agingReport,
  bucketOf,
  bucketRates,
  creditSalesIn,
  daysPastDueOn,
  daysSalesOutstanding,
  rollRates,
  rollSeries,
  takeSnapshot,
  type AccountContact,
  type AgingSnapshot,
} from '../../../src/reports/aging';
import { anAccount } from '../../fixtures/accounts';

/**
 * The fixture portfolio, figured by hand. Three snapshots: 2026-11-01 (the first: loaded days
 * past due), 2026-11-08 (7 days on) and 2026-12-01 (23 days after that).
 *
 * | account | loaded dpd | balance 11-01 | what happens                     | dpd 11-01 | 11-08 | 12-01 |
 * | A       | 0          | 100.00        | nothing (current stays current)  | 0         | 0     | 0     |
 * | B       | 10         | 200.00        | nothing                          | 10        | 17    | 40    |
 * | C       | 25         | 300.00        | pays in full before 11-08        | 25        | 0     | 0     |
 * | D       | 45         | 400.00        | pays 300.00 before 11-08          | 45        | 52    | 75    |
 * | E       | 75         | 500.00        | nothing                          | 75        | 82    | 105   |
 * | F       | 100        | 600.00        | nothing                          | 100       | 107   | 130   |
 * | G       | 200        | 700.00        | nothing                          | 200       | 207   | 230   |
 * | H       | 60         | 0.00 (paid)   | status paid                      | 0         | 0     | 0     |
 * | I       | 5          | 50.00         | loaded after 11-01               | –         | 5     | 28    |
 */
const account = (id: string, daysPastDue: number, balanceCents: number, overrides: Partial<Account> = {}): Account =>
  anAccount({ id, daysPastDue, balanceCents, ...overrides });

const NOV_1 = [
  account('A', 0, 10_000),
  account('B', 10, 20_000),
  account('C', 25, 30_000),
  account('D', 45, 40_000),
  account('E', 75, 50_000),
  account('F', 100, 60_000),
  account('G', 200, 70_000),
  account('H', 60, 0, { status: 'paid' }),
];
// As the store holds them later: loaded days past due never change, balances do.
const NOV_8 = [
  ...NOV_1.filter((a) => a.id !== 'C' && a.id !== 'D'),
  account('C', 25, 0),
  account('D', 45, 10_000),
  account('I', 5, 5_000),
];

const day1 = takeSnapshot('2026-11-01', '2026-11-01T00:00:00.000Z', NOV_1, null);
const day2 = takeSnapshot('2026-11-08', '2026-11-08T00:00:00.000Z', NOV_8, day1);
const day3 = takeSnapshot('2026-12-01', '2026-12-01T00:00:00.000Z', NOV_8, day2);

const dpd = (snapshot: AgingSnapshot) => Object.fromEntries(snapshot.accounts.map((entry) => [entry.accountId, entry.daysPastDue]));

describe('aging buckets', () => {
  it('puts 0 days (or fewer) in current and the edges of each bucket inside it', () => {
    const cases: Array<[number, string]> = [
      [-3, 'current'],
      [0, 'current'],
      [1, '1-30'],
      [30, '1-30'],
      [31, '31-60'],
      [60, '31-60'],
      [61, '61-90'],
      [90, '61-90'],
      [91, '91-120'],
      [120, '91-120'],
      [121, '120+'],
      [2000, '120+'],
    ];
    for (const [days, bucket] of cases) expect(bucketOf(days), `${days} days`).toBe(bucket);
  });
});

describe('days past due on a day', () => {
  const previous = { day: '2026-11-01', daysPastDue: 40 };
  it('is the loaded figure when no earlier snapshot knows the account', () => {
    expect(daysPastDueOn(account('X', 33, 100), null, '2026-11-05')).toBe(33);
  });
  it('ages by the days since the previous snapshot', () => {
    expect(daysPastDueOn(account('X', 33, 100), previous, '2026-11-05')).toBe(44);
  });
  it('is current once nothing is owed, or the account is paid', () => {
    expect(daysPastDueOn(account('X', 33, 0), previous, '2026-11-05')).toBe(0);
    expect(daysPastDueOn(account('X', 33, 100, { status: 'paid' }), previous, '2026-11-05')).toBe(0);
    expect(daysPastDueOn(account('X', 33, 0), null, '2026-11-05')).toBe(0);
  });
  it('never ages a current account: the portfolio gives days past due, not due dates', () => {
    expect(daysPastDueOn(account('X', 0, 100), { day: '2026-11-01', daysPastDue: 0 }, '2026-12-01')).toBe(0);
  });
});

describe('daily snapshots', () => {
  it('chain days past due from one snapshot to the next', () => {
    expect(dpd(day1)).toEqual({ A: 0, B: 10, C: 25, D: 45, E: 75, F: 100, G: 200, H: 0 });
    expect(dpd(day2)).toEqual({ A: 0, B: 17, C: 0, D: 52, E: 82, F: 107, G: 207, H: 0, I: 5 });
    expect(dpd(day3)).toEqual({ A: 0, B: 40, C: 0, D: 75, E: 105, F: 130, G: 230, H: 0, I: 28 });
  });
  it('keeps each account’s balance of the day', () => {
    expect(day2.accounts.find((entry) => entry.accountId === 'D')).toEqual({ accountId: 'D', daysPastDue: 52, balanceCents: 10_000 });
  });
});

describe('accounts and balance by bucket', () => {
  it('equals the hand count on 2026-11-01', () => {
    expect(agingOf(day1)).toEqual({
      day: '2026-11-01',
      buckets: [
        { bucket: 'current', accounts: 2, balanceCents: 10_000, accountShare: 0.25, balanceShare: 0.0357 },
        { bucket: '1-30', accounts: 2, balanceCents: 50_000, accountShare: 0.25, balanceShare: 0.1786 },
        { bucket: '31-60', accounts: 1, balanceCents: 40_000, accountShare: 0.125, balanceShare: 0.1429 },
        { bucket: '61-90', accounts: 1, balanceCents: 50_000, accountShare: 0.125, balanceShare: 0.1786 },
        { bucket: '91-120', accounts: 1, balanceCents: 60_000, accountShare: 0.125, balanceShare: 0.2143 },
        { bucket: '120+', accounts: 1, balanceCents: 70_000, accountShare: 0.125, balanceShare: 0.25 },
      ],
      total: { accounts: 8, balanceCents: 280_000 },
    });
  });
  it('equals the hand count on 2026-12-01', () => {
    const { buckets, total } = agingOf(day3);
    expect(buckets.map((b) => [b.bucket, b.accounts, b.balanceCents])).toEqual([
      ['current', 3, 10_000],
      ['1-30', 1, 5_000],
      ['31-60', 1, 20_000],
      ['61-90', 1, 10_000],
      ['91-120', 1, 50_000],
      ['120+', 2, 130_000],
    ]);
    expect(total).toEqual({ accounts: 9, balanceCents: 225_000 });
  });
  it('lists every bucket, with null shares, for an empty portfolio', () => {
    const empty = agingOf({ day: '2026-11-01', takenAt: '2026-11-01T00:00:00Z', accounts: [] });
    expect(empty.buckets).toHaveLength(6);
    expect(empty.buckets.every((b) => b.accounts === 0 && b.accountShare === null && b.balanceShare === null)).toBe(true);
  });
});

describe('roll rates', () => {
  it('from 2026-11-01 to 2026-12-01 equal the hand-computed matrix', () => {
    const matrix = rollRates(day1, day3);
    const moved = matrix.rows.map((row) => [row.bucket, row.accounts, Object.fromEntries(Object.entries(row.to).filter(([, cell]) => cell.accounts > 0).map(([to, cell]) => [to, cell.rate])), row.gone]);
    expect(matrix.from).toBe('2026-11-01');
    expect(matrix.to).toBe('2026-12-01');
    expect(moved).toEqual([
      ['current', 2, { current: 1 }, 0],
      ['1-30', 2, { current: 0.5, '31-60': 0.5 }, 0],
      ['31-60', 1, { '61-90': 1 }, 0],
      ['61-90', 1, { '91-120': 1 }, 0],
      ['91-120', 1, { '120+': 1 }, 0],
      ['120+', 1, { '120+': 1 }, 0],
    ]);
    // A bucket nobody moved to has rate 0, not null, when the row has accounts.
    expect(matrix.rows[0]!.to['120+']).toEqual({ accounts: 0, rate: 0 });
  });
  it('counts an account gone from the portfolio in the denominator only', () => {
    const without = { ...day3, accounts: day3.accounts.filter((entry) => entry.accountId !== 'G') };
    const row = rollRates(day1, without).rows.find((r) => r.bucket === '120+')!;
    expect(row).toMatchObject({ accounts: 1, gone: 1 });
    expect(row.to['120+']).toEqual({ accounts: 0, rate: 0 });
  });
  it('has null rates in a row without accounts', () => {
    const row = rollRates(day3, day3).rows.find((r) => r.bucket === '1-30')!;
    expect(row.accounts).toBe(1);
    const emptyRow = rollRates({ ...day1, accounts: [] }, day3).rows[0]!;
    expect(emptyRow.to.current).toEqual({ accounts: 0, rate: null });
  });
  it('over time: roll-forward and cure rates between consecutive snapshots', () => {
    const series = rollSeries([day3, day1, day2]);
    expect(series.map((step) => [step.from, step.to])).toEqual([
      ['2026-11-01', '2026-11-08'],
      ['2026-11-08', '2026-12-01'],
    ]);
    expect(series[0]!.buckets.map((b) => [b.bucket, b.accounts, b.rollForwardRate, b.cureRate])).toEqual([
      ['current', 2, 0, 0],
      ['1-30', 2, 0, 0.5],
      ['31-60', 1, 0, 0],
      ['61-90', 1, 0, 0],
      ['91-120', 1, 0, 0],
      ['120+', 1, 0, 0],
    ]);
    expect(series[1]!.buckets.map((b) => [b.bucket, b.accounts, b.rollForwardRate, b.cureRate])).toEqual([
      ['current', 3, 0, 0],
      ['1-30', 2, 0.5, 0],
      ['31-60', 1, 1, 0],
      ['61-90', 1, 1, 0],
      ['91-120', 1, 1, 0],
      ['120+', 1, 0, 0],
    ]);
  });
});

describe('DSO', () => {
  const PERIOD = { from: '2026-11-01', to: '2026-12-01' };
  // 3,100.00 over 31 days (14 of them in the period) and 6,000.00 over 30 days (17 in it).
  const POSTINGS = [
    { from: '2026-10-15', to: '2026-11-14', amountCents: 310_000 },
    { from: '2026-11-15', to: '2026-12-14', amountCents: 600_000 },
  ];

  it('prorates each posting by its days inside the period', () => {
    // 310,000 × 14/31 = 140,000; 600,000 × 17/30 = 340,000.
    expect(creditSalesIn(POSTINGS, PERIOD)).toEqual({ amountCents: 480_000, days: 31, coveredDays: 31 });
  });
  it('rounds the prorated sum to the cent at the end', () => {
    const third = [{ from: '2026-11-01', to: '2026-11-03', amountCents: 1_000 }];
    expect(creditSalesIn(third, { from: '2026-11-01', to: '2026-11-01' }).amountCents).toBe(333);
    expect(creditSalesIn(third, { from: '2026-11-01', to: '2026-11-02' }).amountCents).toBe(667);
  });
  it('prorates in whole-cent fractions, not floating point: two thirds and a third make the whole, a half cent rounds up', () => {
    const postings = [
      { from: '2026-11-01', to: '2026-11-03', amountCents: 1_001 },
      { from: '2026-11-04', to: '2026-11-06', amountCents: 2_002 },
      { from: '2026-11-07', to: '2026-11-08', amountCents: 1 },
    ];
    // 1,001 × 2/3 + 2,002 × 1/3 = 667.33 + 667.33 = 1,334.67: the exact sum is 1,334 2/3.
    expect(creditSalesIn(postings, { from: '2026-11-02', to: '2026-11-04' }).amountCents).toBe(1_335);
    // 1 cent × 1/2 = half a cent, rounded half up.
    expect(creditSalesIn(postings, { from: '2026-11-07', to: '2026-11-07' }).amountCents).toBe(1);
  });
  it('has no credit sales unless postings cover every day of the period', () => {
    expect(creditSalesIn(POSTINGS.slice(0, 1), PERIOD)).toEqual({ amountCents: null, days: 31, coveredDays: 14 });
    expect(creditSalesIn([], PERIOD)).toEqual({ amountCents: null, days: 31, coveredDays: 0 });
  });
  it('= receivables at period end / credit sales × days, to 0.1 day', () => {
    // 225,000 / 480,000 × 31 = 14.53125.
    expect(daysSalesOutstanding(day3, POSTINGS, PERIOD)).toEqual({
      receivablesDay: '2026-12-01',
      receivablesCents: 225_000,
      creditSalesCents: 480_000,
      days: 31,
      coveredDays: 31,
      dso: 14.5,
    });
  });
  it('is null without sales, with zero sales, or without a snapshot', () => {
    expect(daysSalesOutstanding(day3, [], PERIOD).dso).toBeNull();
    expect(daysSalesOutstanding(day3, [{ from: '2026-11-01', to: '2026-12-01', amountCents: 0 }], PERIOD).dso).toBeNull();
    expect(daysSalesOutstanding(null, POSTINGS, PERIOD)).toMatchObject({ receivablesCents: null, receivablesDay: null, dso: null });
  });
});

let sequence = 0;
function event<T extends EventType>(type: T, occurredAt: string, accountId: string | null, data: EventData[T]): DomainEvent {
  sequence += 1;
  return { id: `evt-${sequence}`, type, occurredAt, accountId, data } as DomainEvent;
}
const created = (arrangementId: string) => ({ arrangementId, conversationId: 'c', channel: 'sms' as const, totalCents: 1_000, installmentCount: 1, firstDueDate: '2026-11-20' });
const outcome = (arrangementId: string) => ({ arrangementId, kind: 'promise', dueDate: '2026-11-20', paidCents: 0 });

const EVENTS: DomainEvent[] = [
  event('conversation.started', '2026-11-03T09:00:00Z', null, { conversationId: 'c', channel: 'sms' }),
  event('verification.succeeded', '2026-11-03T09:01:00Z', 'B', { conversationId: 'c', channel: 'sms', method: 'factors' }),
  event('promise.created', '2026-11-03T09:05:00Z', 'B', created('pB')),
  event('verification.succeeded', '2026-11-05T10:00:00Z', 'C', { conversationId: 'c', channel: 'webchat', method: 'portal' }),
  event('pay_in_full.created', '2026-11-05T10:02:00Z', 'C', created('pC')),
  event('promise.kept', '2026-11-07T06:00:00Z', 'C', outcome('pC')),
  event('verification.succeeded', '2026-11-10T12:00:00Z', 'G', { conversationId: 'c', channel: 'sms', method: 'factors' }),
  event('plan.created', '2026-11-10T12:05:00Z', 'G', created('pG')),
  event('promise.broken', '2026-11-20T06:00:00Z', 'B', { ...outcome('pB'), shortCents: 1_000, partial: false }),
  event('promise.broken', '2026-11-25T06:00:00Z', 'G', { ...outcome('pG'), shortCents: 1_000, partial: false }),
  // Ignored: before the period, and an account outside the cohort.
  event('verification.succeeded', '2026-10-31T23:59:59Z', 'D', { conversationId: 'c', channel: 'sms', method: 'factors' }),
  event('promise.created', '2026-11-09T10:00:00Z', 'I', created('pI')),
];
const CONTACTS: AccountContact[] = [
  { accountId: 'B', at: '2026-11-03T09:00:00Z' },
  { accountId: 'B', at: '2026-11-03T09:00:30Z' },
  { accountId: 'C', at: '2026-11-05T10:00:00Z' },
  { accountId: 'D', at: '2026-11-02T15:00:00Z' },
  { accountId: 'G', at: '2026-11-10T12:00:00Z' },
  { accountId: 'E', at: '2026-10-30T15:00:00Z' },
  { accountId: 'I', at: '2026-11-09T10:00:00Z' },
];

describe('per-bucket rates of the period’s cohort', () => {
  it('equal the hand-computed contact, verification, promise and promise-kept rates', () => {
    const rates = bucketRates(day1, EVENTS, CONTACTS, { from: '2026-11-01', to: '2026-12-01' });
    expect(rates.map((r) => [r.bucket, r.accounts, r.contacted, r.contactRate, r.verified, r.verificationRate, r.promised, r.promiseRate, r.kept, r.broken, r.promiseKeptRate])).toEqual([
      ['current', 2, 0, 0, 0, 0, 0, 0, 0, 0, null],
      ['1-30', 2, 2, 1, 2, 1, 2, 1, 1, 1, 0.5],
      ['31-60', 1, 1, 1, 0, 0, 0, 0, 0, 0, null],
      ['61-90', 1, 0, 0, 0, 0, 0, 0, 0, 0, null],
      ['91-120', 1, 0, 0, 0, 0, 0, 0, 0, 0, null],
      ['120+', 1, 1, 1, 1, 1, 1, 1, 0, 1, 0],
    ]);
  });
  it('count only what happened inside the period', () => {
    const rates = bucketRates(day1, EVENTS, CONTACTS, { from: '2026-11-04', to: '2026-11-08' });
    const oneToThirty = rates.find((r) => r.bucket === '1-30')!;
    expect(oneToThirty).toMatchObject({ contacted: 1, verified: 1, promised: 1, kept: 1, broken: 0, promiseKeptRate: 1 });
    expect(rates.find((r) => r.bucket === '31-60')!.contacted).toBe(0);
  });
});

describe('the aging report', () => {
  it('takes the period’s first and last snapshots and lists the days without one', () => {
    const report = agingReport({
      period: { from: '2026-11-01', to: '2026-12-01' },
      date: '2026-11-08',
      dateSnapshot: day2,
      snapshots: [day3, day2, day1],
      creditSales: [{ from: '2026-11-01', to: '2026-12-01', amountCents: 310_000 }],
      events: EVENTS,
      contacts: CONTACTS,
    });
    expect(report.aging?.day).toBe('2026-11-08');
    expect(report.snapshotDays).toEqual(['2026-11-01', '2026-11-08', '2026-12-01']);
    expect(report.missingDays).toHaveLength(31 - 3);
    expect(report.missingDays).not.toContain('2026-11-08');
    expect(report.rollRates).toMatchObject({ from: '2026-11-01', to: '2026-12-01' });
    expect(report.rollSeries).toHaveLength(2);
    expect(report.cohortDay).toBe('2026-11-01');
    // 225,000 / 310,000 × 31 = 22.5.
    expect(report.dso.dso).toBe(22.5);
    expect(report.bucketRates?.[1]?.contactRate).toBe(1);
  });
  it('has no roll rates with a single snapshot and no figures at all without one', () => {
    const one = agingReport({ period: { from: '2026-11-01', to: '2026-11-01' }, date: '2026-11-01', dateSnapshot: day1, snapshots: [day1], creditSales: [], events: [], contacts: [] });
    expect(one.rollRates).toBeNull();
    expect(one.rollSeries).toEqual([]);
    const none = agingReport({ period: { from: '2026-10-01', to: '2026-10-02' }, date: '2026-10-02', dateSnapshot: null, snapshots: [day1], creditSales: [], events: [], contacts: [] });
    expect(none).toMatchObject({ aging: null, rollRates: null, bucketRates: null, cohortDay: null, snapshotDays: [], missingDays: ['2026-10-01', '2026-10-02'] });
  });
});
