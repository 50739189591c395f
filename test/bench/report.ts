import type { LoadSummary } from './load';

export interface BenchResult {
  sms: LoadSummary;
  /** The same conversations at a set load (`offeredTurnsPerSecond`), for latency. */
  smsPaced: LoadSummary & { offeredTurnsPerSecond: number };
  /** The same at half the assistant's own full-speed throughput in this run (issue #17 item 10). */
  smsHalfOwn: LoadSummary & { offeredTurnsPerSecond: number };
  webchat: LoadSummary;
  express: LoadSummary;
  echoBot: LoadSummary;
  memory: {
    conversationsRun: number;
    /** Whole conversations (transcript and arrangement included), measured idle after the run. */
    redisBytesPerRunConversation: number;
    idleConversations: number;
    idleSeconds: number;
    redisBytesPerIdleConversation: number;
    rssBytesPerIdleConversation: number;
    heapBytesPerIdleConversation: number;
  };
  seconds: number;
}

/** The targets of issue 8 on the 2-core reference machine. */
export const targets = { smsVsEchoBot: 0.5, p99Ms: 50, redisBytes: 4096, rssBytes: 1024 };

function ratio(a: number, b: number): number {
  return b > 0 ? Math.round((a / b) * 1000) / 1000 : 0;
}

/** The object CONTRACT.md "Benchmark output" specifies. */
export function contractJson(result: BenchResult) {
  const load = ({ turnsPerSecond, p50Ms, p95Ms, p99Ms, errors, concurrency }: LoadSummary) => ({ turnsPerSecond, p50Ms, p95Ms, p99Ms, errors, concurrency });
  const baseline = ({ turnsPerSecond, p99Ms }: LoadSummary) => ({ requestsPerSecond: turnsPerSecond, p99Ms });
  return {
    sms: load(result.sms),
    smsPaced: { ...load(result.smsPaced), offeredTurnsPerSecond: result.smsPaced.offeredTurnsPerSecond },
    smsHalfOwn: { ...load(result.smsHalfOwn), offeredTurnsPerSecond: result.smsHalfOwn.offeredTurnsPerSecond },
    webchat: load(result.webchat),
    baselines: { express: baseline(result.express), echoBot: baseline(result.echoBot) },
    ratios: {
      smsVsEchoBot: ratio(result.sms.turnsPerSecond, result.echoBot.turnsPerSecond),
      smsVsExpress: ratio(result.sms.turnsPerSecond, result.express.turnsPerSecond),
    },
    redisBytesPerConversation: result.memory.redisBytesPerIdleConversation,
    rssBytesPerIdleConversation: result.memory.rssBytesPerIdleConversation,
  };
}

export function printReport(result: BenchResult, options: { json: boolean }): void {
  const json = contractJson(result);
  const row = (name: string, s: LoadSummary): string =>
    `${name.padEnd(24)}${String(s.turnsPerSecond).padStart(10)}${String(s.p50Ms).padStart(9)}${String(s.p95Ms).padStart(9)}${String(s.p99Ms).padStart(9)}${String(s.errors).padStart(8)}${String(s.turns).padStart(9)}`;
  const verdict = (ok: boolean): string => (ok ? 'ok' : 'MISSED');
  const { memory } = result;
  const lines = [
    '',
    `${'scenario (64 concurrent)'.padEnd(24)}${'per sec'.padStart(10)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'errors'.padStart(8)}${'turns'.padStart(9)}`,
    row('SMS turns, full speed', result.sms),
    row(`SMS turns, ${result.smsPaced.offeredTurnsPerSecond}/s`, result.smsPaced),
    row(`SMS, half own: ${result.smsHalfOwn.offeredTurnsPerSecond}/s`, result.smsHalfOwn),
    row('web chat turns', result.webchat),
    row('express bare POST', result.express),
    row('botbuilder echo bot', result.echoBot),
    '',
    `SMS vs echo bot   ${json.ratios.smsVsEchoBot}  (target >= ${targets.smsVsEchoBot}: ${verdict(json.ratios.smsVsEchoBot >= targets.smsVsEchoBot)})`,
    `SMS vs express    ${json.ratios.smsVsExpress}`,
    `SMS p99           ${result.smsHalfOwn.p99Ms} ms at half its own throughput, ${result.smsHalfOwn.offeredTurnsPerSecond} turns/s offered  (target <= ${targets.p99Ms} ms: ${verdict(result.smsHalfOwn.p99Ms <= targets.p99Ms)}); ${result.smsPaced.p99Ms} ms at ${result.smsPaced.offeredTurnsPerSecond} turns/s (half the echo bot's), ${result.sms.p99Ms} ms at full speed, echo bot ${result.echoBot.p99Ms} ms`,
    `Redis per idle conversation  ${memory.redisBytesPerIdleConversation} B  (target <= ${targets.redisBytes}: ${verdict(memory.redisBytesPerIdleConversation <= targets.redisBytes)})`,
    `RSS per idle conversation    ${memory.rssBytesPerIdleConversation} B  (target <= ${targets.rssBytes}: ${verdict(memory.rssBytesPerIdleConversation <= targets.rssBytes)}; heap ${memory.heapBytesPerIdleConversation} B; ${memory.idleConversations} created in ${memory.idleSeconds} s)`,
    `Redis per finished conversation (transcript, arrangement)  ${memory.redisBytesPerRunConversation} B over ${memory.conversationsRun} conversations`,
    `total ${Math.round(result.seconds)} s`,
  ];
  console.log(lines.join('\n'));
  if (options.json) console.log(JSON.stringify(json));
}
