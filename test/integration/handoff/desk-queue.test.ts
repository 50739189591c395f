import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OPERATOR_TOKEN, TWILIO_AUTH_TOKEN } from '../../support/app-under-test';
import { redisUrlForTests } from '../../support/redis';
import { SmsClient } from '../../support/sms-client';
import { startHandoffHarness } from './handoff-harness';

type Harness = Awaited<ReturnType<typeof startHandoffHarness>>;

const texter = (harness: Harness, from: string) => new SmsClient({ baseUrl: harness.app.baseUrl, publicBaseUrl: harness.app.publicBaseUrl, authToken: TWILIO_AUTH_TOKEN, from });

/** Three cases: Maria (English) asks for a person, José (Spanish) disputes, Kevin files for bankruptcy. */
async function threeCases(harness: Harness) {
  const maria = texter(harness, '+15125550101');
  for (const text of ['Hi', '3/14/85', '78701', 'I want to talk to a person']) await maria.send(text);
  const jose = texter(harness, '+13055550102');
  for (const text of ['Hola', '02/11/1979', '33130', 'esta deuda no es mía, la disputo']) await jose.send(text);
  await texter(harness, '+16175550104').send('I filed for bankruptcy');
  const { body } = await harness.call('GET', '/api/handoffs');
  const byReason = Object.fromEntries(body.handoffs.map((h: { reason: string; id: string }) => [h.reason, h.id]));
  expect(Object.keys(byReason).sort()).toEqual(['bankruptcy', 'dispute', 'requested_person']);
  return { maria, jose, byReason: byReason as Record<'bankruptcy' | 'dispute' | 'requested_person', string> };
}

const reasons = async (harness: Harness, query: string) => (await harness.call('GET', `/api/handoffs?${query}`)).body.handoffs?.map((h: { reason: string }) => h.reason);

