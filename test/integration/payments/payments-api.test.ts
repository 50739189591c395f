import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Arrangement } from '../../../src/domain/arrangement';
import { signatureFor } from '../../../src/outreach/creditor-signature';
import { CREDITOR_WEBHOOK_SECRET, OPERATOR_TOKEN, startApp, type AppUnderTest } from '../../support/app-under-test';
import { redisUrlForTests } from '../../support/redis';

const stores = [
  { name: 'memory store', kind: 'memory' as const, redisUrl: undefined as string | undefined },
  { name: 'Redis store', kind: 'redis' as const, redisUrl: redisUrlForTests() },
];

/** A promise Maria (NW-1001, $1,240.50, America/Chicago) made: $200 on December 1. */
const promise: Arrangement = {
  id: 'promise-1',
  accountId: 'NW-1001',
  kind: 'promise',
  status: 'active',
  totalCents: 20_000,
  installments: [{ dueDate: '2026-12-01', amountCents: 20_000, status: 'scheduled' }],
  channel: 'sms',
  createdAt: '2026-11-23T15:00:00.000Z',
};

describe.each(stores)('payments in (CONTRACT.md POST /api/payments) on the $name', ({ kind, redisUrl }) => {
  let app: AppUnderTest;

  beforeEach(async (context) => {
    if (kind === 'redis' && !redisUrl) context.skip();
    app = await startApp({ store: kind, redisUrl });
  });
  afterEach(async () => {
    await app?.close();
  });

  const post = (payment: unknown, sign?: (body: string) => string | undefined) => app.postPayment(payment, sign);


  const payment = (overrides: Record<string, string> = {}) => ({ paymentId: 'pay-1', accountId: 'NW-1001', amount: '103.38', paidAt: '2026-11-23T17:00:00Z', ...overrides });

  it('posts a payment: the balance and the itemization move to the cent', async () => {
    const answer = await post(payment());
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ status: 'posted', payment: { paymentId: 'pay-1', amountCents: 10_338, balanceCents: 113_712 } });
    const account = await app.store.getAccount('NW-1001');
    expect(account?.balanceCents).toBe(113_712);
    const itemization = account!.itemization!;
    expect(itemization.itemizationBalanceCents + itemization.interestSinceCents + itemization.feesSinceCents - itemization.paymentsSinceCents - itemization.creditsSinceCents).toBe(113_712);
    const transcript = await app.operator('/api/accounts/NW-1001/transcript');
    expect(transcript.body.transcript).toContainEqual(expect.objectContaining({ event: 'payment.posted', text: expect.stringMatching(/\$103\.38 .*balance \$1,137\.12/) }));
  });

  it('is idempotent on paymentId: the same payment again changes nothing; the same id with other details is refused', async () => {
    expect((await post(payment())).status).toBe(201);
    const again = await post(payment());
    expect(again.status).toBe(200);
    expect(again.body.status).toBe('duplicate');
    const reused = await post(payment({ amount: '50.00' }));
    expect(reused.status).toBe(409);
    expect(reused.body.error.code).toBe('payment_id_reused');
    expect((await app.store.getAccount('NW-1001'))?.balanceCents).toBe(113_712);
  });

  it('posts one of several simultaneous deliveries of the same payment', async () => {
    const answers = await Promise.all([1, 2, 3, 4].map(() => post(payment())));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 201]);
    expect((await app.store.getAccount('NW-1001'))?.balanceCents).toBe(113_712);
  });

  it('keeps a promise paid before its due date, and says so in the account', async () => {
    await app.store.addArrangement(promise);
    app.clock.set(new Date('2026-11-30T23:00:00Z'));
    expect((await post(payment({ amount: '200.00', paidAt: '2026-11-30T22:00:00Z' }))).status).toBe(201);
    const { body } = await app.operator('/api/accounts/NW-1001');
    expect(body.arrangements[0]).toMatchObject({ id: 'promise-1', status: 'kept', installments: [{ dueDate: '2026-12-01', amountCents: 20_000, status: 'paid' }] });
    const events = await app.outreach.activity.read('2026-11-30', '2026-11-30');
    expect(events.map((e) => e.type)).toEqual(['payment.posted', 'promise.kept']);
  });

  it('401 bad_signature: no signature, another secret, or a signature older than 5 minutes', async () => {
    const stale = (body: string) => signatureFor(CREDITOR_WEBHOOK_SECRET, body, new Date(app.clock.now().getTime() - 301_000));
    for (const sign of [() => undefined, (body: string) => signatureFor('not-the-creditor-secret', body, app.clock.now()), stale]) {
      const answer = await post(payment(), sign);
      expect(answer.status).toBe(401);
      expect(answer.body.error.code).toBe('bad_signature');
    }
    expect((await app.store.getAccount('NW-1001'))?.balanceCents).toBe(124_050);
  });

  it('answers bad payments with a 4xx naming the problem, and posts nothing', async () => {
    const cases: Array<[unknown, number, string]> = [
      ['{not json', 400, 'invalid_json'],
      [{ paymentId: 'p' }, 400, 'invalid_body'],
      [payment({ amount: '10.999' }), 400, 'invalid_amount'],
      [payment({ amount: '0.00' }), 400, 'invalid_amount'],
      [payment({ paidAt: 'yesterday' }), 400, 'invalid_paid_at'],
      [payment({ paidAt: '2027-01-01T00:00:00Z' }), 400, 'paid_at_out_of_range'],
      [payment({ paidAt: '1900-01-01T00:00:00Z' }), 400, 'paid_at_out_of_range'],
      [payment({ paidAt: '1999-12-31' }), 400, 'paid_at_out_of_range'],
      [payment({ paymentId: 'has spaces' }), 400, 'invalid_payment_id'],
      [payment({ accountId: 'NW-404' }), 404, 'account_not_found'],
      [{ ...payment(), extra: true }, 400, 'invalid_body'],
    ];
    for (const [body, status, code] of cases) {
      const answer = await post(body);
      expect({ body, status: answer.status, code: answer.body.error?.code }).toEqual({ body, status, code });
      expect(answer.body.error.message.length).toBeGreaterThan(5);
    }
    expect((await app.store.getAccount('NW-1001'))?.balanceCents).toBe(124_050);
  });

  it('imports a payments CSV: good rows post, bad rows are reported by line and column', async () => {
    const csv = [
      'payment_id,account_id,amount,paid_at',
      'csv-1,NW-1001,100.00,2026-11-20',
      'csv-2,NW-1004,55.20,2026-11-21T10:00:00Z',
      'csv-3,NW-404,10.00,2026-11-21',
      'csv-4,NW-1005,ten,2026-11-21',
      'csv-1,NW-1001,100.00,2026-11-20',
      'csv-5,NW-1005,"29.99"',
    ].join('\n');
    const send = () =>
      fetch(`${app.baseUrl}/api/payments/import`, { method: 'POST', headers: { Authorization: `Bearer ${OPERATOR_TOKEN}`, 'Content-Type': 'text/csv' }, body: csv });
    const response = await send();
    expect(response.status).toBe(200);
    const report = (await response.json()) as any;
    expect(report.counts).toEqual({ rows: 6, posted: 2, duplicates: 0, rejected: 4 });
    expect(report.rejected).toEqual([
      { line: 4, column: 'account_id', message: 'No account "NW-404"' },
      { line: 5, column: 'amount', message: expect.stringContaining('"ten"') },
      { line: 6, column: 'payment_id', message: '"csv-1" already appears on line 2' },
      { line: 7, column: '(row)', message: expect.stringContaining('3 fields') },
    ]);
    expect((await app.store.getAccount('NW-1001'))?.balanceCents).toBe(114_050);
    expect((await app.store.getAccount('NW-1004'))?.balanceCents).toBe(40_000);
    // The same file again: nothing posts twice.
    const again = (await (await send()).json()) as any;
    expect(again.counts).toMatchObject({ posted: 0, duplicates: 2 });
    expect((await app.store.getAccount('NW-1001'))?.balanceCents).toBe(114_050);
  });

  it('refuses a payments CSV without the operator token or with an unknown column', async () => {
    const unauthorized = await fetch(`${app.baseUrl}/api/payments/import`, { method: 'POST', headers: { 'Content-Type': 'text/csv' }, body: 'x' });
    expect(unauthorized.status).toBe(401);
    const badHeader = await fetch(`${app.baseUrl}/api/payments/import`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${OPERATOR_TOKEN}`, 'Content-Type': 'text/csv' },
      body: 'payment_id,account,amount,paid_at\n1,NW-1001,1.00,2026-11-20',
    });
    expect(badHeader.status).toBe(400);
    expect(((await badHeader.json()) as any).error).toMatchObject({ code: 'invalid_payment_file', message: expect.stringContaining('"account"') });
  });
});
