import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TWILIO_AUTH_TOKEN } from '../../support/app-under-test';
import { redisUrlForTests } from '../../support/redis';
import { SmsClient } from '../../support/sms-client';
import { startHandoffHarness } from './handoff-harness';

type Harness = Awaited<ReturnType<typeof startHandoffHarness>>;
const MARIA = '+15125550101';

/** Maria verifies, then disputes the fees; the case it opens. */
async function mariaDisputes(harness: Harness) {
  const maria = new SmsClient({ baseUrl: harness.app.baseUrl, publicBaseUrl: harness.app.publicBaseUrl, authToken: TWILIO_AUTH_TOKEN, from: MARIA });
  await maria.send('Hi');
  await maria.send('3/14/85');
  await maria.send('78701');
  await maria.send('the late fee you charged me is wrong, I dispute it');
  const [handoff] = (await harness.call('GET', '/api/handoffs?reason=dispute')).body.handoffs;
  expect(handoff).toBeDefined();
  return { maria, handoff };
}

const step = (harness: Harness, body: object) => harness.call('POST', '/api/accounts/NW-1001/dispute', { specialist: 'sam', ...body });

const redisUrl = redisUrlForTests();
for (const store of ['memory', ...(redisUrl ? ['redis' as const] : [])] as const) {
  describe(`the dispute workflow (RF-18, ${store} store)`, () => {
    let harness: Harness;
    beforeEach(async () => {
      harness = await startHandoffHarness({ store, redisUrl, now: '2026-12-03T15:00:00Z' });
    });
    afterEach(async () => {
      await harness?.close();
    });

    it('goes received → information requested → validation sent → corrected, with an adjustment, holding collection until then', async () => {
      const { handoff } = await mariaDisputes(harness);
      // Received when the debtor disputed, with the policy's 30-day clock on the case and the queue.
      expect(handoff.dispute).toEqual({ state: 'received', dueAt: '2027-01-02T15:00:00.000Z', clock: 'on_time' });
      await harness.call('POST', `/api/handoffs/${handoff.id}/claim`, { specialist: 'sam' });

      expect((await step(harness, { to: 'information_requested', note: 'Asked for the bill with the fee' })).body.dispute.state).toBe('information_requested');
      expect((await harness.call('POST', `/api/handoffs/${handoff.id}/messages`, { specialist: 'sam', template: 'information_request' })).status).toBe(202);
      harness.app.clock.advance(2 * 86_400_000);
      expect((await step(harness, { to: 'validation_sent' })).body.dispute.state).toBe('validation_sent');
      expect((await harness.call('POST', `/api/handoffs/${handoff.id}/messages`, { specialist: 'sam', template: 'validation_sent' })).status).toBe(202);

      // Stricter than RF-18's minimum: validation sent, collection still held until resolution.
      const held = (await harness.app.operator('/api/accounts/NW-1001')).body;
      expect(held.flags).toContain('dispute');
      expect(held.flags).not.toContain('validation_sent');
      expect((await harness.call('GET', `/api/handoffs/${handoff.id}/offers`)).body.unavailable).toMatch(/collection is stopped/);

      const corrected = await step(harness, {
        to: 'resolved',
        resolution: 'corrected',
        note: 'Late fee charged in error',
        adjustment: { kind: 'correction', amount: '25.00', direction: 'decrease', charge: 'fees', reason: 'Late fee charged in error' },
      });
      expect(corrected.status).toBe(200);
      expect(corrected.body.dispute).toMatchObject({ state: 'resolved', resolution: 'corrected', adjustmentId: 'NW-1001:dispute:1:correction' });
      expect(corrected.body.dispute.steps.map((s: { state: string; by: string; at: string }) => [s.state, s.by, s.at])).toEqual([
        ['received', 'debtor', '2026-12-03T15:00:00.000Z'],
        ['information_requested', 'sam', '2026-12-03T15:00:00.000Z'],
        ['validation_sent', 'sam', '2026-12-05T15:00:00.000Z'],
        ['resolved', 'sam', '2026-12-05T15:00:00.000Z'],
      ]);
      expect(corrected.body.adjustment).toMatchObject({ status: 'posted', adjustment: { balanceCents: 121550, actor: 'sam' } });

      // The hold is lifted; the same correction again changes nothing.
      const after = (await harness.app.operator('/api/accounts/NW-1001')).body;
      expect(after).toMatchObject({ balanceCents: 121550 });
      expect(after.flags).not.toContain('dispute');
      expect(after.disputes).toHaveLength(1);
      expect((await step(harness, { to: 'resolved', resolution: 'withdrawn' })).body.error.code).toBe('dispute_not_found');

      // Each step went to the creditor, and into the transcript where Maria disputed.
      const events = await harness.app.outreach.activity.read('2026-12-03', '2026-12-05');
      expect(events.filter((e) => e.type.startsWith('dispute.') || e.type === 'adjustment.posted').map((e) => e.type)).toEqual([
        'dispute.opened',
        'dispute.information_requested',
        'dispute.validation_sent',
        'adjustment.posted',
        'dispute.resolved',
      ]);
      expect(events.find((e) => e.type === 'dispute.resolved')!.data).toMatchObject({ resolution: 'corrected', by: 'sam', adjustmentId: 'NW-1001:dispute:1:correction' });
      const detail = (await harness.call('GET', `/api/handoffs/${handoff.id}`)).body;
      expect(detail.transcript.filter((e: { event?: string }) => e.event?.startsWith('dispute.')).map((e: { text: string }) => e.text)).toEqual([
        'Dispute received NW-1001:dispute:1: collection held, answer due by 2027-01-02T15:00:00.000Z',
        'Dispute information requested: Asked for the bill with the fee',
        'Dispute validation sent',
        'Dispute resolved: corrected with adjustment NW-1001:dispute:1:correction (collection hold lifted): Late fee charged in error',
      ]);
      expect(detail.dispute).toBeNull();
      expect(detail.summary).toMatch(/Flags: none\./);
    });

    it('refuses steps the workflow does not allow, and corrections beyond the limit without an operator\'s approval', async () => {
      await mariaDisputes(harness);
      expect((await step(harness, { to: 'information_requested' })).status).toBe(200);
      expect((await step(harness, { to: 'information_requested' })).body.error.code).toBe('invalid_transition');
      expect((await step(harness, { to: 'resolved', resolution: 'corrected' })).status).toBe(400);
      const big = { to: 'resolved', resolution: 'corrected', adjustment: { kind: 'credit', amount: '200.00', reason: 'Goodwill' } };
      expect((await step(harness, big)).body.error.code).toBe('approval_required');
      // Nothing moved: the dispute still waits, the balance is as it was.
      expect((await harness.app.operator('/api/accounts/NW-1001')).body).toMatchObject({ balanceCents: 124050, disputes: [expect.objectContaining({ state: 'information_requested' })] });
      const approved = await step(harness, { ...big, approvedBy: 'lee' });
      expect(approved.body.adjustment.adjustment).toMatchObject({ approvedBy: 'lee', balanceCents: 104050 });
    });

    it('an upheld dispute keeps collection held; a withdrawn one lifts it', async () => {
      await mariaDisputes(harness);
      expect((await step(harness, { to: 'resolved', resolution: 'upheld' })).body.dispute.resolution).toBe('upheld');
      expect((await harness.app.operator('/api/accounts/NW-1001')).body.flags).toContain('dispute');

      const other = await startHandoffHarness({ store, redisUrl, now: '2026-12-03T15:00:00Z' });
      try {
        await mariaDisputes(other);
        expect((await other.call('POST', '/api/accounts/NW-1001/dispute', { specialist: 'alex', to: 'resolved', resolution: 'withdrawn', note: 'Maria found the payment' })).status).toBe(200);
        expect((await other.app.operator('/api/accounts/NW-1001')).body.flags).not.toContain('dispute');
      } finally {
        await other.close();
      }
    });
  });
}
