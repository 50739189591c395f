/**
 * The campaign figures of `npm run bench`: how long scheduling a campaign over 50,000 accounts
 * takes (reading every account, judging each with the outbound gate, storing the targets and
 * queueing a durable job per send, on Redis), and the memory of the process while it sends.
 * It runs in a process of its own so the RSS is the campaign's, not the load generator's.
 * Twilio is an in-process stand-in that answers at once: the figure is ours, not the network's.
 *
 *   tsx test/bench/campaign-bench.ts <redisUrl> <accounts> <sendMs>   (prints one JSON line)
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { TranscriptLog } from '../../src/audit/transcript-log';
import { CampaignDispatcher } from '../../src/campaigns/campaign-dispatcher';
import { CampaignService } from '../../src/campaigns/campaign-service';
import { SendThrottle } from '../../src/campaigns/send-throttle';
import { OptOutRegistry } from '../../src/conversation/opt-outs';
import { ManualClock } from '../../src/domain/clock';
import { ActivityLog } from '../../src/outreach/activity-log';
import { ContactLedger } from '../../src/outreach/contact-ledger';
import { OutreachSender } from '../../src/outreach/outreach-sender';
import { createStore } from '../../src/store/create-store';
import { samplePolicy } from '../fixtures/policy';
import { benchAccounts } from './portfolio';

export interface CampaignBench {
  accounts: number;
  scheduleMs50k: number;
  /** Largest RSS sampled while the dispatcher sent. */
  rssBytesWhileSending: number;
  rssBytesBeforeScheduling: number;
  sent: number;
  sendsPerSecond: number;
}

/** Runs the campaign bench in a child process; resolves with its figures. */
export function benchCampaign(redisUrl: string, options: { accounts: number; sendMs: number }): Promise<CampaignBench> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', '--expose-gc', fileURLToPath(import.meta.url), redisUrl, String(options.accounts), String(options.sendMs)],
      { maxBuffer: 1 << 20 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`campaign bench failed: ${stderr || error.message}`));
        const last = stdout.trim().split('\n').pop() ?? '';
        resolve(JSON.parse(last) as CampaignBench);
      },
    );
  });
}

async function run(redisUrl: string, count: number, sendMs: number): Promise<CampaignBench> {
  // Tuesday 12:00 in Chicago: every bench debtor's window is open.
  const clock = new ManualClock(new Date('2026-11-24T18:00:00Z'));
  const store = createStore({ kind: 'redis', redisUrl, clock, keyPrefix: `bench-campaign:${Date.now()}:` });
  try {
    await store.putAccounts(benchAccounts(count));
    const optOuts = new OptOutRegistry(store);
    const contacts = new ContactLedger(store);
    const campaigns = new CampaignService({ store, clock, policy: samplePolicy, optOuts, contacts, activity: new ActivityLog(store, clock), canSend: true });
    let sids = 0;
    const sender = new OutreachSender({
      store,
      policy: samplePolicy,
      clock,
      transcripts: new TranscriptLog(store),
      optOuts,
      contacts,
      sms: { send: async () => ({ sid: `SM${++sids}` }) },
    });
    // A short code's rate, so the bench measures the dispatcher rather than waiting on the throttle.
    const throttle = new SendThrottle({ store, clock, sendsPerSecond: 100, senderNumber: '+15125550199' });
    const dispatcher = new CampaignDispatcher({ store, clock, policy: samplePolicy, sender, throttle, campaigns });
    // An empty bucket, so no first burst of a minute's sends outlasts the sending time.
    await store.setDocument('campaign-throttle:+15125550199', { tokens: 0, at: clock.now().toISOString() });

    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const { campaign } = await campaigns.create({ name: 'bench', selection: {} });
    await campaigns.start(campaign.id);
    const scheduleMs = Math.round(performance.now() - started);
    if (campaign.targeted !== count) throw new Error(`expected ${count} targets, got ${campaign.targeted}`);

    // What scheduling left behind is garbage by now; the figure is the process as it sends.
    global.gc?.();
    let peakRss = 0;
    const sample = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 100);
    const sendStarted = performance.now();
    while (performance.now() - sendStarted < sendMs) {
      clock.advance(1_000);
      await dispatcher.runDue();
    }
    clearInterval(sample);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    const seconds = (performance.now() - sendStarted) / 1000;
    return {
      accounts: count,
      scheduleMs50k: scheduleMs,
      rssBytesWhileSending: peakRss,
      rssBytesBeforeScheduling: rssBefore,
      sent: sids,
      sendsPerSecond: Math.round(sids / seconds),
    };
  } finally {
    await store.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [redisUrl, count, sendMs] = process.argv.slice(2);
  run(redisUrl!, Number(count ?? 50_000), Number(sendMs ?? 20_000))
    .then((result) => {
      console.log(JSON.stringify(result));
      process.exit(0);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
