/**
 * npm run bench [-- --json] [--quick] [--profile] [--paced-rate N]: the assistant on Redis under
 * 64 concurrent debtors (SMS and web chat), what the scripted SMS conversations cost in segments, its memory per idle conversation, and two baselines
 * measured in the same run (bare express, botbuilder echo bot) so the ratios hold on any machine.
 * SMS latency is measured at two set loads: N turns a second (by default half the echo bot's
 * throughput) and half the assistant's own full-speed throughput measured just before.
 * --profile writes a V8 CPU profile of the assistant's process to ./bench-profiles. Quick mode
 * caps the idle-conversation step by time, so a slow machine measures fewer, not for longer.
 */
import { drive, pacer, Recorder, type LoadSummary } from './load';
import { debtorAgent } from './http-client';
import { echoBotRequest, expressRequest } from './baseline-load';
import { startRedis, type BenchRedis } from './redis-server';
import { ServerProcess } from './server-process';
import { smsConversation } from './sms-debtor';
import { webchatConversation } from './webchat-debtor';
import { contractJson, printReport, targets, type BenchResult } from './report';
import { benchCampaign, type CampaignBench } from './campaign-bench';
import { measureSmsCosts, smsCostLine } from './sms-cost';

const argv = process.argv.slice(2);
const args = new Set(argv);
const quick = args.has('--quick');
const pacedRateArg = argv.includes('--paced-rate') ? Number(argv[argv.indexOf('--paced-rate') + 1]) : undefined;
if (pacedRateArg !== undefined && !(pacedRateArg > 0)) throw new Error('--paced-rate takes a number of turns a second, above 0');
const CONCURRENCY = 64;
const plan = quick
  ? { warmupMs: 1_000, smsMs: 5_000, pacedMs: 6_000, webchatMs: 4_000, baselineMs: 4_000, conversations: 2_000, idle: 20_000, idleBudgetMs: 10_000 }
  : { warmupMs: 3_000, smsMs: 30_000, pacedMs: 30_000, webchatMs: 20_000, baselineMs: 15_000, conversations: 10_000, idle: 100_000, idleBudgetMs: 300_000 };
// Account ranges: SMS debtors at full speed, then the two paced runs, then web-chat visitors,
// then the idle texters; none is reused.
const smsFirst = 0;
const pacedFirst = plan.conversations;
const halfOwnFirst = 2 * plan.conversations;
const webchatFirst = 3 * plan.conversations;
const idleFirst = 4 * plan.conversations;

function progress(message: string): void {
  console.error(`[bench] ${message}`);
}

/**
 * The assistant's figures. Full speed (each debtor texts again the moment a reply comes) finds
 * the throughput, but its latency is only concurrency / throughput (Little's law). Latency is
 * measured at set loads instead: the 64 debtors together text in a Poisson stream at
 * `pacedTurnsPerSecond`, then at half of what this run measured at full speed (the load at which
 * a p99 says how the assistant answers, not how full its queue is).
 */
async function benchAssistant(redis: BenchRedis, pacedTurnsPerSecond: number): Promise<Pick<BenchResult, 'sms' | 'smsPaced' | 'smsHalfOwn' | 'webchat' | 'memory'>> {
  progress(`loading ${idleFirst + plan.idle} accounts into Redis`);
  const server = await ServerProcess.start(['amicable', redis.url, String(idleFirst + plan.idle)], {
    ...(args.has('--profile') ? { cpuProfileDir: 'bench-profiles' } : {}),
  });
  try {
    const agents = Array.from({ length: CONCURRENCY }, () => debtorAgent());
    let nextSms = smsFirst;
    const smsSessions = (recorder: Recorder, durationMs: number, paces?: Array<() => Promise<void>>): Promise<number> =>
      drive({
        concurrency: CONCURRENCY,
        durationMs,
        maxSessions: plan.conversations,
        recorder,
        session: (worker, _session, expired) =>
          smsConversation({ baseUrl: server.baseUrl, agent: agents[worker]!, debtor: nextSms++, recorder, expired, ...(paces ? { pace: paces[worker] } : {}) }),
      });
    progress('warming up');
    await smsSessions(new Recorder(), plan.warmupMs);
    const redisBefore = await redis.usedMemory();

    progress(`SMS: ${CONCURRENCY} debtors at full speed for ${plan.smsMs / 1000} s`);
    const smsRecorder = new Recorder();
    const smsConversations = await smsSessions(smsRecorder, plan.smsMs);

    const pacedRun = async (turnsPerSecond: number, firstDebtor: number) => {
      progress(`SMS: ${CONCURRENCY} debtors texting ${turnsPerSecond} turns/s together for ${plan.pacedMs / 1000} s`);
      nextSms = firstDebtor;
      const recorder = new Recorder();
      const meanGapMs = (CONCURRENCY * 1000) / turnsPerSecond;
      const until = performance.now() + plan.pacedMs;
      const conversations = await smsSessions(recorder, plan.pacedMs, Array.from({ length: CONCURRENCY }, () => pacer(meanGapMs, until)));
      return { conversations, summary: { ...recorder.summary(CONCURRENCY), offeredTurnsPerSecond: turnsPerSecond } };
    };
    // Half its own throughput first: the other rate can be more than the assistant carries, and
    // the heap and queues it leaves behind would count against the figure the target is about.
    const halfOwn = await pacedRun(Math.max(1, Math.round(smsRecorder.summary(CONCURRENCY).turnsPerSecond / 2)), halfOwnFirst);
    const paced = await pacedRun(pacedTurnsPerSecond, pacedFirst);
    const pacedConversations = paced.conversations + halfOwn.conversations;
    for (const agent of agents) agent.destroy();

    progress(`web chat: ${CONCURRENCY} visitors for ${plan.webchatMs / 1000} s`);
    const webchatRecorder = new Recorder();
    const webchatConversations = await drive({
      concurrency: CONCURRENCY,
      durationMs: plan.webchatMs,
      maxSessions: plan.conversations,
      recorder: webchatRecorder,
      session: (_worker, session, expired) =>
        webchatConversation({ baseUrl: server.baseUrl, visitor: session, debtor: webchatFirst + session, recorder: webchatRecorder, expired }),
    });
    const redisAfterRun = await redis.usedMemory();

    progress(`idle: up to ${plan.idle} debtors text "Hi" and stop answering (budget ${plan.idleBudgetMs / 1000} s)`);
    const before = await server.memory();
    const redisBeforeIdle = await redis.usedMemory();
    const idle = await server.createIdle(idleFirst, plan.idle, CONCURRENCY, plan.idleBudgetMs);
    const after = await server.memory();
    const redisAfterIdle = await redis.usedMemory();
    return {
      sms: smsRecorder.summary(CONCURRENCY),
      smsPaced: paced.summary,
      smsHalfOwn: halfOwn.summary,
      webchat: webchatRecorder.summary(CONCURRENCY),
      memory: {
        conversationsRun: smsConversations + pacedConversations + webchatConversations,
        redisBytesPerRunConversation: Math.round((redisAfterRun - redisBefore) / Math.max(1, smsConversations + pacedConversations + webchatConversations)),
        idleConversations: idle.created,
        idleSeconds: Math.round(idle.ms / 100) / 10,
        redisBytesPerIdleConversation: Math.round((redisAfterIdle - redisBeforeIdle) / Math.max(1, idle.created)),
        rssBytesPerIdleConversation: Math.round((after.rss - before.rss) / Math.max(1, idle.created)),
        heapBytesPerIdleConversation: Math.round((after.heapUsed - before.heapUsed) / Math.max(1, idle.created)),
      },
    };
  } finally {
    await server.stop();
  }
}

