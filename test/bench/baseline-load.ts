import { randomUUID } from 'node:crypto';
import type { Agent } from 'node:http';
import { FIXED_TWIML } from './baseline-servers';
import { send } from './http-client';
import type { Recorder } from './load';

/** The same form an inbound SMS carries, unsigned: the bare handler checks nothing. */
export async function expressRequest(baseUrl: string, agent: Agent, recorder: Recorder, index: number): Promise<void> {
  const body = new URLSearchParams({ From: '+15125550101', To: '+18005550199', Body: 'Hi', MessageSid: `SM${index}`, NumMedia: '0' }).toString();
  await recorder.time(async () => {
    const answer = await send(agent, new URL('/sms', baseUrl), { headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body });
    if (answer.status !== 200 || answer.body !== FIXED_TWIML) throw new Error(`express baseline answered ${answer.status}`);
  });
}

/** One message activity as a channel posts it; the echo goes back to `serviceUrl`. */
export async function echoBotRequest(baseUrl: string, serviceUrl: string, agent: Agent, recorder: Recorder, worker: number): Promise<void> {
  const activity = {
    type: 'message',
    id: randomUUID(),
    text: 'Hi',
    channelId: 'bench',
    serviceUrl,
    conversation: { id: `bench-${worker}` },
    from: { id: `debtor-${worker}` },
    recipient: { id: 'echo-bot' },
  };
  await recorder.time(async () => {
    const answer = await send(agent, new URL('/api/messages', baseUrl), { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(activity) });
    if (answer.status < 200 || answer.status > 299) throw new Error(`echo bot answered ${answer.status}: ${answer.body.slice(0, 200)}`);
  });
}
