import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TranscriptLog } from '../../../src/audit/transcript-log';
import { OPERATOR_TOKEN, startApp, type AppUnderTest } from '../../support/app-under-test';
import { redisUrlForTests } from '../../support/redis';

const AUTH = { Authorization: `Bearer ${OPERATOR_TOKEN}` };

// Without redis-server outside CI the Redis run is left out (with CI=true the global setup fails first).
const stores = [
  { name: 'memory store', kind: 'memory' as const, redisUrl: undefined as string | undefined },
  { name: 'Redis store', kind: 'redis' as const, redisUrl: redisUrlForTests() },
].filter((store) => store.kind === 'memory' || store.redisUrl);

/**
 * The sample portfolio (data/sample-portfolio.csv), with NW-1004 at 58 days past due, figured by
 * hand. Snapshots: 2026-11-23 (the first report takes it), 2026-11-24 (the job at 00:00), and
 * 2026-12-01 (the job queued for 11-25 runs late, on 12-01). NW-1005 pays in full on 11-24.
 *
 * | account | balance  | 11-23 | 11-24 | 12-01            |
 * | NW-1001 | 1240.50  | 95    | 96    | 103 (91-120)     |
 * | NW-1002 | 860.00   | 150   | 151   | 158 (120+)       |
 * | NW-1003 | 3410.75  | 210   | 211   | 218 (120+)       |
 * | NW-1004 | 455.20   | 58    | 59    | 66 (61-90)       |
 * | NW-1005 | 129.99   | 20    | 21    | 0 (paid: current)|
 * | NW-1006 | 2200.00  | 400   | 401   | 408 (120+)       |
 */
