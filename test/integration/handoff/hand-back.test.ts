import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TWILIO_AUTH_TOKEN } from '../../support/app-under-test';
import { SmsClient } from '../../support/sms-client';
import { startHandoffHarness } from './handoff-harness';

type Harness = Awaited<ReturnType<typeof startHandoffHarness>>;

/** CONTRACT.md resolve `handBackTo`: the assistant resumes at the step the specialist chose. */
describe('handing a conversation back to the assistant', () => {
  let harness: Harness;
  let maria: SmsClient;

  beforeEach(async () => {
    harness = await startHandoffHarness({ store: 'memory' });
    maria = new SmsClient({ baseUrl: harness.app.baseUrl, publicBaseUrl: harness.app.publicBaseUrl, authToken: TWILIO_AUTH_TOKEN, from: '+15125550101' });
    await maria.send('Hi');
    await maria.send('3/14/85');
    expect((await maria.send('78701')).messages.join('\n')).toMatch(/balance is \$1,240\.50/);
  });
  afterEach(async () => {
    await harness?.close();
  });

  const answer = async (text: string) => (await maria.send(text)).messages.join('\n');

  async function takeOverAndResolve(handBackTo: 'menu' | 'plan' | 'confirm' | null): Promise<void> {
    const { body } = await harness.call('GET', '/api/handoffs?status=open');
    const [handoff] = body.handoffs;
    const claimed = await harness.call("POST", `/api/handoffs/${handoff.id}/claim`, { specialist: "sam" });
    expect(claimed, JSON.stringify(claimed.body)).toMatchObject({ status: 200 });
    const resolved = await harness.call('POST', `/api/handoffs/${handoff.id}/resolve`, { specialist: 'sam', outcome: 'Talked it through', handBackTo });
    expect(resolved.status).toBe(200);
  }

  it('"confirm": asks again the confirmation that was open when the debtor asked for a person, and records the plan on yes', async () => {
    await answer('can I pay 100 a month');
    expect(await answer('1')).toMatch(/To confirm: \$103\.38 a month for 12 months \(the last 6 are \$103\.37\)/);
    expect(await answer('I want to talk to a real person')).toMatch(/specialist|person/i);
    await takeOverAndResolve('confirm');

    expect(await answer('ok')).toMatch(/To confirm: \$103\.38 a month for 12 months \(the last 6 are \$103\.37\)/);
    expect(await answer('yes')).toMatch(/Your plan is set up/);
    const { body } = await harness.app.operator('/api/accounts/NW-1001');
    expect(body.arrangements).toEqual([expect.objectContaining({ kind: 'plan', totalCents: 124_050, status: 'active' })]);
  });

  it('"plan": goes straight to the plan offer, whatever the debtor writes first', async () => {
    expect(await answer('I want to talk to a real person')).toMatch(/specialist|person/i);
    await takeOverAndResolve('plan');
    expect(await answer('hello again')).toMatch(/plan|monthly|weekly/i);
    expect(await answer('hello again')).not.toMatch(/^1 Pay in full/m);
  });

  it('"menu": shows the menu (the case opened on a bare "call me")', async () => {
    expect(await answer('call me')).toMatch(/specialist|person/i);
    await takeOverAndResolve('menu');
    expect(await answer('hello again')).toMatch(/1 Pay in full[\s\S]*2 Set up a payment plan/);
  });
});
