import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIRECTLINE_SECRET, TWILIO_AUTH_TOKEN } from '../../support/app-under-test';
import { redisUrlForTests } from '../../support/redis';
import { signedLinkIn } from '../../support/short-link';
import { SmsClient } from '../../support/sms-client';
import { connectClient } from '../directline/directline-client';
import { startHandoffHarness } from './handoff-harness';

type Harness = Awaited<ReturnType<typeof startHandoffHarness>>;
const JOSE = '+13055550102';

/** José (Spanish, $860.00, 150 days past due) verifies by text and asks for a person; the case it opens, claimed by sam. */
async function joseAsksForAPerson(harness: Harness) {
  const jose = new SmsClient({ baseUrl: harness.app.baseUrl, publicBaseUrl: harness.app.publicBaseUrl, authToken: TWILIO_AUTH_TOKEN, from: JOSE });
  await jose.send('Hola');
  await jose.send('02/11/1979');
  expect((await jose.send('33130')).messages.join('\n')).toMatch(/Su saldo es \$860\.00/);
  await jose.send('quiero hablar con una persona');
  const { body } = await harness.call('GET', '/api/handoffs?status=open');
  expect(body.handoffs).toHaveLength(1);
  const handoff = body.handoffs[0];
  expect(handoff).toMatchObject({ accountId: 'NW-1002', reason: 'requested_person', language: 'es' });
  expect((await harness.call('POST', `/api/handoffs/${handoff.id}/claim`, { specialist: 'sam' })).body).toMatchObject({ status: 'claimed', notice: 'sent' });
  return { jose, id: handoff.id as string };
}

const lastText = (harness: Harness) => harness.twilioApi.sent.at(-1)!.Body;
/** What went out by REST since `from` messages, parts joined without their opt-out notices (RF-04 sends a long text in parts). */
const textSince = (harness: Harness, from: number) =>
  harness.twilioApi.sent
    .slice(from)
    .map((m) => m.Body.replace(/\nResponda STOP para cancelar\.$/, ''))
    .join(' ');

