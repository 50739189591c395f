import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RETENTION_QUEUE } from '../../../src/audit/retention-job';
import { startApp, TWILIO_AUTH_TOKEN, type AppUnderTest } from '../../support/app-under-test';
import { redisUrlForTests } from '../../support/redis';
import { SmsClient } from '../../support/sms-client';

const DAY = 86_400_000;

const stores = [
  { name: 'memory store', kind: 'memory' as const, redisUrl: undefined as string | undefined },
  { name: 'Redis store', kind: 'redis' as const, redisUrl: redisUrlForTests() },
];

/**
 * RF-24 end to end: every transcript entry keeps the retention index current, and the daily purge
 * runs on the durable job queue with the app's clock (RETENTION_DAYS = 1095 in startApp).
 */
describe.each(stores)('RF-24 transcripts kept until retention ends, then purged by the daily job ($name)', ({ kind, redisUrl }) => {
  let app: AppUnderTest;
  let maria: SmsClient;
  let jose: SmsClient;

  beforeEach(async (context) => {
    if (kind === 'redis' && !redisUrl) context.skip();
    app = await startApp({ store: kind, redisUrl });
    const client = (from: string) => new SmsClient({ baseUrl: app.baseUrl, publicBaseUrl: app.publicBaseUrl, authToken: TWILIO_AUTH_TOKEN, from });
    maria = client('+15125550101');
    jose = client('+13055550102');
  });
  afterEach(async () => {
    await app?.close();
  });

  const transcriptOf = async (accountId: string): Promise<Array<{ at: string; conversationId: string }>> => {
    const { status, body } = await app.operator(`/api/accounts/${accountId}/transcript`);
    expect(status).toBe(200);
    return body.transcript;
  };
  const advanceDays = (days: number) => app.clock.advance(days * DAY);

  it('RF-24 the daily purge is scheduled at start-up, once, with a deterministic id', async () => {
    await app.outreach.runDue();
    await app.outreach.runDue();
    expect(await app.store.countJobs(RETENTION_QUEUE)).toBe(1);
    // 2026-11-23T18:00Z: the next 03:00 UTC slot is tomorrow's.
    const [job] = await app.store.claimDueJobs(RETENTION_QUEUE, new Date('2026-11-24T03:00:00Z'), 10, 1);
    expect(job?.id).toBe('purge:2026-11-24');
  });

  it('RF-24 keeps a transcript until retention ends after its last activity, then purges it and nothing else', async () => {
    expect((await maria.send('Hi')).status).toBe(200);
    const mariaEntries = (await transcriptOf('NW-1001')).length;
    expect(mariaEntries).toBeGreaterThanOrEqual(2);

    advanceDays(400);
    expect((await jose.send('Hola')).status).toBe(200);
    expect((await transcriptOf('NW-1002')).length).toBeGreaterThanOrEqual(2);

    // A day short of three years after Maria's last message: the daily job runs and keeps everything.
    advanceDays(1094 - 400);
    await app.outreach.runDue();
    expect(await transcriptOf('NW-1001')).toHaveLength(mariaEntries);

    // Past three years: the next daily run purges Maria's conversation, José's stays whole.
    advanceDays(2);
    await app.outreach.runDue();
    expect(await transcriptOf('NW-1001')).toEqual([]);
    expect(await app.store.readLog('conversation:sms:+15125550101')).toEqual([]);
    expect((await transcriptOf('NW-1002')).length).toBeGreaterThanOrEqual(2);
    expect(await app.store.readLog('conversation:sms:+13055550102')).not.toEqual([]);

    // The job went on to the next day, and José's conversation goes when its own three years are up.
    expect(await app.store.countJobs(RETENTION_QUEUE)).toBe(1);
    advanceDays(400);
    await app.outreach.runDue();
    expect(await transcriptOf('NW-1002')).toEqual([]);
  });

  it('RF-24 new activity in a conversation extends the retention of its whole transcript', async () => {
    await maria.send('Hi');
    advanceDays(1000);
    await maria.send('Hi again');
    const entries = await transcriptOf('NW-1001');
    expect(new Set(entries.map((entry) => entry.at.slice(0, 10)))).toEqual(new Set(['2026-11-23', '2029-08-19']));

    // Three years after the first message, but not after the last: everything is kept, old entries too.
    advanceDays(200);
    await app.outreach.runDue();
    expect(await transcriptOf('NW-1001')).toEqual(entries);

    advanceDays(1095 - 200);
    await app.outreach.runDue();
    expect(await transcriptOf('NW-1001')).toEqual(entries);
    advanceDays(1);
    await app.outreach.runDue();
    expect(await transcriptOf('NW-1001')).toEqual([]);
  });
});
