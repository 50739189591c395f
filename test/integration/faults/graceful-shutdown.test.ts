import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import type { TranscriptEntry } from '../../../src/domain/transcript';
import { startApp, TWILIO_AUTH_TOKEN } from '../../support/app-under-test';
import { redisUrlForTests } from '../../support/redis';
import { SmsClient } from '../../support/sms-client';

const redisUrl = redisUrlForTests();

/** Issue #20: a rolling deploy's SIGTERM (the same stop server.ts runs) loses no turn. */
describe.skipIf(!redisUrl)('stopping the app', () => {
  const keyPrefix = `test:shutdown:${randomUUID().slice(0, 8)}:`;
  const admin = new Redis(redisUrl ?? '');
  afterAll(() => admin.quit());

  it('finishes a turn in flight and commits it before the store closes, and takes no new request meanwhile', async () => {
    const app = await startApp({ store: 'redis', redisUrl, keyPrefix });
    const lockKey = `${keyPrefix}lock:conversation:sms:+15125550101`;
    // Another instance holds the conversation: the turn below waits for it, in flight, while the app stops.
    await admin.set(lockKey, 'another-instance', 'PX', 30_000);
    const monitor = await admin.duplicate().monitor();
    const waitingForLock = new Promise<void>((resolve) => {
      monitor.on('monitor', (_time: string, args: string[]) => {
        if (args[0]?.toLowerCase() === 'set' && args[1] === lockKey) resolve();
      });
    });
    const maria = new SmsClient({ baseUrl: app.baseUrl, publicBaseUrl: app.publicBaseUrl, authToken: TWILIO_AUTH_TOKEN, from: '+15125550101' });
    const inFlight = maria.send('Hi', 'SM-in-flight');
    await waitingForLock;
    monitor.disconnect();

    const stopped = app.close();
    const latecomer = await fetch(`${app.baseUrl}/readyz`).then(
      (response) => response.status,
      () => 'refused',
    );
    expect([503, 'refused']).toContain(latecomer);
    await admin.del(lockKey);

    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(answer.messages.join('\n')).toMatch(/date of birth/);
    await stopped;

    // The successor finds the turn committed: Twilio's redelivery gets the same answer and records nothing.
    const successor = await startApp({ store: 'redis', redisUrl, keyPrefix, loadPortfolio: false });
    const redelivered = await new SmsClient({ baseUrl: successor.baseUrl, publicBaseUrl: successor.publicBaseUrl, authToken: TWILIO_AUTH_TOKEN, from: '+15125550101' }).send('Hi', 'SM-in-flight');
    expect(redelivered.messages).toEqual(answer.messages);
    const transcript = await successor.store.readLog<TranscriptEntry>('conversation:sms:+15125550101');
    // The greeting and the first question, recorded once each and sent as one SMS (issue #15 item 6).
    expect(transcript.map((entry) => entry.direction)).toEqual(['in', 'out', 'out']);
    expect(answer.messages).toHaveLength(1);
    await successor.close();
  });
});