describe.each(stores)('GET /api/reports/aging and /api/reports/credit-sales on the $name', ({ kind, redisUrl }) => {
  let app: AppUnderTest;
  const get = (path: string, headers: Record<string, string> = AUTH) => fetch(`${app.baseUrl}${path}`, { headers });
  const post = (body: unknown, headers: Record<string, string> = AUTH) =>
    fetch(`${app.baseUrl}/api/reports/credit-sales`, { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

  beforeAll(async () => {
    app = await startApp({ store: kind, redisUrl, now: '2026-11-23T18:00:00Z' });
    await app.store.updateAccount('NW-1004', (account) => ({ ...account, daysPastDue: 58 }));
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers 401 without the operator token', async () => {
    for (const path of ['/api/reports/aging', '/api/reports/credit-sales']) {
      const response = await get(path, {});
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
    }
  });

  it('shows today’s aging, taking today’s snapshot on demand', async () => {
    const { status, body } = await app.operator('/api/reports/aging');
    expect(status).toBe(200);
    expect(body.date).toBe('2026-11-23');
    expect(body.period).toEqual({ from: '2026-10-25', to: '2026-11-23' });
    expect(body.aging.buckets.map((b: any) => [b.bucket, b.accounts, b.balanceCents])).toEqual([
      ['current', 0, 0],
      ['1-30', 1, 12_999],
      ['31-60', 1, 45_520],
      ['61-90', 0, 0],
      ['91-120', 1, 124_050],
      ['120+', 3, 647_075],
    ]);
    expect(body.aging.total).toEqual({ accounts: 6, balanceCents: 829_644 });
    expect(body.snapshotDays).toEqual(['2026-11-23']);
    expect(body.missingDays).toHaveLength(29);
    expect(body.rollRates).toBeNull();
    expect(await app.store.getDocument('aging-snapshot:2026-11-23')).toMatchObject({ day: '2026-11-23' });
  });

  it('takes the next snapshot at 00:00 UTC from its durable job, and chains days past due', async () => {
    expect(await app.store.countJobs('aging-snapshots')).toBe(1);
    app.clock.set(new Date('2026-11-24T00:00:00Z'));
    await app.outreach.runDue();
    const snapshot = await app.store.getDocument<any>('aging-snapshot:2026-11-24');
    expect(Object.fromEntries(snapshot.accounts.map((a: any) => [a.accountId, a.daysPastDue]))).toEqual({
      'NW-1001': 96,
      'NW-1002': 151,
      'NW-1003': 211,
      'NW-1004': 59,
      'NW-1005': 21,
      'NW-1006': 401,
    });
    // The job queued the next day's.
    expect(await app.store.countJobs('aging-snapshots')).toBe(1);
  });

  it('rejects bad credit-sales postings with 400 and overlaps with 409', async () => {
    const bad = [
      {},
      { from: '2026-11-01', to: '2026-11-30' },
      { from: '2026-11-01', to: '2026-11-30', amount: 100 },
      { from: '2026-11-01', to: '2026-11-30', amount: '12.345' },
      { from: '2026-11-31', to: '2026-12-01', amount: '1.00' },
      { from: '2026-11-30', to: '2026-11-01', amount: '1.00' },
      { from: '2026-11-01', to: '2026-11-30', amount: '1.00', extra: true },
    ];
    for (const body of bad) {
      const response = await post(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect((await response.json()).error.code).toBe('invalid_body');
    }
    expect((await post({ from: '2026-11-01', to: '2026-11-30', amount: '1.00' }, {})).status).toBe(401);
  });

  it('records credit sales, corrects the same period, and refuses an overlapping one', async () => {
    const first = await post({ from: '2026-11-01', to: '2026-11-30', amount: '25000.00' });
    expect(first.status).toBe(201);
    const corrected = await post({ from: '2026-11-01', to: '2026-11-30', amount: '30000.00' });
    expect(corrected.status).toBe(200);
    expect(await corrected.json()).toMatchObject({ replaced: true, creditSales: { from: '2026-11-01', to: '2026-11-30', amountCents: 3_000_000 } });
    const overlap = await post({ from: '2026-11-30', to: '2026-12-30', amount: '1.00' });
    expect(overlap.status).toBe(409);
    expect((await overlap.json()).error.code).toBe('overlapping_period');
    expect((await post({ from: '2026-12-01', to: '2026-12-31', amount: '6200.00' })).status).toBe(201);
    const { body } = await app.operator('/api/reports/credit-sales');
    expect(body.creditSales.map((p: any) => [p.from, p.to, p.amountCents])).toEqual([
      ['2026-11-01', '2026-11-30', 3_000_000],
      ['2026-12-01', '2026-12-31', 620_000],
    ]);
  });

  it('equals the hand-computed aging, roll rates, DSO and per-bucket rates after a week', async () => {
    // 11-24: NW-1005's debtor writes in, verifies and pays in full; a text to NW-1004 is blocked.
    app.clock.set(new Date('2026-11-24T15:00:00Z'));
    const transcripts = new TranscriptLog(app.store);
    await transcripts.linkAccount('NW-1005', 'sms:+15125550105');
    await transcripts.record({ at: '2026-11-24T15:00:00.000Z', direction: 'in', channel: 'sms', conversationId: 'sms:+15125550105', actor: 'debtor', text: 'hi' });
    await transcripts.linkAccount('NW-1004', 'sms:+16175550104');
    await transcripts.record({
      at: '2026-11-24T15:00:00.000Z',
      direction: 'out',
      channel: 'sms',
      conversationId: 'sms:+16175550104',
      actor: 'assistant',
      text: 'reminder',
      decision: { action: 'block', ruleIds: ['RF-13'], policyVersion: 'test' },
    });
    await app.outreach.activity.record('verification.succeeded', 'NW-1005', { conversationId: 'sms:+15125550105', channel: 'sms', method: 'factors' });
    await app.store.updateAccount('NW-1005', (account) => ({ ...account, balanceCents: 0 }));

    app.clock.set(new Date('2026-12-01T06:00:00Z'));
    await app.outreach.runDue();

    const { status, body } = await app.operator('/api/reports/aging?from=2026-11-02&to=2026-12-01');
    expect(status).toBe(200);
    expect(body.date).toBe('2026-12-01');
    expect(body.snapshotDays).toEqual(['2026-11-23', '2026-11-24', '2026-12-01']);
    expect(body.aging.buckets.map((b: any) => [b.bucket, b.accounts, b.balanceCents])).toEqual([
      ['current', 1, 0],
      ['1-30', 0, 0],
      ['31-60', 0, 0],
      ['61-90', 1, 45_520],
      ['91-120', 1, 124_050],
      ['120+', 3, 647_075],
    ]);
    // Roll rates from 11-23 (the period's first snapshot) to 12-01.
    const moved = body.rollRates.rows.map((row: any) => [row.bucket, row.accounts, Object.fromEntries(Object.entries(row.to).filter(([, c]: any) => c.accounts > 0).map(([to, c]: any) => [to, c.rate]))]);
    expect(body.rollRates).toMatchObject({ from: '2026-11-23', to: '2026-12-01' });
    expect(moved).toEqual([
      ['current', 0, {}],
      ['1-30', 1, { current: 1 }],
      ['31-60', 1, { '61-90': 1 }],
      ['61-90', 0, {}],
      ['91-120', 1, { '91-120': 1 }],
      ['120+', 3, { '120+': 1 }],
    ]);
    expect(body.rollSeries.map((step: any) => [step.from, step.to])).toEqual([
      ['2026-11-23', '2026-11-24'],
      ['2026-11-24', '2026-12-01'],
    ]);
    // Credit sales: 3,000,000 × 29/30 + 620,000 × 1/31 = 2,900,000 + 20,000. DSO: 816,645 / 2,920,000 × 30 = 8.39.
    expect(body.dso).toEqual({ receivablesDay: '2026-12-01', receivablesCents: 816_645, creditSalesCents: 2_920_000, days: 30, coveredDays: 30, dso: 8.4 });
    expect(body.cohortDay).toBe('2026-11-23');
    const rates = Object.fromEntries(body.bucketRates.map((r: any) => [r.bucket, [r.accounts, r.contacted, r.verified, r.promised]]));
    expect(rates['1-30']).toEqual([1, 1, 1, 0]);
    expect(rates['31-60']).toEqual([1, 0, 0, 0]);
    expect(rates['120+']).toEqual([3, 0, 0, 0]);
  });

  it('exports the figures as CSV, a row per bucket and a total row with DSO', async () => {
    const response = await get('/api/reports/aging?from=2026-11-02&to=2026-12-01&format=csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="amicable-aging-2026-12-01-2026-11-02-to-2026-12-01.csv"');
    const lines = (await response.text()).trimEnd().split('\r\n');
    expect(lines).toHaveLength(8);
    const header = lines[0]!.split(',');
    const row = (bucket: string) => Object.fromEntries(lines.find((line) => line.startsWith(`${bucket},`))!.split(',').map((cell, index) => [header[index], cell]));
    expect(row('61-90')).toMatchObject({ accounts: '1', balance_cents: '45520', balance_dollars: '455.20' });
    expect(row('31-60')).toMatchObject({ cohort_accounts: '1', contacted: '0', 'roll_to_61-90': '1', 'roll_to_31-60': '0' });
    expect(row('1-30')).toMatchObject({ contact_rate: '1', verification_rate: '1', promise_kept_rate: '' });
    expect(row('total')).toMatchObject({ accounts: '6', balance_cents: '816645', receivables_cents: '816645', credit_sales_cents: '2920000', period_days: '30', dso_days: '8.4' });
  });

  it('shows a past day without a snapshot as no aging, not as zeros', async () => {
    const { status, body } = await app.operator('/api/reports/aging?from=2026-11-20&to=2026-11-30&date=2026-11-26');
    expect(status).toBe(200);
    expect(body.aging).toBeNull();
    expect(body.snapshotDays).toEqual(['2026-11-23', '2026-11-24']);
  });

  it('answers 400 invalid_query to a malformed, impossible, future or too long period', async () => {
    const queries = [
      'from=2026-13-01',
      'to=2026-02-30',
      'date=yesterday',
      'from=2026-11-30&to=2026-11-01',
      'to=2026-12-02',
      'date=2026-12-05',
      'from=2025-01-01&to=2026-12-01',
      'format=xml',
    ];
    for (const query of queries) {
      const response = await get(`/api/reports/aging?${query}`);
      expect(response.status, query).toBe(400);
      expect(await response.json()).toEqual({ error: { code: 'invalid_query', message: expect.any(String) } });
    }
  });
});
