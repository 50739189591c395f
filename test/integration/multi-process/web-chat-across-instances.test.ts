import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Arrangement } from '../../../src/domain/arrangement';
import { ManualClock } from '../../../src/domain/clock';
import { createStore } from '../../../src/store/create-store';
import type { Store } from '../../../src/store/store';
import type { TranscriptEntry } from '../../../src/domain/transcript';
import { DIRECTLINE_SECRET, OPERATOR_TOKEN } from '../../support/app-under-test';
import { redisUrlForTests } from '../../support/redis';
import { spawnApp, stopApp, type AppProcess } from '../../support/spawn-app';
import { connectClient, type ReceivedActivity } from '../directline/directline-client';
import { startRoundRobinProxy } from './round-robin-proxy';

const redisUrl = redisUrlForTests();

interface Activity {
  id: string;
  text?: string;
  replyToId?: string;
  from: { role: string };
}
interface ActivitySet {
  activities: Activity[];
  watermark: string;
}

const directLineOf = (app: { baseUrl: string }) => `${app.baseUrl}/v3/directline`;

async function call(url: string, init: { method?: string; bearer: string; body?: unknown }): Promise<{ status: number; body: any }> {
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers: { Authorization: `Bearer ${init.bearer}`, ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: response.status, body: await response.json() };
}

const generateToken = (app: { baseUrl: string }, body: unknown) =>
  call(`${directLineOf(app)}/tokens/generate`, { method: 'POST', bearer: DIRECTLINE_SECRET, body }).then(({ body: started }) => started as { conversationId: string; token: string });

/** The frames a raw WebSocket receives, and a way to wait for the activities they carry. */
async function openStream(app: AppProcess, conversationId: string, token: string) {
  const socket = new WebSocket(`${directLineOf(app).replace('http', 'ws')}/conversations/${conversationId}/stream?t=${token}`);
  const frames: ActivitySet[] = [];
  socket.on('message', (data) => {
    if (data.toString() !== '') frames.push(JSON.parse(data.toString()) as ActivitySet);
  });
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  const received = () => frames.flatMap((frame) => frame.activities);
  return {
    frames,
    received,
    async waitFor(predicate: (activities: Activity[]) => boolean): Promise<Activity[]> {
      for (let wait = 0; wait < 300 && !predicate(received()); wait++) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(predicate(received()), `got ${JSON.stringify(received().map((activity) => activity.text))}`).toBe(true);
      return received();
    },
    close: () => socket.close(),
  };
}