const redisUrl = redisUrlForTests();
for (const store of ['memory', ...(redisUrl ? ['redis' as const] : [])] as const) {
  describe(`a queue built for a desk (${store} store)`, () => {
    let harness: Harness;
    beforeEach(async () => {
      harness = await startHandoffHarness({ store, redisUrl, now: '2026-12-03T15:00:00Z' });
    });
    afterEach(async () => {
      await harness?.close();
    });

    it('filters by reason, channel, language, priority, SLA state and assignee, and searches by account or phone', async () => {
      const { byReason } = await threeCases(harness);
      expect(await reasons(harness, '')).toEqual(['bankruptcy', 'dispute', 'requested_person']);
      expect(await reasons(harness, 'reason=dispute')).toEqual(['dispute']);
      expect(await reasons(harness, 'language=es')).toEqual(['dispute']);
      expect(await reasons(harness, 'language=en&channel=sms')).toEqual(['bankruptcy', 'requested_person']);
      expect(await reasons(harness, 'channel=webchat')).toEqual([]);
      expect(await reasons(harness, 'priority=1')).toEqual(['bankruptcy']);
      expect(await reasons(harness, 'q=nw-1002')).toEqual(['dispute']);
      expect(await reasons(harness, `q=${encodeURIComponent('(617) 555-0104')}`)).toEqual(['bankruptcy']);
      expect(await reasons(harness, 'q=0101')).toEqual(['requested_person']);
      expect(await reasons(harness, 'q=nothing-like-it')).toEqual([]);

      // SLA: bankruptcy's hour ends first; 40 minutes on it is due soon, the others on time.
      harness.app.clock.advance(40 * 60_000);
      expect(await reasons(harness, 'sla=due_soon')).toEqual(['bankruptcy']);
      expect(await reasons(harness, 'sla=on_time')).toEqual(['dispute', 'requested_person']);
      harness.app.clock.advance(30 * 60_000);
      expect(await reasons(harness, 'sla=overdue')).toEqual(['bankruptcy']);

      await harness.call('POST', `/api/handoffs/${byReason.dispute}/assign`, { specialist: 'lee', assignee: 'alex' });
      await harness.call('POST', `/api/handoffs/${byReason.requested_person}/claim`, { specialist: 'sam' });
      expect(await reasons(harness, 'assignee=alex')).toEqual(['dispute']);
      expect(await reasons(harness, 'assignee=sam')).toEqual(['requested_person']);
      expect(await reasons(harness, 'assignee=none')).toEqual(['bankruptcy']);
      expect(await reasons(harness, 'sla=met')).toEqual(['requested_person']);

      const bad = await harness.call('GET', '/api/handoffs?priority=nine&sla=late');
      expect(bad).toMatchObject({ status: 400, body: { error: { code: 'invalid_body' } } });
    });

    it('assigns an open case, hands a claimed one over only from its holder, and tells the debtor who joined', async () => {
      const { byReason } = await threeCases(harness);
      const id = byReason.requested_person;
      expect((await harness.call('POST', `/api/handoffs/${id}/assign`, { specialist: 'lee', assignee: 'alex' })).body).toMatchObject({ status: 'open', assignedTo: 'alex' });
      await harness.call('POST', `/api/handoffs/${id}/claim`, { specialist: 'sam' });
      expect((await harness.call('POST', `/api/handoffs/${id}/assign`, { specialist: 'lee', assignee: 'lee' })).body.error.code).toBe('not_claimed_by_you');
      const handed = await harness.call('POST', `/api/handoffs/${id}/assign`, { specialist: 'sam', assignee: 'alex' });
      expect(handed.body).toMatchObject({ status: 'claimed', claimedBy: 'alex', assignedTo: 'alex' });
      expect(harness.twilioApi.sent.at(-1)!.Body).toMatch(/^alex, a specialist, has joined/);
      expect((await harness.call('POST', `/api/handoffs/${id}/messages`, { specialist: 'alex', text: 'Hi, alex here.' })).status).toBe(202);
      expect((await harness.call('POST', `/api/handoffs/${id}/messages`, { specialist: 'sam', text: 'Still me?' })).body.error.code).toBe('not_claimed_by_you');
    });

    it('keeps one timeline per account and recomputes the summary when the account changes', async () => {
      const { maria, byReason } = await threeCases(harness);
      const id = byReason.requested_person;
      await harness.call('POST', `/api/handoffs/${id}/claim`, { specialist: 'sam' });
      expect((await harness.call('GET', `/api/handoffs/${id}`)).body.summary).toMatch(/Flags: none\./);
      // While sam holds the case Maria disputes: the flag, the dispute and the summary follow.
      await maria.send('actually I never had this account, I dispute it');
      const detail = (await harness.call('GET', `/api/handoffs/${id}`)).body;
      expect(detail.summary).toMatch(/Flags: dispute\./);
      expect(detail.summary).toMatch(/Dispute: received since 2026-12-03, answer due by 2027-01-02/);
      expect(detail.dispute).toMatchObject({ state: 'received' });
      expect((await harness.call('GET', '/api/handoffs?reason=requested_person')).body.handoffs[0].dispute).toMatchObject({ state: 'received' });

      await harness.call('POST', `/api/handoffs/${id}/notes`, { specialist: 'sam', text: 'Asked for the account statement' });
      expect((await harness.app.postPayment({ paymentId: 'pay-1', accountId: 'NW-1001', amount: '40.00', paidAt: '2026-12-03T15:00:00Z' })).status).toBe(201);
      await harness.call('POST', '/api/accounts/NW-1001/adjustments', { actor: 'sam', kind: 'fee_waiver', amount: '10.00', reason: 'Goodwill' });

      const { body } = await harness.call('GET', `/api/handoffs/${id}/timeline`);
      const kinds = body.timeline.map((item: { kind: string }) => item.kind);
      for (const kind of ['message', 'case', 'flag', 'dispute', 'note', 'payment', 'adjustment']) expect(kinds).toContain(kind);
      const times = body.timeline.map((item: { at: string }) => item.at);
      expect([...times].sort()).toEqual(times);
      expect(body.timeline.find((item: { kind: string }) => item.kind === 'payment').text).toMatch(/Payment pay-1 of \$40\.00 posted/);
      // The same timeline for the operator, by account.
      const operator = await fetch(`${harness.app.baseUrl}/api/accounts/NW-1001/timeline`, { headers: { Authorization: `Bearer ${OPERATOR_TOKEN}` } });
      expect((await operator.json()).timeline).toEqual(body.timeline);
      expect((await harness.app.operator('/api/accounts/NW-0000/timeline')).status).toBe(404);
    });

    it('previews a reply: what the gate would send, and a warning before English goes to a Spanish speaker', async () => {
      const { byReason } = await threeCases(harness);
      const id = byReason.dispute;
      const english = await harness.call('POST', `/api/handoffs/${id}/messages/preview`, { text: 'Hi Jose, I am looking into your dispute now.' });
      expect(english.body).toMatchObject({ debtorLanguage: 'es', writtenIn: 'en', languageMismatch: true, text: expect.stringMatching(/Responda STOP/) });
      const spanish = await harness.call('POST', `/api/handoffs/${id}/messages/preview`, { text: 'Hola José, estoy revisando su disputa ahora.' });
      expect(spanish.body).toMatchObject({ writtenIn: 'es', languageMismatch: false });
      // Nothing was sent or recorded by a preview.
      expect(harness.twilioApi.sent).toEqual([]);
    });
  });
}

describe('the live queue, filtered', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await startHandoffHarness({ store: 'memory', now: '2026-12-03T15:00:00Z' });
  });
  afterEach(async () => {
    await harness?.close();
  });

  it('streams only the cases a watcher\'s filters match', async () => {
    await threeCases(harness);
    const controller = new AbortController();
    const response = await fetch(`${harness.deskUrl}/api/handoffs/events?language=es`, { headers: { Authorization: `Bearer ${OPERATOR_TOKEN}` }, signal: controller.signal });
    const reader = response.body!.getReader();
    const { value } = await reader.read();
    controller.abort();
    const frame = new TextDecoder().decode(value);
    const queue = JSON.parse(/data: (.*)\n/.exec(frame)![1]!).handoffs;
    expect(queue.map((h: { reason: string; language: string }) => [h.reason, h.language])).toEqual([['dispute', 'es']]);
    expect((await fetch(`${harness.deskUrl}/api/handoffs/events?reason=nonsense`, { headers: { Authorization: `Bearer ${OPERATOR_TOKEN}` } })).status).toBe(400);
  });
});