const redisUrl = redisUrlForTests();
for (const store of ['memory', ...(redisUrl ? ['redis' as const] : [])] as const) {
  describe(`offers inside the case, confirmed by the debtor over SMS (${store} store)`, () => {
    let harness: Harness;
    beforeEach(async () => {
      harness = await startHandoffHarness({ store, redisUrl, now: '2026-12-03T15:00:00Z' });
    });
    afterEach(async () => {
      await harness?.close();
    });

    it('replies from a Spanish template, proposes an engine plan, and records it as the specialist\'s on the debtor\'s "sí"', async () => {
      const { jose, id } = await joseAsksForAPerson(harness);
      const detail = (await harness.call('GET', `/api/handoffs/${id}`)).body;
      expect(detail).toMatchObject({ language: 'es', verified: true });
      expect(detail.templates.find((t: { id: string }) => t.id === 'greeting').text).toBe(
        'Hola José, soy sam de Northwind Energy. Leí nuestra conversación y estoy aquí para ayudarle.',
      );

      expect((await harness.call('POST', `/api/handoffs/${id}/messages`, { specialist: 'sam', template: 'greeting' })).status).toBe(202);
      expect(lastText(harness)).toMatch(/^Hola José, soy sam de Northwind Energy\./);

      // The engine's menu: 18 monthly payments is past the policy's 12 months, within sam's 24.
      const menu = (await harness.call('GET', `/api/handoffs/${id}/offers`)).body;
      expect(menu.unavailable).toBeNull();
      const eighteen = menu.offers.find((o: { request: { kind: string; frequency?: string; count?: number } }) => o.request.kind === 'plan' && o.request.frequency === 'monthly' && o.request.count === 18);
      expect(eighteen).toMatchObject({ authority: 'specialist', terms: { totalCents: 86000 } });

      const before = harness.twilioApi.sent.length;
      const proposed = await harness.call('POST', `/api/handoffs/${id}/proposals`, { specialist: 'sam', offer: eighteen.request });
      expect(proposed).toMatchObject({ status: 201, body: { proposal: { status: 'pending', proposedBy: 'sam', authority: 'specialist', approvedBy: null } } });
      // 86000 in 18 is 14 x 4778 then 4 x 4777, every amount from the engine.
      expect(textSince(harness, before)).toBe(
        'sam le puede ofrecer: $47.78 al mes durante 18 meses (los últimos 4 son de $47.77), desde el 3 de diciembre de 2026, último pago el 3 de mayo de 2028. Responda SI para aceptar o NO para rechazar.',
      );

      // A question is the specialist's to answer: nothing is recorded (the assistant's one holding notice aside).
      expect((await jose.send('¿y puedo pagar antes?')).messages.join('\n')).not.toMatch(/Listo|registr/);
      const yes = await jose.send('sí');
      expect(yes.messages[0]).toMatch(/^Listo\. Su plan quedó registrado: \$47\.78 al mes durante 18 meses \(los últimos 4 son de \$47\.77\)/);
      expect(yes.messages.join('\n')).toMatch(/Pague \$47\.78 de forma segura aquí: https:\/\/amicable\.example\.test\/p\//);
      const signed = await signedLinkIn(yes.messages.join('\n'), harness.app);
      expect(Object.fromEntries(signed.searchParams)).toMatchObject({ account: 'NW-1002', amount: '4778' });

      const account = (await harness.app.operator('/api/accounts/NW-1002')).body;
      expect(account.arrangements).toEqual([
        expect.objectContaining({ kind: 'plan', status: 'active', totalCents: 86000, channel: 'sms', proposedBy: 'sam', installments: expect.arrayContaining([{ dueDate: '2028-05-03', amountCents: 4777, status: 'scheduled' }]) }),
      ]);
      expect(account.arrangements[0].installments).toHaveLength(18);
      // Reminders as for any arrangement: the first installment's due-date check (its reminder would fall
      // before the confirmation; later installments chain from it).
      expect(await harness.app.store.countJobs('outreach')).toBe(1);
      const events = await harness.app.outreach.activity.read('2026-12-03', '2026-12-03');
      expect(events.find((e) => e.type === 'plan.created')?.data).toMatchObject({ proposedBy: 'sam', totalCents: 86000, installmentCount: 18 });

      // A second yes (another message) records nothing twice.
      expect((await jose.send('si')).messages).toEqual([]);
      expect((await harness.app.operator('/api/accounts/NW-1002')).body.arrangements).toHaveLength(1);

      const after = (await harness.call('GET', `/api/handoffs/${id}`)).body;
      expect(after.proposal).toMatchObject({ status: 'accepted', arrangementId: account.arrangements[0].id });
      expect(after.summary).toMatch(/Arrangements: plan 860\.00\./);
      expect(after.transcript.map((e: { event?: string }) => e.event).filter(Boolean)).toEqual(expect.arrayContaining(['proposal.sent', 'plan.created', 'proposal.accepted']));

      const resolved = await harness.call('POST', `/api/handoffs/${id}/resolve`, { specialist: 'sam', outcomeCode: 'plan_set', handBackTo: null });
      expect(resolved.body).toMatchObject({ outcomeCode: 'plan_set', outcome: 'Plan set' });
      const report = (await harness.app.operator('/api/reports/summary?from=2026-12-03&to=2026-12-03')).body;
      expect(report.desk.bySpecialist).toEqual([expect.objectContaining({ specialist: 'sam', resolved: 1, byOutcome: expect.objectContaining({ plan_set: 1 }), medianHandleSeconds: 0, medianFirstReplySeconds: 0 })]);
    });

    it('a "no" records nothing; terms past the specialist\'s authority need an operator\'s approval', async () => {
      const { jose, id } = await joseAsksForAPerson(harness);
      // 45 % forgives $387.00: past sam's 40 %.
      const deep = { kind: 'settlement', discountPercent: 45 };
      expect((await harness.call('POST', `/api/handoffs/${id}/proposals`, { specialist: 'sam', offer: deep })).body.error.code).toBe('approval_required');
      const before = harness.twilioApi.sent.length;
      const approved = await harness.call('POST', `/api/handoffs/${id}/proposals`, { specialist: 'sam', offer: deep, approvedBy: 'lee' });
      expect(approved.body.proposal).toMatchObject({ authority: 'supervisor', approvedBy: 'lee', terms: { totalCents: 47300, discountCents: 38700 } });
      expect(textSince(harness, before)).toMatch(/^sam le puede ofrecer: liquidar su saldo de \$860\.00 con \$473\.00, pagado a más tardar el 2 de enero de 2027\./);

      const no = await jose.send('no gracias');
      expect(no.messages).toEqual(['De acuerdo, no se registró nada. sam sigue aquí para ayudarle.\nResponda STOP para cancelar.']);
      expect((await harness.app.operator('/api/accounts/NW-1002')).body.arrangements).toEqual([]);
      expect((await harness.call('GET', `/api/handoffs/${id}`)).body.proposal.status).toBe('declined');

      // Refusals the engine names, and bodies that carry an amount instead of a choice.
      expect((await harness.call('POST', `/api/handoffs/${id}/proposals`, { specialist: 'sam', offer: { kind: 'plan', frequency: 'monthly', count: 40 } })).body.error.code).toBe('below_min_installment');
      expect((await harness.call('POST', `/api/handoffs/${id}/proposals`, { specialist: 'sam', offer: { kind: 'promise', amount: '100.00' } })).status).toBe(400);
      expect((await harness.call('POST', `/api/handoffs/${id}/proposals`, { specialist: 'alex', offer: { kind: 'promise' } })).body.error.code).toBe('not_claimed_by_you');
    });
  });
}

describe('offers inside the case: who may see and send them', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await startHandoffHarness({ store: 'memory', now: '2026-12-03T15:00:00Z' });
  });
  afterEach(async () => {
    await harness?.close();
  });

  it('RF-01: a sender who has not verified gets no terms, no amounts and no name', async () => {
    const maria = new SmsClient({ baseUrl: harness.app.baseUrl, publicBaseUrl: harness.app.publicBaseUrl, authToken: TWILIO_AUTH_TOKEN, from: '+15125550101' });
    await maria.send('I want to talk to a person');
    const [handoff] = (await harness.call('GET', '/api/handoffs')).body.handoffs;
    await harness.call('POST', `/api/handoffs/${handoff.id}/claim`, { specialist: 'sam' });
    expect((await harness.call('GET', `/api/handoffs/${handoff.id}/offers`)).body).toEqual({ offers: [], unavailable: expect.stringMatching(/not verified/) });
    expect((await harness.call('POST', `/api/handoffs/${handoff.id}/proposals`, { specialist: 'sam', offer: { kind: 'promise' } })).body.error.code).toBe('debtor_not_verified');
    // The greeting names nobody before verification.
    const greeting = (await harness.call('GET', `/api/handoffs/${handoff.id}`)).body.templates.find((t: { id: string }) => t.id === 'greeting');
    expect(greeting.text).toBe("Hi, I'm sam from Northwind Energy. I've read our conversation so far and I'm here to help.");
    expect((await harness.call('POST', `/api/handoffs/${handoff.id}/messages`, { specialist: 'sam', template: 'hardship_options' })).body.error.code).toBe('template_unavailable');
  });

  it('an approval comes from the operator token, never from a console session', async () => {
    const jose = new SmsClient({ baseUrl: harness.app.baseUrl, publicBaseUrl: harness.app.publicBaseUrl, authToken: TWILIO_AUTH_TOKEN, from: JOSE });
    await jose.send('Hola');
    await jose.send('02/11/1979');
    await jose.send('33130');
    await jose.send('quiero hablar con una persona');
    const [handoff] = (await harness.call('GET', '/api/handoffs')).body.handoffs;
    const login = await fetch(`${harness.deskUrl}/console/login`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Amicable-Console': '1' }, body: JSON.stringify({ name: 'sam', password: 'sam-password' }) });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const asSam = (path: string, body: unknown) =>
      fetch(`${harness.deskUrl}${path}`, { method: 'POST', headers: { Cookie: cookie, 'X-Amicable-Console': '1', 'Content-Type': 'application/json' }, body: JSON.stringify(body) }).then(async (r) => ({ status: r.status, body: await r.json() }));
    expect((await asSam(`/api/handoffs/${handoff.id}/claim`, {})).status).toBe(200);
    const selfApproved = await asSam(`/api/handoffs/${handoff.id}/proposals`, { offer: { kind: 'settlement', discountPercent: 50 }, approvedBy: 'sam' });
    expect(selfApproved).toMatchObject({ status: 403, body: { error: { code: 'approval_required' } } });
  });
});

