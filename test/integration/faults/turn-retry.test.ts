import { spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TranscriptEntry } from '../../../src/domain/transcript';
import { CREDITOR_WEBHOOK_SECRET, DIRECTLINE_SECRET, startApp, TWILIO_AUTH_TOKEN, type AppUnderTest } from '../../support/app-under-test';
import { startCreditorReceiver } from '../../support/creditor-receiver';
import { freePort, spawnRedisServer, waitForRedis } from '../../support/redis-server';
import { SmsClient } from '../../support/sms-client';

const PREFIX = 'retry:';

/**
 * Issue #20: a turn that failed part-way is retried by the channel (Twilio redelivers the
 * MessageSid, Web Chat posts the clientActivityID again). The retry must run the turn, and what
 * the first attempt already wrote must not be written twice.
 */
describe.skipIf(spawnSync('redis-server', ['--version']).status !== 0)('a turn retried after it failed part-way', () => {
  let port: number;
  let dir: string;
  let redis: ChildProcess;
  let admin: Redis;
  let app: AppUnderTest;
  let receiver: Awaited<ReturnType<typeof startCreditorReceiver>>;

  const startRedis = async () => {
    redis = spawnRedisServer(port, dir, { appendOnly: true });
    await waitForRedis(port);
  };

  /**
   * Redis (a real one, by its access rules) refuses to write the conversation state, and only
   * that: the turn's effects land, its commit fails, as when the process dies between the two.
   */
  const refuseStateWrites = () =>
    admin.call('ACL', 'SETUSER', 'default', 'resetkeys', '%R~*', ...['lock:*', 'log:*', 'arrangements:*', '{queue:*', 'doc:retention:*', 'account:*'].map((key) => `%RW~${PREFIX}${key}`), `%RW~{${PREFIX}log:*`);
  const allowWrites = () => admin.call('ACL', 'SETUSER', 'default', 'resetkeys', '~*');

  beforeAll(async () => {
    port = await freePort();
    dir = mkdtempSync(join(tmpdir(), 'amicable-retry-'));
    await startRedis();
    admin = new Redis(port, '127.0.0.1', { maxRetriesPerRequest: 0, retryStrategy: () => 100 });
    admin.on('error', () => {});
    receiver = await startCreditorReceiver({ secret: CREDITOR_WEBHOOK_SECRET, now: () => app.clock.now() });
    app = await startApp({ store: 'redis', redisUrl: `redis://127.0.0.1:${port}`, keyPrefix: PREFIX, creditorWebhookUrl: receiver.url });
  }, 20_000);

  afterAll(async () => {
    await app?.close();
    await receiver?.close();
    admin?.disconnect();
    if (redis?.exitCode === null) {
      redis.kill('SIGKILL');
      await once(redis, 'exit');
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('records the plan of a "yes" whose turn could not commit once, and the "yes" once, when Twilio redelivers it', async () => {
    const maria = new SmsClient({ baseUrl: app.baseUrl, publicBaseUrl: app.publicBaseUrl, authToken: TWILIO_AUTH_TOKEN, from: '+15125550101' });
    for (const text of ['Hi', '3/14/85', '78701', 'can I pay 100 a month', '1']) expect((await maria.send(text)).status).toBe(200);

    await refuseStateWrites();
    const failed = await maria.send('yes', 'SM-yes-retried');
    await allowWrites();
    expect(failed.status).toBeGreaterThanOrEqual(500);
    // The first attempt got as far as the plan before it failed.
    expect((await app.store.listArrangements('NW-1001')).map((arrangement) => arrangement.kind)).toEqual(['plan']);

    const retried = await maria.send('yes', 'SM-yes-retried');
    expect(retried.status).toBe(200);
    expect(retried.messages.join('\n')).toMatch(/Your plan is set up/);
    const again = await maria.send('yes', 'SM-yes-retried');
    expect(again.messages).toEqual(retried.messages);

    const { body } = await app.operator('/api/accounts/NW-1001');
    expect(body.arrangements).toEqual([expect.objectContaining({ kind: 'plan', totalCents: 124_050, status: 'active' })]);
    const transcript = await app.store.readLog<TranscriptEntry>('conversation:sms:+15125550101');
    expect(transcript.filter((entry) => entry.direction === 'in' && entry.text === 'yes')).toHaveLength(1);
    expect(transcript.filter((entry) => entry.event === 'plan.created')).toHaveLength(1);
    await app.outreach.runDue();
    expect(receiver.events.filter((event) => event.type === 'plan.created').map((event) => event.accountId)).toEqual(['NW-1001']);
    const activity = await app.outreach.activity.read('2026-11-23', '2026-11-23');
    expect(activity.filter((event) => event.type === 'plan.created')).toHaveLength(1);
  });

  it('records a message whose turn failed once, when the retry runs it', async () => {
    const kevin = new SmsClient({ baseUrl: app.baseUrl, publicBaseUrl: app.publicBaseUrl, authToken: TWILIO_AUTH_TOKEN, from: '+16175550104' });
    await refuseStateWrites();
    const failed = await kevin.send('Hi there', 'SM-hi-retried');
    await allowWrites();
    expect(failed.status).toBeGreaterThanOrEqual(500);
    const answer = await kevin.send('Hi there', 'SM-hi-retried');
    expect(answer.messages.join('\n')).toMatch(/date of birth/);
    const transcript = await app.store.readLog<TranscriptEntry>('conversation:sms:+16175550104');
    expect(transcript.filter((entry) => entry.direction === 'in').map((entry) => entry.text)).toEqual(['Hi there']);
    // Each reply recorded once (the greeting, the first question), sent as one SMS (issue #15 item 6).
    const recorded = transcript.filter((entry) => entry.direction === 'out').map((entry) => entry.text.split('\n')[0]);
    expect(recorded).toEqual([expect.stringMatching(/automated assistant/), expect.stringMatching(/date of birth/)]);
    expect(answer.messages).toHaveLength(1);
  });

  it('runs a web-chat message lost in a Redis outage when Web Chat posts it again, and shows its answer once', async () => {
    const started = await fetch(`${app.domain}/tokens/generate`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${DIRECTLINE_SECRET}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: { id: 'visitor-jose', name: 'José' }, accountId: 'NW-1002' }),
    });
    const { conversationId, token } = (await started.json()) as { conversationId: string; token: string };
    const activities = `${app.domain}/conversations/${conversationId}/activities`;
    const post = () =>
      fetch(activities, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ type: 'message', from: { id: 'visitor-jose' }, text: 'what is my balance', channelData: { clientActivityID: 'client-1' } }),
      });

    redis.kill('SIGKILL');
    await once(redis, 'exit');
    expect((await post()).status).toBe(503);
    await startRedis();
    for (let attempt = 0; attempt < 100 && (await fetch(`${app.baseUrl}/readyz`)).status !== 200; attempt++) await new Promise((r) => setTimeout(r, 100));

    const retried = await post();
    expect(retried.status).toBe(200);
    const { id: echoId } = (await retried.json()) as { id: string };
    expect((await post()).status).toBe(200);
    const feed = (await (await fetch(activities, { headers: { Authorization: `Bearer ${token}` } })).json()) as { activities: { id: string; text?: string; from: { role: string }; replyToId?: string }[] };
    expect(feed.activities.filter((activity) => activity.from.role === 'user').map((activity) => activity.id)).toEqual([echoId]);
    const answers = feed.activities.filter((activity) => activity.replyToId === echoId);
    expect(answers.map((activity) => activity.text).join('\n')).toMatch(/\$860\.00/);
    expect(new Set(answers.map((activity) => activity.text)).size).toBe(answers.length);
    const transcript = await app.store.readLog<TranscriptEntry>(`conversation:${conversationId}`);
    expect(transcript.filter((entry) => entry.direction === 'in').map((entry) => entry.text)).toEqual(['what is my balance']);
  }, 30_000);
});
