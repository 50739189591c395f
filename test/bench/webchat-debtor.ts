import type { Agent } from 'node:http';
import { BENCH_DIRECTLINE_SECRET } from './amicable-server';
import { debtorAgent, send } from './http-client';
import type { Recorder } from './load';
import { benchAccountId } from './portfolio';

/** The portal vouches for the account, so the visitor goes straight to the options. */
export const WEBCHAT_SCRIPT: ReadonlyArray<readonly [text: string, expected: RegExp]> = [
  ['Hi', /What would you like to do/],
  ['2', /Plans from /],
  ['1', /To confirm:/],
  ['yes', /Done\./],
];

/**
 * Each visitor comes from its own loopback address (127.1.x.y): tokens/generate is rate limited
 * per client IP, and a real crowd of visitors does not share one.
 */
function visitorAddress(visitor: number): string {
  return `127.${1 + Math.floor(visitor / 65_536)}.${Math.floor(visitor / 256) % 256}.${visitor % 256}`;
}

interface BotActivity {
  type: string;
  text?: string;
  replyToId?: string;
  from: { role?: string };
}

/**
 * One visitor's web chat: a token for the vouched account, then each message posted and its
 * reply read back with GET activities?watermark. A turn is timed from the post until the reply
 * can be read.
 */
export async function webchatConversation(options: { baseUrl: string; visitor: number; debtor: number; recorder: Recorder; expired: () => boolean }): Promise<void> {
  const agent: Agent = debtorAgent(visitorAddress(options.visitor));
  try {
    const base = new URL('/v3/directline/', options.baseUrl);
    let conversationId = '';
    let token = '';
    const started = await options.recorder.attempt(async () => {
      const answer = await send(agent, new URL('tokens/generate', base), {
        headers: { Authorization: `Bearer ${BENCH_DIRECTLINE_SECRET}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ accountId: benchAccountId(options.debtor), user: { id: `visitor-${options.visitor}` } }),
      });
      if (answer.status !== 200) throw new Error(`tokens/generate answered ${answer.status}: ${answer.body.slice(0, 200)}`);
      ({ conversationId, token } = JSON.parse(answer.body) as { conversationId: string; token: string });
    });
    if (!started) return;
    const activities = new URL(`conversations/${encodeURIComponent(conversationId)}/activities`, base);
    const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    let watermark = '';
    for (const [text, expected] of WEBCHAT_SCRIPT) {
      if (options.expired()) return;
      const ok = await options.recorder.time(async () => {
        const posted = await send(agent, activities, { headers, body: JSON.stringify({ type: 'message', from: { id: `visitor-${options.visitor}` }, text }) });
        if (posted.status !== 200) throw new Error(`posting "${text}" answered ${posted.status}: ${posted.body.slice(0, 200)}`);
        const { id } = JSON.parse(posted.body) as { id: string };
        const read = new URL(activities);
        if (watermark) read.searchParams.set('watermark', watermark);
        const answer = await send(agent, read, { method: 'GET', headers });
        if (answer.status !== 200) throw new Error(`GET activities answered ${answer.status}`);
        const set = JSON.parse(answer.body) as { activities: BotActivity[]; watermark: string };
        watermark = set.watermark;
        const reply = set.activities.filter((activity) => activity.from.role === 'bot' && activity.replyToId === id).map((activity) => activity.text ?? '');
        if (!expected.test(reply.join('\n'))) throw new Error(`web chat "${text}" reply lacks ${expected}: ${reply.join(' | ').slice(0, 300)}`);
      });
      if (!ok) return;
    }
  } finally {
    agent.destroy();
  }
}