async function benchBaseline(kind: 'express' | 'echo-bot'): Promise<LoadSummary> {
  progress(`baseline ${kind}: ${CONCURRENCY} connections for ${plan.baselineMs / 1000} s`);
  const server = await ServerProcess.start([kind]);
  try {
    const agents = Array.from({ length: CONCURRENCY }, () => debtorAgent());
    const request = (worker: number, index: number, recorder: Recorder): Promise<void> =>
      kind === 'express'
        ? expressRequest(server.baseUrl, agents[worker]!, recorder, index)
        : echoBotRequest(server.baseUrl, server.serviceUrl!, agents[worker]!, recorder, worker);
    const measure = async (durationMs: number): Promise<Recorder> => {
      const recorder = new Recorder();
      await drive({ concurrency: CONCURRENCY, durationMs, maxSessions: 10_000_000, recorder, session: (worker, index) => request(worker, index, recorder) });
      return recorder;
    };
    await measure(plan.warmupMs);
    const recorder = await measure(plan.baselineMs);
    for (const agent of agents) agent.destroy();
    return recorder.summary(CONCURRENCY);
  } finally {
    await server.stop();
  }
}

/**
 * Campaigns (issue #10): scheduling 50,000 accounts and the RSS while sending. Quick mode
 * schedules 5,000 and scales the time by 10 (scheduling is linear: one pass over the accounts).
 */
async function runCampaignBench(redis: BenchRedis): Promise<CampaignBench> {
  const accounts = quick ? 5_000 : 50_000;
  progress(`campaign: scheduling ${accounts} accounts, then sending for ${quick ? 2 : 20} s`);
  const measured = await benchCampaign(redis.url, { accounts, sendMs: quick ? 2_000 : 20_000 });
  return { ...measured, scheduleMs50k: Math.round((measured.scheduleMs50k * 50_000) / accounts) };
}

function campaignLine(c: CampaignBench): string {
  const mb = (bytes: number) => `${Math.round(bytes / 1_048_576)} MB`;
  const scaled = c.accounts === 50_000 ? '' : ` (measured on ${c.accounts}, scaled)`;
  return `Campaign: scheduling 50,000 accounts ${c.scheduleMs50k} ms${scaled}; RSS while sending ${mb(c.rssBytesWhileSending)} (before scheduling ${mb(c.rssBytesBeforeScheduling)}); ${c.sent} sent at ${c.sendsPerSecond}/s`;
}

async function main(): Promise<void> {
  const started = performance.now();
  progress('SMS cost: the scripted plan, promise and dispute conversations, in process');
  const smsCosts = await measureSmsCosts();
  const redis = await startRedis();
  try {
    const express = await benchBaseline('express');
    const echoBot = await benchBaseline('echo-bot');
    // By default, the load the throughput target asks the assistant to carry: half the echo bot's.
    const assistant = await benchAssistant(redis, pacedRateArg ?? Math.round(echoBot.turnsPerSecond * targets.smsVsEchoBot));
    const campaign = await runCampaignBench(redis);
    const result: BenchResult = { ...assistant, express, echoBot, seconds: (performance.now() - started) / 1000 };
    printReport(result, { json: false });
    console.log(campaignLine(campaign));
    for (const cost of smsCosts) console.log(smsCostLine(cost));
    if (args.has('--json')) {
      const smsCost = Object.fromEntries(smsCosts.map((cost) => [cost.conversation, { debtorTexts: cost.debtorTexts, messages: cost.messages, segments: cost.segments }]));
      console.log(JSON.stringify({ ...contractJson(result), campaign: { scheduleMs50k: campaign.scheduleMs50k, rssBytesWhileSending: campaign.rssBytesWhileSending }, smsCost }));
    }
  } finally {
    await redis.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
