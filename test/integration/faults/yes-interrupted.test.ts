import { spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/domain/clock';
import type { TranscriptEntry } from '../../../src/domain/transcript';
import { createStore } from '../../../src/store/create-store';
import { benchAccountId, benchAccounts, benchPhone } from '../../bench/portfolio';
import { CREDITOR_WEBHOOK_SECRET, OPERATOR_TOKEN } from '../../support/app-under-test';
import { startCreditorReceiver } from '../../support/creditor-receiver';
import { freePort, spawnRedisServer, waitForRedis } from '../../support/redis-server';
import { sharedClockTime, spawnApp, stopApp, type AppProcess, type SharedClock } from '../../support/spawn-app';

/** Debtors who say "yes" at once in each round; every round has its own. */
const DEBTORS = 30;
/** How long after the burst of "yes" the fault strikes. */
const DELAYS_MS = [0, 50, 200, 500];
const FAULTS = ['SIGTERM', 'SIGKILL', 'Redis restart'] as const;
type Fault = (typeof FAULTS)[number];
const PREFIX = 'once:';
/**
 * The app processes share one clock running 10 times as fast as real time: a job a killed
 * process had leased (60 s) comes back to the others in 6 s, and a round stays well inside the
 * 30-minute idle window after which a conversation would start over.
 */
const CLOCK: SharedClock = { now: '2026-11-23T18:00:00.000Z', nowAt: Date.now(), speed: 10 };

interface RoundFigures {
  fault: Fault;
  delayMs: number;
  /** What the first delivery of each "yes" got: 200, 503, or no answer (connection refused or cut). */
  first: { answered: number; refused: number; noAnswer: number };
  /** Debtors whose plan was recorded though their first delivery got no 200: the turn was cut between effect and answer. */
  recordedUnanswered: number;
  redeliveries: number;
  plans: number;
  planCreatedEvents: number;
  planCreatedDeliveries: number;
  inboundYes: number;
}

/**
 * Issue #20, "Done when": debtors at a plan's confirmation say "yes" at once; the app is stopped
 * by SIGTERM (a rolling deploy), killed by SIGKILL, or Redis restarts, at several delays; Twilio
 * redelivers the same MessageSids (signed with the real twilio library) to the instance that
 * took over until each is answered. Every debtor ends with exactly one plan, one `plan.created`
 * event at the creditor's receiver and one "yes" in the transcript. Real app processes on a real
 * Redis that fsyncs every write, as a production Redis holding state should.
 *
 * The processes are started together up front (starting one takes seconds): round r stops or
 * kills process r, and process r + 1 takes over, as the next instance of a deploy or a restarted
 * one would. The Redis rounds run on the last process.
 */
describe.skipIf(spawnSync('redis-server', ['--version']).status !== 0)('"yes" interrupted by a stop, a kill or a Redis restart, then redelivered', () => {
  const processStops = FAULTS.filter((fault) => fault !== 'Redis restart').length * DELAYS_MS.length;
  let redisPort: number;
  let dir: string;
  let redis: ChildProcess;
  /** Started together up front, awaited where first needed: process r + 1 takes over from process r. */
  let processes: Promise<AppProcess>[] = [];
  let receiver: Awaited<ReturnType<typeof startCreditorReceiver>>;
  const figures: RoundFigures[] = [];

  const startRedis = async () => {
    redis = spawnRedisServer(redisPort, dir, { appendOnly: true });
    await waitForRedis(redisPort);
  };
  const startAppProcess = () =>
    spawnApp({
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
      KEY_PREFIX: PREFIX,
      NOW: CLOCK.now,
      NOW_AT: String(CLOCK.nowAt),
      CLOCK_SPEED: String(CLOCK.speed),
      CREDITOR_WEBHOOK_URL: receiver.url,
      POLL_MS: '200',
      LOCK_TTL_MS: '2000',
    });

  beforeAll(async () => {
    redisPort = await freePort();
    dir = mkdtempSync(join(tmpdir(), 'amicable-once-'));
    await startRedis();
    const store = createStore({ kind: 'redis', redisUrl: `redis://127.0.0.1:${redisPort}`, keyPrefix: PREFIX, clock: new ManualClock(sharedClockTime(CLOCK)) });
    await store.putAccounts(benchAccounts(FAULTS.length * DELAYS_MS.length * DEBTORS));
    await store.close();
    receiver = await startCreditorReceiver({ secret: CREDITOR_WEBHOOK_SECRET, now: () => sharedClockTime(CLOCK) });
    processes = Array.from({ length: processStops + 1 }, () => startAppProcess());
  }, 60_000);

  afterAll(async () => {
    for (const result of await Promise.allSettled(processes)) if (result.status === 'fulfilled') await stopApp(result.value, 'SIGKILL');
    await receiver?.close();
    if (redis?.exitCode === null) {
      redis.kill('SIGKILL');
      await once(redis, 'exit');
    }
    rmSync(dir, { recursive: true, force: true });
    console.log(
      ['fault | delay ms | debtors | first delivery: 200 / 503 / no answer | plan recorded, no answer | deliveries until answered | plans | plan.created events (deliveries) | inbound "yes" entries']
        .concat(
          figures.map(
            (f) =>
              `${f.fault} | ${f.delayMs} | ${DEBTORS} | ${f.first.answered} / ${f.first.refused} / ${f.first.noAnswer} | ${f.recordedUnanswered} | ${f.redeliveries} | ${f.plans} | ${f.planCreatedEvents} (${f.planCreatedDeliveries}) | ${f.inboundYes}`,
          ),
        )
        .join('\n'),
    );
  });

  /** Twilio's retries: the same MessageSid, again, until it gets a 200. */
  async function deliverUntilAnswered(app: AppProcess, phone: string, text: string, messageSid: string): Promise<{ deliveries: number; messages: string[] }> {
    for (let deliveries = 1; ; deliveries++) {
      const answer = await app.texter(phone).send(text, messageSid).catch(() => null);
      if (answer?.status === 200) return { deliveries, messages: answer.messages };
      if (deliveries >= 200) throw new Error(`${messageSid} still unanswered: ${answer?.status ?? 'no answer'}`);
      await sleep(100);
    }
  }

  /** Takes the debtor through verification and a plan offer to the question "To confirm ...?". */
  async function atConfirmation(app: AppProcess, debtor: number): Promise<void> {
    let last: string[] = [];
    for (const [step, text] of ['Hi', '3/14/85', '78701', 'can I pay 100 a month', '1'].entries()) {
      last = (await deliverUntilAnswered(app, benchPhone(debtor), text, `SMsetup${debtor}x${step}`)).messages;
    }
    expect(last.join('\n')).toMatch(/To confirm/);
  }

  let round = 0;
  for (const fault of FAULTS) {
    describe(fault, () => {
      const rounds = DELAYS_MS.map((delayMs) => {
        const index = round++;
        const struck = fault === 'Redis restart' ? processStops : index;
        return { delayMs, debtors: Array.from({ length: DEBTORS }, (_, n) => index * DEBTORS + n), struck, takesOver: fault === 'Redis restart' ? struck : struck + 1 };
      });

      beforeAll(async () => {
        await Promise.all(rounds.flatMap(({ debtors, struck }) => debtors.map(async (debtor) => atConfirmation(await processes[struck]!, debtor))));
      }, 300_000);

      async function strike(struck: AppProcess): Promise<void> {
        if (fault !== 'Redis restart') return stopApp(struck, fault);
        redis.kill('SIGKILL');
        await once(redis, 'exit');
        await startRedis();
      }

      for (const { delayMs, debtors, struck, takesOver } of rounds) {
        it(`${delayMs} ms after ${DEBTORS} debtors say "yes": each ends with one plan and one plan.created once redelivered`, async () => {
          const [app, successor] = await Promise.all([processes[struck]!, processes[takesOver]!]);
          const sid = (debtor: number) => `SMyes${debtor}`;
          const burst = debtors.map((debtor) =>
            app
              .texter(benchPhone(debtor))
              .send('yes', sid(debtor))
              .then((answer) => answer.status, () => 0),
          );
          await sleep(delayMs);
          await strike(app);
          const firstStatuses = await Promise.all(burst);
          const operator = async (path: string) => {
            for (;;) {
              const response = await fetch(`${successor.baseUrl}${path}`, { headers: { Authorization: `Bearer ${OPERATOR_TOKEN}` } });
              if (response.status === 200) return response.json();
              await sleep(100); // Redis just restarted: the app's connection comes back within a second
            }
          };
          let recordedUnanswered = 0;
          for (const [n, debtor] of debtors.entries()) {
            if (firstStatuses[n] !== 200 && (await operator(`/api/accounts/${benchAccountId(debtor)}`)).arrangements.length > 0) recordedUnanswered++;
          }

          const redelivered = await Promise.all(debtors.map((debtor) => deliverUntilAnswered(successor, benchPhone(debtor), 'yes', sid(debtor))));
          for (const { messages } of redelivered) expect(messages.join('\n')).toMatch(/Your plan is set up/);

          // The outbox delivers in the background: wait until every debtor's event has arrived.
          const accountIds = new Set(debtors.map(benchAccountId));
          const planEvents = () => receiver.events.filter((event) => event.type === 'plan.created' && accountIds.has(event.accountId ?? ''));
          for (let waited = 0; new Set(planEvents().map((event) => event.accountId)).size < DEBTORS && waited < 300; waited++) await sleep(100);

          let plans = 0;
          let inboundYes = 0;
          for (const debtor of debtors) {
            const account = await operator(`/api/accounts/${benchAccountId(debtor)}`);
            expect(account.arrangements.map((arrangement: { kind: string }) => arrangement.kind), benchAccountId(debtor)).toEqual(['plan']);
            plans += account.arrangements.length;
            const { transcript } = (await operator(`/api/accounts/${benchAccountId(debtor)}/transcript`)) as { transcript: TranscriptEntry[] };
            const yes = transcript.filter((entry) => entry.direction === 'in' && entry.text === 'yes').length;
            expect(yes, benchAccountId(debtor)).toBe(1);
            inboundYes += yes;
          }
          const events = planEvents();
          expect(events.map((event) => event.accountId).sort()).toEqual([...accountIds].sort());
          figures.push({
            fault,
            delayMs,
            first: {
              answered: firstStatuses.filter((status) => status === 200).length,
              refused: firstStatuses.filter((status) => status === 503).length,
              noAnswer: firstStatuses.filter((status) => status !== 200 && status !== 503).length,
            },
            recordedUnanswered,
            redeliveries: redelivered.reduce((sum, { deliveries }) => sum + deliveries, 0),
            plans,
            planCreatedEvents: events.length,
            planCreatedDeliveries: events.reduce((sum, event) => sum + (receiver.deliveries.get(event.id) ?? 0), 0),
            inboundYes,
          });
        }, 60_000);
      }
    });
  }
});
