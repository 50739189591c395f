import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deadJobId } from '../../../src/api/dead-jobs-routes';
import { CREDITOR_EVENTS_QUEUE, CREDITOR_EVENTS_RETRY } from '../../../src/outreach/event-publisher';
import { CREDITOR_WEBHOOK_SECRET, OPERATOR_TOKEN, startApp, type AppUnderTest } from '../../support/app-under-test';
import { startCreditorReceiver } from '../../support/creditor-receiver';
import { redisUrlForTests } from '../../support/redis';

const redisUrl = redisUrlForTests();

/**
 * Issue 17 item 6: a creditor receiver that never answers makes every event's delivery fail;
 * after its retry policy's last try the job is dead, and an operator sees, retries or discards it.
 */
describe.skipIf(!redisUrl)('the dead-letter list of the job queues (GET/POST /api/jobs/dead)', () => {
  let app: AppUnderTest;
  let receiver: Awaited<ReturnType<typeof startCreditorReceiver>>;

  const call = async (method: 'GET' | 'POST', path: string, token: string | null = OPERATOR_TOKEN) => {
    const response = await fetch(`${app.baseUrl}${path}`, { method, headers: token ? { Authorization: `Bearer ${token}` } : {} });
    return { status: response.status, body: await response.json() };
  };

  beforeAll(async () => {
    receiver = await startCreditorReceiver({ secret: CREDITOR_WEBHOOK_SECRET, now: () => app.clock.now() });
    receiver.setUp(false);
    app = await startApp({ store: 'redis', redisUrl, keyPrefix: `test:dead-jobs:${Date.now()}:`, creditorWebhookUrl: receiver.url });
    for (const paymentId of ['pay-dead-1', 'pay-dead-2']) {
      expect((await app.postPayment({ paymentId, accountId: 'NW-1001', amount: '10.00', paidAt: app.clock.now().toISOString() })).status).toBe(201);
    }
    // An hour apart outlasts every backoff of the policy (at most an hour).
    for (let hour = 0; hour < CREDITOR_EVENTS_RETRY.maxAttempts + 2; hour++) {
      await app.outreach.runDue();
      app.clock.advance(3_600_000);
    }
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await receiver?.close();
  });

  it(`lists both events as dead after ${CREDITOR_EVENTS_RETRY.maxAttempts} tries each, and queues them no more`, async () => {
    const { status, body } = await call('GET', '/api/jobs/dead');
    expect(status).toBe(200);
    expect(body.deadJobs).toHaveLength(2);
    for (const dead of body.deadJobs) {
      expect(dead).toMatchObject({ queue: CREDITOR_EVENTS_QUEUE, attempts: CREDITOR_EVENTS_RETRY.maxAttempts, error: expect.stringMatching(/503/), payload: { type: 'payment.posted' } });
      expect(dead.id).toBe(deadJobId(dead.queue, dead.jobId));
    }
    expect(receiver.refused).toBe(2 * CREDITOR_EVENTS_RETRY.maxAttempts);
    expect(await app.store.countJobs(CREDITOR_EVENTS_QUEUE)).toBe(0);
  });

  it('answers 401 without the operator token and 404 {error} for an unknown or malformed id', async () => {
    expect((await call('GET', '/api/jobs/dead', null)).status).toBe(401);
    expect((await call('POST', `/api/jobs/dead/${deadJobId(CREDITOR_EVENTS_QUEUE, 'nope')}/retry`, 'wrong')).status).toBe(401);
    for (const id of [deadJobId(CREDITOR_EVENTS_QUEUE, 'nope'), deadJobId('no-such-queue', 'x'), 'not-base64-json', 'WzFd']) {
      for (const action of ['retry', 'discard']) {
        const { status, body } = await call('POST', `/api/jobs/dead/${encodeURIComponent(id)}/${action}`);
        expect(status).toBe(404);
        expect(body.error).toMatchObject({ code: 'dead_job_not_found', message: expect.any(String) });
      }
    }
  });

  it('retries a dead job once: delivered on the next run once the receiver is back; a second retry is 404', async () => {
    const [first] = (await call('GET', '/api/jobs/dead')).body.deadJobs;
    receiver.setUp(true);
    const retried = await call('POST', `/api/jobs/dead/${first.id}/retry`);
    expect(retried).toEqual({ status: 200, body: { id: first.id, queue: CREDITOR_EVENTS_QUEUE, jobId: first.jobId, runAt: app.clock.now().toISOString() } });
    expect((await call('POST', `/api/jobs/dead/${first.id}/retry`)).status).toBe(404);
    await app.outreach.runDue();
    expect(receiver.deliveries.get(first.jobId)).toBe(1);
    expect((await call('GET', '/api/jobs/dead')).body.deadJobs.map((dead: { jobId: string }) => dead.jobId)).not.toContain(first.jobId);
  });

  it('discards a dead job: gone from the list, never delivered, and a second discard is 404', async () => {
    const [second] = (await call('GET', '/api/jobs/dead')).body.deadJobs;
    expect(await call('POST', `/api/jobs/dead/${second.id}/discard`)).toEqual({ status: 200, body: { id: second.id, queue: CREDITOR_EVENTS_QUEUE, jobId: second.jobId, discarded: true } });
    expect((await call('POST', `/api/jobs/dead/${second.id}/discard`)).status).toBe(404);
    expect((await call('GET', '/api/jobs/dead')).body.deadJobs).toEqual([]);
    app.clock.advance(3_600_000);
    await app.outreach.runDue();
    expect(receiver.deliveries.has(second.jobId)).toBe(false);
  });
});
