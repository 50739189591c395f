import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Arrangement } from '../../../src/domain/arrangement';
import { OUTREACH_QUEUE } from '../../../src/outreach/payment-reminders';
import { startApp, type AppUnderTest } from '../../support/app-under-test';
import { signedLinkIn } from '../../support/short-link';

/** Maria (America/Chicago) on a weekly plan: a reminder before each installment, each scheduled by the check before it. */
describe('reminders along a weekly plan', () => {
  let app: AppUnderTest;
  const plan: Arrangement = {
    id: 'weekly-1',
    accountId: 'NW-1001',
    kind: 'plan',
    status: 'active',
    totalCents: 30_000,
    frequency: 'weekly',
    installments: ['2026-11-30', '2026-12-07', '2026-12-14'].map((dueDate) => ({ dueDate, amountCents: 10_000, status: 'scheduled' as const })),
    channel: 'sms',
    createdAt: '2026-11-23T18:00:00.000Z',
  };

  beforeEach(async () => {
    app = await startApp({ store: 'memory', now: '2026-11-23T18:00:00Z' });
    await app.store.addArrangement(plan);
    await app.outreach.reminders.arrangementRecorded(plan, (await app.store.getAccount('NW-1001'))!);
  });
  afterEach(async () => {
    await app?.close();
  });

  async function pay(paymentId: string): Promise<void> {
    expect((await app.postPayment({ paymentId, accountId: 'NW-1001', amount: '100.00', paidAt: app.clock.now().toISOString() })).status).toBe(201);
  }


  it('reminds two days before each due date at 10:00 her time, keeping only the next installment queued', async () => {
    // The first installment's reminder and check only, not nine jobs at once.
    expect(await app.store.countJobs(OUTREACH_QUEUE)).toBe(2);
    const sentAt: string[] = [];
    let firstLink: URL | undefined;
    for (let at = Date.parse('2026-11-23T18:00:00Z'); at <= Date.parse('2026-12-15T18:00:00Z'); at += 30 * 60_000) {
      app.clock.set(new Date(at));
      // She pays each installment at noon on its due date.
      if (['2026-11-30T18:00:00.000Z', '2026-12-07T18:00:00.000Z', '2026-12-14T18:00:00.000Z'].includes(app.clock.now().toISOString())) await pay(`p-${at}`);
      const before = app.twilioApi.sent.length;
      await app.outreach.runDue();
      sentAt.push(...app.twilioApi.sent.slice(before).map(() => app.clock.now().toISOString()));
      // Issue #15 item 6: a reminder's link is the short one a turn's replies carry, leading to the signed link while it lives.
      if (!firstLink && app.twilioApi.sent[0]) firstLink = await signedLinkIn(app.twilioApi.sent[0].Body, app);
      expect(await app.store.countJobs(OUTREACH_QUEUE)).toBeLessThanOrEqual(2);
    }
    expect(sentAt).toEqual(['2026-11-28T16:00:00.000Z', '2026-12-05T16:00:00.000Z', '2026-12-12T16:00:00.000Z', '2026-12-14T18:00:00.000Z']);
    expect(app.twilioApi.sent.map((sms) => sms.Body.split('\n')[0])).toEqual([
      expect.stringMatching(/\$100\.00 is due on November 30, 2026/),
      expect.stringMatching(/\$100\.00 is due on December 7, 2026/),
      expect.stringMatching(/\$100\.00 is due on December 14, 2026/),
      expect.stringMatching(/Your payment plan is complete/),
    ]);
    const [stored] = await app.store.listArrangements('NW-1001');
    expect(stored).toMatchObject({ status: 'completed' });
    expect(app.twilioApi.sent[0]!.Body).toMatch(/You can pay securely here: https:\/\/\S+\/p\/[\w-]{16}(?![\w-])/);
    expect(Object.fromEntries(firstLink!.searchParams)).toMatchObject({ account: 'NW-1001', amount: '10000' });
  });
});
