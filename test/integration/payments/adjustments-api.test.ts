import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Itemization } from '../../../src/domain/account';
import type { Arrangement } from '../../../src/domain/arrangement';
import { OPERATOR_TOKEN, SPECIALISTS, startApp, type AppUnderTest } from '../../support/app-under-test';
import { redisUrlForTests } from '../../support/redis';

const stores = [
  { name: 'memory store', kind: 'memory' as const, redisUrl: undefined as string | undefined },
  { name: 'Redis store', kind: 'redis' as const, redisUrl: redisUrlForTests() },
];

const CONSOLE = { 'X-Amicable-Console': '1', 'Content-Type': 'application/json' };
const itemizedBalance = (i: Itemization) => i.itemizationBalanceCents + i.interestSinceCents + i.feesSinceCents - i.paymentsSinceCents - i.creditsSinceCents;

/**
 * Maria (NW-1001, $1,240.50 = 1,180.00 + 35.50 interest + 25.00 fees, America/Chicago, texts
 * allowed) on a monthly plan of the whole balance: 3 × $310.13 and $310.11 from December 7.
 */
const plan: Arrangement = {
  id: 'plan-1',
  accountId: 'NW-1001',
  kind: 'plan',
  status: 'active',
  totalCents: 124_050,
  installments: [
    { dueDate: '2026-12-07', amountCents: 31_013, status: 'scheduled' },
    { dueDate: '2027-01-07', amountCents: 31_013, status: 'scheduled' },
    { dueDate: '2027-02-07', amountCents: 31_013, status: 'scheduled' },
    { dueDate: '2027-03-07', amountCents: 31_011, status: 'scheduled' },
  ],
  channel: 'sms',
  frequency: 'monthly',
  createdAt: '2026-11-20T16:00:00.000Z',
};