describe('offers inside the case, in web chat', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await startHandoffHarness({ store: 'memory', now: '2026-12-03T15:00:00Z' });
  });
  afterEach(async () => {
    await harness?.close();
  });

  it('puts the terms with Yes and No buttons, and the button\'s "Yes" records them', async () => {
    const response = await fetch(`${harness.app.domain}/tokens/generate`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${DIRECTLINE_SECRET}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: { id: 'portal-NW-1001', name: 'Maria' }, accountId: 'NW-1001' }),
    });
    const { token } = (await response.json()) as { token: string };
    const maria = connectClient(harness.app.domain, token, { id: 'portal-NW-1001', name: 'Maria' });
    try {
      await maria.send('I want to talk to a person');
      await maria.waitFor((activity) => /asked a specialist/.test(activity.text ?? ''));
      const [handoff] = (await harness.call('GET', '/api/handoffs?channel=webchat')).body.handoffs;
      await harness.call('POST', `/api/handoffs/${handoff.id}/claim`, { specialist: 'sam' });
      const proposed = await harness.call('POST', `/api/handoffs/${handoff.id}/proposals`, { specialist: 'sam', offer: { kind: 'plan', frequency: 'monthly', count: 6 } });
      expect(proposed.status).toBe(201);
      const terms = await maria.waitFor((activity) => /^sam can offer you/.test(activity.text ?? ''));
      expect(terms.text).toBe('sam can offer you $206.75 a month for 6 months, starting December 3, 2026, last payment May 3, 2027. Choose Yes to accept or No to decline.');
      expect(terms.suggestedActions?.actions.map((action) => [action.type, action.title])).toEqual([['imBack', 'Yes'], ['imBack', 'No']]);
      await maria.send('Yes');
      await maria.waitFor((activity) => /^Done\. Your plan is set up: \$206\.75 a month for 6 months/.test(activity.text ?? ''));
      const account = (await harness.app.operator('/api/accounts/NW-1001')).body;
      expect(account.arrangements).toEqual([expect.objectContaining({ kind: 'plan', channel: 'webchat', proposedBy: 'sam', totalCents: 124050 })]);
    } finally {
      maria.end();
    }
  });
});
