import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SmsClient } from '../../support/sms-client';
import { startApp, TWILIO_AUTH_TOKEN, type AppUnderTest } from '../../support/app-under-test';
import { redisUrlForTests } from '../../support/redis';

/** A turn of the conversation: what the debtor texts, and what every reply must (not) say. */
type Turn = [debtorSays: string, assistantSays: RegExp[], neverSays?: RegExp[]];

async function play(sms: SmsClient, turns: Turn[]): Promise<void> {
  for (const [debtorSays, expected, forbidden = []] of turns) {
    const { status, messages } = await sms.send(debtorSays);
    expect(status, `HTTP status after "${debtorSays}"`).toBe(200);
    const answer = messages.join('\n');
    for (const pattern of expected) expect(answer, `after "${debtorSays}"`).toMatch(pattern);
    for (const pattern of forbidden) expect(answer, `after "${debtorSays}"`).not.toMatch(pattern);
  }
}

const debtWords = /\$|balance|owe|debt|past due|collection/i;

const stores = [
  { name: 'memory store', kind: 'memory' as const, redisUrl: undefined as string | undefined },
  { name: 'Redis store', kind: 'redis' as const, redisUrl: redisUrlForTests() },
];

describe.each(stores)('an SMS conversation from "Hi" to a stored plan ($name)', ({ kind, redisUrl }) => {
  let app: AppUnderTest;
  let maria: SmsClient;

  beforeEach(async (context) => {
    if (kind === 'redis' && !redisUrl) context.skip();
    app = await startApp({ store: kind, redisUrl });
    maria = new SmsClient({ baseUrl: app.baseUrl, publicBaseUrl: app.publicBaseUrl, authToken: TWILIO_AUTH_TOKEN, from: '+15125550101' });
  });
  afterEach(async () => {
    await app?.close();
  });

  it('verifies, counters "$100 a month" within the 12-month cap, confirms and records the plan', async () => {
    await play(maria, [
      ['Hi', [/automated assistant/i, /date of birth/i], [debtWords]],
      ['3/14/85', [/ZIP/], [debtWords]],
      ['78701', [/Thanks, Maria\. Your balance is \$1,240\.50\./, /1 Pay in full/, /2 Set up a payment plan/, /Reply STOP/]],
      ['can I pay 100 a month', [/closest plans?/, /1 \$103\.38 a month for 12 months \(the last 6 are \$103\.37\)/]],
      ['1', [/To confirm: \$103\.38 a month for 12 months \(the last 6 are \$103\.37\)/, /YES/]],
      ['yes', [/Done\. Your plan is set up/, /Pay \$103\.38 securely here: https:\/\/amicable\.example\.test\/p\/[\w-]{16}\n/]],
    ]);

    const { status, body } = await app.operator('/api/accounts/NW-1001');
    expect(status).toBe(200);
    expect(body.arrangements).toHaveLength(1);
    const [plan] = body.arrangements;
    expect(plan).toMatchObject({ kind: 'plan', status: 'active', totalCents: 124050, channel: 'sms' });
    expect(plan.installments).toHaveLength(12);
    expect(plan.installments.reduce((sum: number, i: { amountCents: number }) => sum + i.amountCents, 0)).toBe(124050);
    expect(plan.installments[0]).toEqual({ dueDate: '2026-11-23', amountCents: 10338, status: 'scheduled' });

    const transcript = await app.operator('/api/accounts/NW-1001/transcript');
    const outbound = transcript.body.transcript.filter((entry: { direction: string }) => entry.direction === 'out');
    expect(outbound.length).toBeGreaterThan(5);
    for (const entry of outbound) expect(entry.decision.ruleIds.length).toBeGreaterThan(0);
  });
});