describe.each(stores)('adjustments (POST /api/accounts/:id/adjustments) on the $name', ({ kind, redisUrl }) => {
  let app: AppUnderTest;

  beforeEach(async (context) => {
    if (kind === 'redis' && !redisUrl) context.skip();
    // 18:00Z is noon in Austin: inside the contact window.
    app = await startApp({ store: kind, redisUrl });
  });
  afterEach(async () => {
    await app?.close();
  });

  async function adjust(body: unknown, headers: Record<string, string> = { Authorization: `Bearer ${OPERATOR_TOKEN}`, 'Content-Type': 'application/json' }, accountId = 'NW-1001') {
    const response = await fetch(`${app.baseUrl}/api/accounts/${accountId}/adjustments`, { method: 'POST', headers, body: JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as any };
  }

  async function signIn(name: keyof typeof SPECIALISTS): Promise<Record<string, string>> {
    const response = await fetch(`${app.baseUrl}/console/login`, { method: 'POST', headers: CONSOLE, body: JSON.stringify({ name, password: SPECIALISTS[name] }) });
    expect(response.status).toBe(200);
    return { ...CONSOLE, Cookie: (response.headers.get('set-cookie') ?? '').split(';')[0]! };
  }

  async function postPayment(paymentId: string, amount: string) {
    expect((await app.postPayment({ paymentId, accountId: 'NW-1001', amount, paidAt: '2026-11-23T17:00:00Z' })).status).toBe(201);
  }


  const events = async () => (await app.outreach.activity.read('2026-11-23', '2026-11-23')).filter((e) => e.type === 'adjustment.posted');
  const balance = async () => (await app.store.getAccount('NW-1001'))!.balanceCents;

  it('waives a fee: balance and itemization move to the cent, the transcript names who, the event goes out', async () => {
    const answer = await adjust({ kind: 'fee_waiver', amount: '12.50', reason: 'late fee charged in error', actor: 'olivia', adjustmentId: 'adj-1' });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ status: 'posted', notice: 'none', adjustment: { adjustmentId: 'adj-1', amountCents: 1250, balanceChangeCents: -1250, balanceCents: 122_800, actor: 'olivia', approvedBy: null } });
    const account = (await app.store.getAccount('NW-1001'))!;
    expect(account.balanceCents).toBe(122_800);
    expect(account.itemization?.feesSinceCents).toBe(1250);
    expect(itemizedBalance(account.itemization!)).toBe(122_800);

    const transcript = await app.operator('/api/accounts/NW-1001/transcript');
    expect(transcript.body.transcript).toContainEqual(
      expect.objectContaining({ event: 'adjustment.posted', actor: 'olivia', text: expect.stringMatching(/Fee waiver adj-1 of \$12\.50 by olivia: late fee charged in error; balance \$1,228\.00/) }),
    );
    expect(await events()).toEqual([
      expect.objectContaining({ accountId: 'NW-1001', data: expect.objectContaining({ adjustmentId: 'adj-1', kind: 'fee_waiver', amountCents: 1250, balanceCents: 122_800, actor: 'olivia' }) }),
    ]);
    const view = await app.operator('/api/accounts/NW-1001');
    expect(view.body.balanceCents).toBe(122_800);
    expect(view.body.adjustments).toEqual([expect.objectContaining({ adjustmentId: 'adj-1', kind: 'fee_waiver', reason: 'late fee charged in error' })]);
  });

  it('is idempotent on adjustmentId: the same again changes nothing; the same id with other details is refused', async () => {
    const body = { kind: 'credit', amount: '20.00', reason: 'goodwill', actor: 'olivia', adjustmentId: 'adj-2' };
    expect((await adjust(body)).status).toBe(201);
    const again = await adjust(body);
    expect(again.status).toBe(200);
    expect(again.body.status).toBe('duplicate');
    const reused = await adjust({ ...body, amount: '30.00' });
    expect(reused.status).toBe(409);
    expect(reused.body.error.code).toBe('adjustment_id_reused');
    expect(await balance()).toBe(122_050);
    expect(await events()).toHaveLength(1);
  });

  it('lets a signed-in specialist adjust up to the policy limit; above it only with an operator approval', async () => {
    const sam = await signIn('sam');
    const small = await adjust({ kind: 'credit', amount: '50.00', reason: 'billing error' }, sam);
    expect(small.status).toBe(201);
    expect(small.body.adjustment.actor).toBe('sam');

    const large = await adjust({ kind: 'credit', amount: '50.01', reason: 'billing error' }, sam);
    expect(large.status).toBe(403);
    expect(large.body.error.code).toBe('approval_required');
    const selfApproved = await adjust({ kind: 'credit', amount: '50.01', reason: 'billing error', approvedBy: 'sam' }, sam);
    expect(selfApproved.status).toBe(403);
    expect((await adjust({ kind: 'credit', amount: '10.00', reason: 'x', actor: 'alex' }, sam)).body.error.code).toBe('specialist_mismatch');

    const unapproved = await adjust({ kind: 'credit', amount: '75.00', reason: 'billing error', actor: 'sam' });
    expect(unapproved.status).toBe(403);
    expect(unapproved.body.error.code).toBe('approval_required');
    const approved = await adjust({ kind: 'credit', amount: '75.00', reason: 'billing error', actor: 'sam', approvedBy: 'olivia' });
    expect(approved.status).toBe(201);
    expect(approved.body.adjustment).toMatchObject({ actor: 'sam', approvedBy: 'olivia', balanceCents: 111_550 });
    const transcript = await app.operator('/api/accounts/NW-1001/transcript');
    expect(transcript.body.transcript).toContainEqual(expect.objectContaining({ actor: 'sam', text: expect.stringContaining('by sam, approved by olivia') }));
    expect(await balance()).toBe(111_550);
  });

  it('counts the sum of one person\'s adjustments to an account per day against the limit, not each one alone', async () => {
    const sam = await signIn('sam');
    const credit = (amount: string, headers = sam, accountId = 'NW-1001') => adjust({ kind: 'credit', amount, reason: 'goodwill' }, headers, accountId);
    // Three $50 credits were $150 without approval; now the second is refused.
    expect((await credit('50.00')).status).toBe(201);
    const second = await credit('50.00');
    expect(second.status).toBe(403);
    expect(second.body.error).toEqual({ code: 'approval_required', message: expect.stringContaining('would total $100.00, above $50.00') });
    expect((await credit('0.01')).body.error.code).toBe('approval_required');
    // Any kind counts toward the same sum.
    expect((await adjust({ kind: 'fee_waiver', amount: '5.00', reason: 'late fee' }, sam)).status).toBe(403);
    // Named with the operator token, in another case, it is still sam's sum.
    expect((await adjust({ kind: 'credit', amount: '1.00', reason: 'x', actor: 'SAM' })).body.error.code).toBe('approval_required');
    expect(await balance()).toBe(119_050);

    // Another account, another specialist: their own sums.
    expect((await credit('50.00', sam, 'NW-1004')).status).toBe(201);
    const alex = await signIn('alex');
    expect((await credit('50.00', alex)).status).toBe(201);
    // An approved adjustment is the operator's decision and does not use up sam's allowance...
    expect((await adjust({ kind: 'credit', amount: '80.00', reason: 'billing error', actor: 'sam', approvedBy: 'olivia' })).status).toBe(201);
    // ...and the next day, where the debtor lives (Maria: America/Chicago, midnight = 06:00Z), it starts again.
    app.clock.set(new Date('2026-11-24T05:59:00Z'));
    const samLater = await signIn('sam'); // the first session's 8 hours are over
    expect((await credit('1.00', samLater)).status).toBe(403);
    app.clock.set(new Date('2026-11-24T06:00:00Z'));
    expect((await credit('50.00', samLater)).status).toBe(201);
    expect(await balance()).toBe(124_050 - 5_000 - 5_000 - 8_000 - 5_000);
  });

  it('lets exactly one of simultaneous $50 credits through, since they are counted under the ledger lock', async () => {
    const sam = await signIn('sam');
    const answers = await Promise.all([1, 2, 3].map(() => adjust({ kind: 'credit', amount: '50.00', reason: 'goodwill' }, sam)));
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 403, 403]);
    expect(await balance()).toBe(119_050);
  });

  it('lowers a plan that would now collect more than the balance, and tells the debtor through the gate', async () => {
    await app.store.addArrangement(plan);
    const answer = await adjust({ kind: 'credit', amount: '400.00', reason: 'service outage credit', actor: 'sam', approvedBy: 'olivia' });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ notice: 'sent', adjustment: { balanceCents: 84_050, correctedArrangementIds: ['plan-1'] } });
    const [stored] = await app.store.listArrangements('NW-1001');
    expect(stored!.installments.map((i) => i.amountCents)).toEqual([31_013, 31_013, 22_024]);
    expect(stored!.totalCents).toBe(84_050);
    expect(stored!.status).toBe('active');

    expect(app.twilioApi.sent).toHaveLength(1);
    const text = app.twilioApi.sent[0]!.Body;
    expect(text).toContain('$840.50');
    expect(text).toMatch(/\$310\.13 on December 7, 2026; \$310\.13 on January 7, 2027; \$220\.24 on February 7, 2027/);
    const transcript = await app.operator('/api/accounts/NW-1001/transcript');
    expect(transcript.body.transcript).toContainEqual(expect.objectContaining({ event: 'adjustment.posted', text: expect.stringContaining('plan plan-1 lowered by $400.00') }));
    expect(transcript.body.transcript).toContainEqual(expect.objectContaining({ direction: 'out', channel: 'sms', text: expect.stringContaining('$840.50') }));
  });

  it('records a notice the gate holds outside the contact window, and still posts the adjustment', async () => {
    await app.store.addArrangement(plan);
    app.clock.set(new Date('2026-11-24T05:00:00Z')); // 11 p.m. in Austin
    const answer = await adjust({ kind: 'credit', amount: '400.00', reason: 'outage', actor: 'sam', approvedBy: 'olivia' });
    expect(answer.status).toBe(201);
    expect(answer.body.notice).toBe('held');
    expect(app.twilioApi.sent).toHaveLength(0);
    const transcript = await app.operator('/api/accounts/NW-1001/transcript');
    expect(transcript.body.transcript).toContainEqual(expect.objectContaining({ event: 'adjustment.notice', text: expect.stringContaining('held until') }));
  });

  it('refunds a posted payment: payments since the itemization drop and the balance rises; never more than was paid', async () => {
    await postPayment('pay-1', '103.38');
    expect(await balance()).toBe(113_712);
    const tooMuch = await adjust({ kind: 'refund', amount: '103.39', paymentId: 'pay-1', reason: 'duplicate charge', actor: 'sam', approvedBy: 'olivia' });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.error.code).toBe('refund_exceeds_paid');

    const refund = await adjust({ kind: 'refund', amount: '40.00', paymentId: 'pay-1', reason: 'duplicate charge', actor: 'sam' });
    expect(refund.status).toBe(201);
    expect(refund.body.adjustment.balanceChangeCents).toBe(4000);
    const account = (await app.store.getAccount('NW-1001'))!;
    expect(account.balanceCents).toBe(117_712);
    expect(account.itemization?.paymentsSinceCents).toBe(6338);
    expect(itemizedBalance(account.itemization!)).toBe(117_712);

    const rest = await adjust({ kind: 'refund', amount: '63.39', paymentId: 'pay-1', reason: 'duplicate charge', actor: 'sam', approvedBy: 'olivia' });
    expect(rest.body.error.code).toBe('refund_exceeds_paid');
    expect((await adjust({ kind: 'refund', amount: '5.00', paymentId: 'pay-404', reason: 'x', actor: 'sam' })).status).toBe(404);
    expect((await adjust({ kind: 'refund', amount: '5.00', reason: 'x', actor: 'sam' })).body.error.code).toBe('invalid_adjustment');
  });

  it('refuses what would take the balance or a charge below zero, changing nothing', async () => {
    await app.store.addArrangement(plan);
    const credit = await adjust({ kind: 'credit', amount: '1240.51', reason: 'x', actor: 'sam', approvedBy: 'olivia' });
    expect(credit.status).toBe(422);
    expect(credit.body.error.code).toBe('balance_would_be_negative');
    const waiver = await adjust({ kind: 'fee_waiver', amount: '25.01', reason: 'x', actor: 'sam' });
    expect(waiver.status).toBe(422);
    expect(waiver.body.error.code).toBe('waiver_exceeds_fees');
    const correction = await adjust({ kind: 'correction', amount: '10.00', reason: 'x', actor: 'sam' });
    expect(correction.body.error.code).toBe('invalid_adjustment');

    const account = (await app.store.getAccount('NW-1001'))!;
    expect(account.balanceCents).toBe(124_050);
    expect(account.itemization?.feesSinceCents).toBe(2500);
    expect(await app.store.listArrangements('NW-1001')).toEqual([plan]);
    expect((await app.operator('/api/accounts/NW-1001')).body.adjustments).toEqual([]);
    expect(await events()).toEqual([]);
    expect(app.twilioApi.sent).toHaveLength(0);
  });

  it('corrects a wrong interest charge up or down', async () => {
    const down = await adjust({ kind: 'correction', direction: 'decrease', charge: 'interest', amount: '5.50', reason: 'rate applied twice', actor: 'sam' });
    expect(down.status).toBe(201);
    const up = await adjust({ kind: 'correction', direction: 'increase', amount: '2.00', reason: 'fee missed', actor: 'sam' });
    expect(up.status).toBe(201);
    const account = (await app.store.getAccount('NW-1001'))!;
    expect(account.balanceCents).toBe(123_700);
    expect(account.itemization).toMatchObject({ interestSinceCents: 3000, feesSinceCents: 2700 });
    expect(itemizedBalance(account.itemization!)).toBe(123_700);
  });

  it('answers bad requests with a code: no auth, no actor, bad amount, unknown account', async () => {
    expect((await adjust({ kind: 'credit', amount: '1.00', reason: 'x' }, { 'Content-Type': 'application/json' })).status).toBe(401);
    const noActor = await adjust({ kind: 'credit', amount: '1.00', reason: 'x' });
    expect(noActor.status).toBe(400);
    expect(noActor.body.error.code).toBe('invalid_body');
    expect((await adjust({ kind: 'credit', amount: '1.005', reason: 'x', actor: 'sam' })).body.error.code).toBe('invalid_body');
    expect((await adjust({ kind: 'credit', amount: '0.00', reason: 'x', actor: 'sam' })).body.error.code).toBe('invalid_amount');
    expect((await adjust({ kind: 'gift', amount: '1.00', reason: 'x', actor: 'sam' })).status).toBe(400);
    const missing = await adjust({ kind: 'credit', amount: '1.00', reason: 'x', actor: 'sam' }, undefined, 'NW-9999');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('account_not_found');
  });
});
