import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Arrangement } from '../../../src/domain/arrangement';
import { ManualClock } from '../../../src/domain/clock';
import type { TranscriptEntry } from '../../../src/domain/transcript';
import { createStore } from '../../../src/store/create-store';
import type { Store } from '../../../src/store/store';
import { redisUrlForTests } from '../../support/redis';
import { spawnApp, stopApp, type AppProcess } from '../../support/spawn-app';

const redisUrl = redisUrlForTests();

/** A separate Node process running the app on the shared Redis, as a second instance behind a load balancer would. */
const startProcess = (keyPrefix: string, loadPortfolio: boolean): Promise<AppProcess> =>
  spawnApp({ REDIS_URL: redisUrl!, KEY_PREFIX: keyPrefix, LOAD_PORTFOLIO: String(loadPortfolio) });

/** Issue #8 item 3: two assistant processes sharing one Redis serve one debtor. */
describe.skipIf(!redisUrl)('two assistant processes on one Redis', () => {
  const keyPrefix = `test:two-processes:${Math.random().toString(36).slice(2)}:`;
  let first: AppProcess;
  let second: AppProcess;
  let store: Store;

  beforeAll(async () => {
    first = await startProcess(keyPrefix, true);
    second = await startProcess(keyPrefix, false);
    store = createStore({ kind: 'redis', redisUrl, keyPrefix, clock: new ManualClock(new Date('2026-11-23T18:00:00Z')) });
  }, 60_000);

  afterAll(async () => {
    for (const app of [first, second]) if (app) await stopApp(app);
    await store?.close();
  });

  it('takes turns alternately from either process to a recorded plan, with nothing lost or out of order', async () => {
    const turns: Array<[AppProcess, string, RegExp]> = [
      [first, 'Hi', /date of birth/],
      [second, '3/14/85', /ZIP/],
      [first, '78701', /balance is \$1,240\.50/],
      [second, 'can I pay 100 a month', /closest plans?/],
      [first, '1', /To confirm/],
      [second, 'yes', /Your plan is set up/],
    ];
    for (const [app, text, expected] of turns) {
      const { status, messages } = await app.texter('+15125550101').send(text);
      expect(status).toBe(200);
      expect(messages.join('\n'), `after "${text}"`).toMatch(expected);
    }
    const plans = await store.listArrangements('NW-1001');
    expect(plans.map((plan: Arrangement) => [plan.kind, plan.totalCents])).toEqual([['plan', 124_050]]);
    const inbound = (await store.readLog<TranscriptEntry>('conversation:sms:+15125550101')).filter((entry) => entry.direction === 'in');
    // In order; the verification answers are kept as what they were, not as given (PRV-02).
    expect(inbound.map((entry) => entry.text)).toEqual(['Hi', '[date of birth given]', '[ZIP given]', 'can I pay 100 a month', '1', 'yes']);
  });

  it('serializes turns of one debtor sent to both processes at once: each is answered, none is lost', async () => {
    const aisha = [first.texter('+13125550105'), second.texter('+13125550105')];
    // Distinct MessageSids: a repeated one would rightly be answered as a redelivery.
    const answers = await Promise.all(['Hi', 'hello', 'hey there', 'hola'].map((text, index) => aisha[index % 2]!.send(text, `SM-at-once-${index}`)));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
    const transcript = await store.readLog<TranscriptEntry>('conversation:sms:+13125550105');
    const inbound = transcript.filter((entry) => entry.direction === 'in').map((entry) => entry.text);
    expect(inbound.sort()).toEqual(['Hi', 'hello', 'hey there', 'hola'].sort());
    // Turns never interleave: every inbound message is followed by its own replies before the next one.
    const directions = transcript.map((entry) => entry.direction).join('');
    expect(directions).toMatch(/^(in(out|event)*)+$/);
    // One greeting for the conversation, however the turns landed.
    const greetings = transcript.filter((entry) => entry.direction === 'out' && /automated assistant/.test(entry.text));
    expect(greetings).toHaveLength(1);
  });
});
