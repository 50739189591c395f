import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/observability/logger';
import { startApp, type AppUnderTest } from '../../support/app-under-test';
import type { TranscriptEntry } from '../../../src/domain/transcript';

/** A Bot Framework channel as far as replies go: it records what the bot posts to its serviceUrl. */
async function startChannel(): Promise<{ url: string; replies: { path: string; body: any }[]; server: Server }> {
  const replies: { path: string; body: any }[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      replies.push({ path: req.url ?? '', body: JSON.parse(raw || '{}') });
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ id: `reply-${replies.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, replies, server };
}

describe('POST /api/messages (Azure Bot Service channels, Emulator mode without an app id)', () => {
  let app: AppUnderTest;
  let channel: Awaited<ReturnType<typeof startChannel>>;
  beforeEach(async () => {
    app = await startApp({ store: 'memory' });
    channel = await startChannel();
  });
  afterEach(async () => {
    await app.close();
    await new Promise((resolve) => channel.server.close(resolve));
  });

  async function say(text: string, id: string): Promise<number> {
    const response = await fetch(`${app.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id,
        text,
        channelId: 'msteams',
        serviceUrl: channel.url,
        conversation: { id: 'teams-conversation-1' },
        from: { id: 'user-1', name: 'Visitor' },
        recipient: { id: 'amicable-bot', name: 'Amicable' },
      }),
    });
    return response.status;
  }

  it('answers through the same assistant, replying on the channel serviceUrl without the internal notes of the gate', async () => {
    expect(await say('Hi', 'm1')).toBe(200);
    const texts = channel.replies.map((reply) => reply.body.text as string);
    expect(texts[0]).toMatch(/automated assistant/);
    expect(texts.join('\n')).toMatch(/mobile number/);
    expect(texts.join('\n')).not.toMatch(/\$\d/);
    for (const reply of channel.replies) {
      expect(reply.path).toMatch(/^\/v3\/conversations\/teams-conversation-1\/activities/);
      expect(reply.body.channelData).toBeUndefined();
    }
    const transcript = await app.store.readLog<TranscriptEntry>('conversation:bf:msteams:teams-conversation-1');
    expect(transcript.filter((entry) => entry.direction === 'out').every((entry) => entry.decision !== undefined)).toBe(true);
  });

  it('hands a dispute to an Azure desk with a handoff.initiate event carrying the case and the transcript', async () => {
    expect(await say('Hi', 'm1')).toBe(200);
    expect(await say("I don't owe this, it isn't my debt", 'm2')).toBe(200);
    const initiation = channel.replies.find((reply) => reply.body.type === 'event');
    expect(initiation?.body).toMatchObject({ type: 'event', name: 'handoff.initiate', value: { reason: 'dispute', priority: 2 } });
    const [attachment] = initiation!.body.attachments;
    expect(attachment).toMatchObject({ contentType: 'application/json', name: 'Transcript' });
    expect(attachment.content.activities.map((activity: { text: string }) => activity.text)).toContain("I don't owe this, it isn't my debt");
    const { body } = await app.operator('/api/handoffs?status=open');
    expect(body.handoffs).toEqual([expect.objectContaining({ id: initiation!.body.value.handoffId, channel: 'botframework' })]);
  });
});

describe('POST /api/messages with an Azure Bot app id', () => {
  let app: AppUnderTest;
  const lines: string[] = [];
  beforeEach(async () => {
    lines.length = 0;
    const logger = createLogger({ level: 'info', destination: { write: (line: string) => void lines.push(line) } });
    app = await startApp({ store: 'memory', azureBotAppId: '00000000-0000-0000-0000-000000000001', logger });
  });
  afterEach(async () => {
    await app.close();
  });

  const activity = { type: 'message', id: 'm1', text: 'Hi', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', conversation: { id: 'c1' }, from: { id: 'u1' }, recipient: { id: 'bot' } };
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${app.baseUrl}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('refuses a request without a token with 401 and a code, logged as one JSON line without a stack', async () => {
    const response = await post(activity);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
    const entries = lines.filter((line) => line.includes('Bot Framework')).map((line) => JSON.parse(line));
    expect(entries).toEqual([expect.objectContaining({ level: 'warn', msg: 'Bot Framework request refused', status: 401 })]);
    expect(lines.every((line) => line.trim().split('\n').length === 1)).toBe(true);
    expect(lines.join('')).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('answers 400 invalid_activity to a body that is not an activity, before any authentication', async () => {
    for (const body of [{}, { type: 'message' }, { ...activity, conversation: 'c1' }, [activity]]) {
      const response = await post(body);
      expect(response.status).toBe(400);
      expect(((await response.json()) as any).error.code).toBe('invalid_activity');
    }
  });
});