/** Issue #17 item 4: with STORE=redis any instance serves any web-chat conversation; no sticky sessions. */
describe.skipIf(!redisUrl)('web chat across two assistant processes on one Redis', () => {
  const keyPrefix = `test:web-chat-instances:${Math.random().toString(36).slice(2)}:`;
  let first: AppProcess;
  let second: AppProcess;
  let store: Store;

  beforeAll(async () => {
    [first, second] = await Promise.all([
      spawnApp({ REDIS_URL: redisUrl!, KEY_PREFIX: keyPrefix, LOAD_PORTFOLIO: 'true' }),
      spawnApp({ REDIS_URL: redisUrl!, KEY_PREFIX: keyPrefix, LOAD_PORTFOLIO: 'false' }),
    ]);
    store = createStore({ kind: 'redis', redisUrl, keyPrefix, clock: new ManualClock(new Date('2026-11-23T18:00:00Z')) });
  }, 60_000);

  afterAll(async () => {
    for (const app of [first, second]) if (app) await stopApp(app);
    await store?.close();
  });

  it("serves the real Direct Line client through a load balancer that alternates requests: the stream on one instance carries the other's replies, to a recorded plan", async () => {
    const proxy = await startRoundRobinProxy([first.baseUrl, second.baseUrl], { upgradesTo: 0 });
    const { conversationId, token } = await generateToken(proxy, { user: { id: 'portal-NW-1001', name: 'Maria' }, accountId: 'NW-1001' });
    const visitor = connectClient(directLineOf(proxy), token, { id: 'portal-NW-1001', name: 'Maria' });
    const repliesTo = (id: string) => visitor.received.filter((activity) => activity.replyToId === id);
    const titles = (activity: ReceivedActivity) => activity.suggestedActions?.actions ?? [];
    try {
      /**
       * Sends (the post answers once the turn's replies are in the feed), reads how many replies the
       * feed holds for it, and waits until the stream held by the first instance has carried them all.
       */
      const say = async (text: string) => {
        const id = await visitor.send(text);
        const feed = (await call(`${directLineOf(second)}/conversations/${conversationId}/activities`, { bearer: token })).body as ActivitySet;
        const replies = feed.activities.filter((activity) => activity.replyToId === id).length;
        expect(replies).toBeGreaterThan(0);
        await visitor.waitFor((activity) => activity.id === id);
        await visitor.waitFor(() => repliesTo(id).length === replies);
        return repliesTo(id);
      };
      const greeting = await say('Hi');
      expect(greeting.map((activity) => activity.text).join('\n')).toMatch(/Your balance is \$/);
      const menu = greeting.find((activity) => titles(activity).length > 0)!;
      const plans = (await say(titles(menu).find((action) => action.title === 'Set up a payment plan')!.value)).find((activity) => titles(activity).length > 0)!;
      const confirm = await say(titles(plans)[0]!.value);
      expect(confirm.map((activity) => activity.text).join('\n')).toMatch(/^To confirm: /m);
      const done = await say('yes');
      expect(done.map((activity) => activity.text).join('\n')).toMatch(/Your plan is set up/);
    } finally {
      visitor.end();
      await proxy.close();
    }
    const posts = proxy.served.filter((request) => request.method === 'POST' && request.path.endsWith('/activities'));
    // Both instances ran turns, and the only stream was on the first: the second's replies reached it through Redis.
    expect(new Set(posts.map((request) => request.target))).toEqual(new Set([0, 1]));
    expect(proxy.served.filter((request) => request.method === 'UPGRADE').map((request) => request.target)).toEqual([0]);
    const plans = await store.listArrangements('NW-1001');
    expect(plans.map((plan: Arrangement) => [plan.kind, plan.channel])).toEqual([['plan', 'webchat']]);
  }, 60_000);

  it('pages by watermark on either instance, pushes to a stream held by the other, and answers a clientActivityID posted to both once, even at the same moment', async () => {
    const { conversationId, token } = await generateToken(second, { user: { id: 'portal-NW-1003', name: 'Dana' }, accountId: 'NW-1003' });
    const activities = (app: AppProcess, watermark?: string) => `${directLineOf(app)}/conversations/${conversationId}/activities${watermark ? `?watermark=${watermark}` : ''}`;
    const post = (app: AppProcess, text: string, clientActivityID: string) =>
      call(activities(app), { method: 'POST', bearer: token, body: { type: 'message', from: { id: 'portal-NW-1003' }, text, channelData: { clientActivityID } } });
    const stream = await openStream(first, conversationId, token);
    try {
      const hi = await post(second, 'Hi', 'client-hi');
      expect(hi.status).toBe(200);
      await stream.waitFor((received) => received.filter((activity) => activity.replyToId === hi.body.id).length >= 2);

      const page1 = (await call(activities(first), { bearer: token })).body as ActivitySet;
      expect(page1.activities[0]).toMatchObject({ id: hi.body.id, text: 'Hi', from: { role: 'user' } });
      const balance = await post(first, 'what is my balance', 'client-balance');
      // The second instance pages on from the first's watermark: only what came after.
      const page2 = (await call(activities(second, page1.watermark), { bearer: token })).body as ActivitySet;
      expect(page2.activities[0]).toMatchObject({ id: balance.body.id, text: 'what is my balance' });
      expect(page2.activities.slice(1).every((activity) => activity.replyToId === balance.body.id)).toBe(true);
      expect(page2.activities.slice(1).map((activity) => activity.text).join('\n')).toMatch(/\$3,410\.75/);
      expect(Number(page2.watermark)).toBeGreaterThan(Number(page1.watermark));
      expect((await call(activities(first, page2.watermark), { bearer: token })).body).toEqual({ activities: [], watermark: page2.watermark });

      // Web Chat retries a post whose answer it did not see; a balancer may send the retry to the other instance.
      const [again, onceMore] = await Promise.all([post(first, 'what is my balance', 'client-balance'), post(second, 'what is my balance', 'client-balance')]);
      expect([again.body.id, onceMore.body.id]).toEqual([balance.body.id, balance.body.id]);
      expect((await call(activities(second, page2.watermark), { bearer: token })).body.activities).toEqual([]);

      // A first post and its retry land on both instances at once: one echo, one turn's replies.
      const [plan, planRetry] = await Promise.all([post(first, 'I want a payment plan', 'client-plan'), post(second, 'I want a payment plan', 'client-plan')]);
      expect([plan.status, planRetry.status, planRetry.body.id]).toEqual([200, 200, plan.body.id]);
      const afterPlan = (await call(activities(first, page2.watermark), { bearer: token })).body as ActivitySet;
      expect(afterPlan.activities.filter((activity) => activity.from.role === 'user').map((activity) => activity.id)).toEqual([plan.body.id]);
      const planReplies = afterPlan.activities.filter((activity) => activity.replyToId === plan.body.id).map((activity) => activity.text);
      expect(planReplies.length).toBeGreaterThan(0);
      expect(afterPlan.activities).toHaveLength(1 + planReplies.length);
      const inbound = (await store.readLog<TranscriptEntry>(`conversation:${conversationId}`)).filter((entry) => entry.direction === 'in');
      expect(inbound.map((entry) => entry.text)).toEqual(['Hi', 'what is my balance', 'I want a payment plan']);

      // The stream on the first instance saw everything, in order, once.
      const everything = (await call(activities(second), { bearer: token })).body as ActivitySet;
      const streamed = await stream.waitFor((received) => received.length === everything.activities.length);
      expect(streamed.map((activity) => activity.id)).toEqual(everything.activities.map((activity) => activity.id));
      expect(stream.frames.at(-1)!.watermark).toBe(everything.watermark);
    } finally {
      stream.close();
    }
  }, 60_000);

  it("carries a specialist's reply, sent through the other instance, to the debtor's open stream", async () => {
    const { conversationId, token } = await generateToken(first, { user: { id: 'portal-NW-1005', name: 'Aisha' }, accountId: 'NW-1005' });
    const stream = await openStream(first, conversationId, token);
    try {
      const asked = await call(`${directLineOf(first)}/conversations/${conversationId}/activities`, {
        method: 'POST',
        bearer: token,
        body: { type: 'message', from: { id: 'portal-NW-1005' }, text: 'I want to talk to a person', channelData: { clientActivityID: 'client-person' } },
      });
      await stream.waitFor((received) => received.some((activity) => activity.replyToId === asked.body.id && /asked a specialist/.test(activity.text ?? '')));
      const [handoff] = (await store.listHandoffs({ accountId: 'NW-1005' })).filter((candidate) => candidate.channel === 'webchat');
      const asSam = (path: string, body: unknown) => call(`${second.baseUrl}/api/handoffs/${handoff!.id}${path}`, { method: 'POST', bearer: OPERATOR_TOKEN, body });
      expect((await asSam('/claim', { specialist: 'sam' })).status).toBe(200);
      expect((await asSam('/messages', { specialist: 'sam', text: 'Sam here, from the billing team.' })).status).toBe(202);
      const received = await stream.waitFor((activities) => activities.some((activity) => activity.text === 'Sam here, from the billing team.'));
      expect(received.find((activity) => activity.text === 'Sam here, from the billing team.')).toMatchObject({ from: { id: 'specialist:sam', role: 'bot' } });
    } finally {
      stream.close();
    }
  }, 60_000);

  it('accepts a token minted by one instance on the other, and refuses a forged one on both', async () => {
    const { conversationId, token } = await generateToken(first, { user: { id: 'visitor-9' } });
    const conversation = await call(`${directLineOf(second)}/conversations/${conversationId}`, { bearer: token });
    expect(conversation.status).toBe(200);
    expect(conversation.body.streamUrl).toContain(second.baseUrl.replace('http://', 'ws://'));
    const forged = `${token.split('.')[0]}.${'A'.repeat(43)}`;
    for (const app of [first, second]) {
      expect((await call(`${directLineOf(app)}/conversations/${conversationId}`, { bearer: forged })).body.error.code).toBe('token_invalid');
    }
  });
});
