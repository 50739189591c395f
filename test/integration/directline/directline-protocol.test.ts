import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { connectClient } from './directline-client';
import { call, SECRET, startStubDirectLine, type StubDirectLine } from './stub-direct-line';

/** Opens a stream URL and collects the non-empty frames it pushes. */
function openStream(url: string): Promise<{ frames: { activities: { text?: string }[]; watermark: string }[]; socket: WebSocket }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    const frames: { activities: { text?: string }[]; watermark: string }[] = [];
    socket.on('message', (data) => {
      const text = data.toString();
      if (text) frames.push(JSON.parse(text));
    });
    socket.on('open', () => resolve({ frames, socket }));
    socket.on('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
    socket.on('error', reject);
  });
}

async function until(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function generate(server: StubDirectLine, body: unknown = { user: { id: 'visitor-1', name: 'Maria' }, accountId: 'NW-1001' }) {
  const response = await call(`${server.domain}/tokens/generate`, { method: 'POST', bearer: SECRET, body });
  expect(response.status).toBe(200);
  return response.body as { conversationId: string; token: string; expires_in: number };
}

describe('Direct Line endpoint', () => {
  let server: StubDirectLine;
  beforeEach(async () => {
    server = await startStubDirectLine({ limits: { messagesPerMinute: 5 } });
  });
  afterEach(async () => {
    await server.close();
  });

  describe('tokens/generate', () => {
    it('mints a token bound to a new conversation for the holder of the secret', async () => {
      const started = await generate(server);
      expect(started.conversationId).toMatch(/^[\w-]{20,}$/);
      expect(started.expires_in).toBe(1800);
      expect(started.token).not.toContain(SECRET);
    });

    it('refuses a missing secret with 401 and a wrong one with 403', async () => {
      const missing = await call(`${server.domain}/tokens/generate`, { method: 'POST', body: {} });
      expect(missing).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
      const wrong = await call(`${server.domain}/tokens/generate`, { method: 'POST', bearer: 'not-the-secret', body: {} });
      expect(wrong).toMatchObject({ status: 403, body: { error: { code: 'bad_secret' } } });
    });

    it('does not accept a visitor token in place of the secret', async () => {
      const { token } = await generate(server);
      const response = await call(`${server.domain}/tokens/generate`, { method: 'POST', bearer: token, body: {} });
      expect(response).toMatchObject({ status: 403, body: { error: { code: 'bad_secret' } } });
    });

    it('validates the body and the vouched account', async () => {
      const bad = await call(`${server.domain}/tokens/generate`, { method: 'POST', bearer: SECRET, body: { user: { id: 42 } } });
      expect(bad).toMatchObject({ status: 400, body: { error: { code: 'invalid_body' } } });
      const unknown = await call(`${server.domain}/tokens/generate`, { method: 'POST', bearer: SECRET, body: { accountId: 'NW-9999' } });
      expect(unknown).toMatchObject({ status: 422, body: { error: { code: 'unknown_account' } } });
    });

    it('is open without Authorization only when no secret is configured (development)', async () => {
      const open = await startStubDirectLine({ secret: null });
      try {
        const response = await call(`${open.domain}/tokens/generate`, { method: 'POST', body: { user: { id: 'dev' } } });
        expect(response.status).toBe(200);
        expect(response.body.token).toEqual(expect.any(String));
      } finally {
        await open.close();
      }
    });
  });

  describe('token misuse', () => {
    it('answers 401 when the token is missing', async () => {
      const { conversationId } = await generate(server);
      const response = await call(`${server.domain}/conversations/${conversationId}/activities`);
      expect(response).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
    });

    it('answers 403 token_expired once the token outlives its lifetime, and it cannot be refreshed', async () => {
      const { conversationId, token } = await generate(server);
      server.clock.advance(31 * 60_000);
      const read = await call(`${server.domain}/conversations/${conversationId}/activities`, { bearer: token });
      expect(read).toMatchObject({ status: 403, body: { error: { code: 'token_expired' } } });
      const write = await call(`${server.domain}/conversations/${conversationId}/activities`, { method: 'POST', bearer: token, body: { type: 'message', text: 'hi' } });
      expect(write).toMatchObject({ status: 403, body: { error: { code: 'token_expired' } } });
      const refresh = await call(`${server.domain}/tokens/refresh`, { method: 'POST', bearer: token });
      expect(refresh).toMatchObject({ status: 403, body: { error: { code: 'token_expired' } } });
      expect(server.handled).toHaveLength(0);
    });

    it("answers 403 wrong_conversation when a token reaches for another conversation", async () => {
      const mine = await generate(server);
      const theirs = await generate(server, { user: { id: 'visitor-2' } });
      for (const request of [
        call(`${server.domain}/conversations/${theirs.conversationId}`, { bearer: mine.token }),
        call(`${server.domain}/conversations/${theirs.conversationId}/activities`, { bearer: mine.token }),
        call(`${server.domain}/conversations/${theirs.conversationId}/activities`, { method: 'POST', bearer: mine.token, body: { type: 'message', text: 'hi' } }),
      ]) {
        expect(await request).toMatchObject({ status: 403, body: { error: { code: 'wrong_conversation' } } });
      }
      const stream = `${server.baseUrl.replace('http', 'ws')}/v3/directline/conversations/${theirs.conversationId}/stream?t=${mine.token}`;
      await expect(openStream(stream)).rejects.toThrow('403');
      expect(server.handled).toHaveLength(0);
    });

    it('answers 403 token_invalid to a forged token: a changed grant, a made-up signature, or garbage', async () => {
      const mine = await generate(server);
      const [payload, signature] = mine.token.split('.') as [string, string];
      const grant = JSON.parse(Buffer.from(payload, 'base64url').toString());
      const otherAccount = Buffer.from(JSON.stringify({ ...grant, accountId: 'NW-1002' })).toString('base64url');
      const forgeries = [`${otherAccount}.${signature}`, `${payload}.${'A'.repeat(signature.length)}`, 'garbage', `${payload}.${signature}.extra`];
      for (const forged of forgeries) {
        const response = await call(`${server.domain}/conversations/${mine.conversationId}/activities`, { method: 'POST', bearer: forged, body: { type: 'message', text: 'hi' } });
        expect(response).toMatchObject({ status: 403, body: { error: { code: 'token_invalid' } } });
      }
      const stream = `${server.baseUrl.replace('http', 'ws')}/v3/directline/conversations/${mine.conversationId}/stream?t=garbage`;
      await expect(openStream(stream)).rejects.toThrow('403');
      expect(server.handled).toHaveLength(0);
    });
  });

  describe('conversation', () => {
    it('refreshes a token for the same conversation', async () => {
      const started = await generate(server);
      server.clock.advance(10 * 60_000);
      const refreshed = await call(`${server.domain}/tokens/refresh`, { method: 'POST', bearer: started.token });
      expect(refreshed.status).toBe(200);
      expect(refreshed.body.conversationId).toBe(started.conversationId);
      server.clock.advance(25 * 60_000); // past the first token's life, within the new one's
      const read = await call(`${server.domain}/conversations/${started.conversationId}/activities`, { bearer: refreshed.body.token });
      expect(read.status).toBe(200);
    });

    it('starts the token\'s own conversation and gives a stream URL on this server', async () => {
      const started = await generate(server);
      const response = await call(`${server.domain}/conversations`, { method: 'POST', bearer: started.token, body: { user: { id: 'ignored' } } });
      expect(response.status).toBe(201);
      expect(response.body.conversationId).toBe(started.conversationId);
      expect(response.body.streamUrl).toMatch(new RegExp(`^ws://127\\.0\\.0\\.1:\\d+/v3/directline/conversations/${started.conversationId}/stream\\?t=`));
    });

    it('echoes the visitor\'s message with server id, timestamp and sender, then the reply, with a string watermark', async () => {
      const started = await generate(server);
      const posted = await call(`${server.domain}/conversations/${started.conversationId}/activities`, {
        method: 'POST',
        bearer: started.token,
        body: { type: 'message', text: 'hello', from: { id: 'someone-else', name: 'Maria' }, channelData: { clientActivityID: 'c-1' } },
      });
      expect(posted.status).toBe(200);
      const read = await call(`${server.domain}/conversations/${started.conversationId}/activities?watermark=`, { bearer: started.token });
      const [echo, reply] = read.body.activities;
      expect(echo).toMatchObject({ id: posted.body.id, type: 'message', text: 'hello', from: { id: 'visitor-1', name: 'Maria', role: 'user' }, channelData: { clientActivityID: 'c-1' }, timestamp: '2026-11-23T15:00:00.000Z' });
      expect(reply).toMatchObject({ text: 'You said: hello', from: { role: 'bot', name: 'Northwind Energy' }, replyToId: echo.id, suggestedActions: { actions: [{ type: 'imBack', title: 'Yes', value: 'yes' }, { type: 'imBack', title: 'No', value: 'no' }] } });
      expect(reply.channelData).toBeUndefined();
      expect(read.body.watermark).toBe('2');
      const after = await call(`${server.domain}/conversations/${started.conversationId}/activities?watermark=2`, { bearer: started.token });
      expect(after.body).toEqual({ activities: [], watermark: '2' });
    });

    it('hands the assistant a web-chat message carrying the vouched account and a conversation-scoped id', async () => {
      const started = await generate(server);
      await call(`${server.domain}/conversations/${started.conversationId}/activities`, { method: 'POST', bearer: started.token, body: { type: 'message', text: 'hi', channelData: { clientActivityID: 'c-9' } } });
      expect(server.handled).toEqual([
        { channel: 'webchat', conversationId: started.conversationId, address: started.conversationId, text: 'hi', messageId: `${started.conversationId}:c-9`, vouchedAccountId: 'NW-1001', from: { id: 'visitor-1', name: 'Maria' } },
      ]);
    });

    it('echoes a retried post (same clientActivityID) once and runs the turn once', async () => {
      const started = await generate(server);
      const body = { type: 'message', text: 'hi', channelData: { clientActivityID: 'retry-me' } };
      const first = await call(`${server.domain}/conversations/${started.conversationId}/activities`, { method: 'POST', bearer: started.token, body });
      const second = await call(`${server.domain}/conversations/${started.conversationId}/activities`, { method: 'POST', bearer: started.token, body });
      expect(second.body.id).toBe(first.body.id);
      expect(server.handled).toHaveLength(1);
    });

    it('acknowledges typing without running a turn, and rejects attachments and bad watermarks', async () => {
      const started = await generate(server);
      const url = `${server.domain}/conversations/${started.conversationId}/activities`;
      expect((await call(url, { method: 'POST', bearer: started.token, body: { type: 'typing' } })).status).toBe(200);
      expect(server.handled).toHaveLength(0);
      const attachment = await call(url, { method: 'POST', bearer: started.token, body: { type: 'message', attachments: [{ contentType: 'image/png' }] } });
      expect(attachment).toMatchObject({ status: 400, body: { error: { code: 'invalid_body' } } });
      const watermark = await call(`${url}?watermark=abc`, { bearer: started.token });
      expect(watermark).toMatchObject({ status: 400, body: { error: { code: 'invalid_watermark' } } });
    });

    it('limits token requests per address, except for the portal backend holding the secret', async () => {
      const limited = await startStubDirectLine({ limits: { tokensPerMinute: 2 } });
      try {
        for (let i = 0; i < 4; i += 1) await generate(limited);
        const guesses: number[] = [];
        for (let i = 0; i < 3; i += 1) guesses.push((await call(`${limited.domain}/tokens/generate`, { method: 'POST', bearer: 'guess', body: {} })).status);
        expect(guesses).toEqual([403, 403, 429]);
      } finally {
        await limited.close();
      }
    });

    it('limits messages per conversation', async () => {
      const started = await generate(server);
      const url = `${server.domain}/conversations/${started.conversationId}/activities`;
      const statuses: number[] = [];
      for (let i = 0; i < 6; i += 1) statuses.push((await call(url, { method: 'POST', bearer: started.token, body: { type: 'message', text: `m${i}` } })).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
      const other = await generate(server);
      const fresh = await call(`${server.domain}/conversations/${other.conversationId}/activities`, { method: 'POST', bearer: other.token, body: { type: 'message', text: 'hi' } });
      expect(fresh.status).toBe(200);
    });
  });

  describe('stream', () => {
    it('pushes activities as frames, replays what a reconnecting client missed, and carries deliveries', async () => {
      const started = await generate(server);
      const { body } = await call(`${server.domain}/conversations`, { method: 'POST', bearer: started.token });
      const first = await openStream(body.streamUrl);
      await call(`${server.domain}/conversations/${started.conversationId}/activities`, { method: 'POST', bearer: started.token, body: { type: 'message', text: 'one' } });
      await until(() => first.frames.length === 2);
      expect(first.frames.map((frame) => [frame.activities[0]?.text, frame.watermark])).toEqual([['one', '1'], ['You said: one', '2']]);
      first.socket.close();

      await call(`${server.domain}/conversations/${started.conversationId}/activities`, { method: 'POST', bearer: started.token, body: { type: 'message', text: 'two' } });
      const reconnect = await call(`${server.domain}/conversations/${started.conversationId}?watermark=2`, { bearer: started.token });
      const second = await openStream(reconnect.body.streamUrl);
      await until(() => second.frames.length === 1);
      expect(second.frames[0]!.activities.map((activity) => activity.text)).toEqual(['two', 'You said: two']);

      await server.directLine.deliver(started.conversationId, { type: 'message', text: 'Sam here, from the billing team.' }, { id: 'specialist:sam', name: 'Sam' });
      await until(() => second.frames.length === 2);
      expect(second.frames[1]!.activities[0]).toMatchObject({ text: 'Sam here, from the billing team.', from: { id: 'specialist:sam', name: 'Sam', role: 'bot' } });
      second.socket.close();
    });

    it('keeps an open stream going when its conversation was idle long enough to be dropped: what comes next still arrives', async () => {
      const started = await generate(server);
      const { body } = await call(`${server.domain}/conversations`, { method: 'POST', bearer: started.token });
      const stream = await openStream(body.streamUrl);
      await call(`${server.domain}/conversations/${started.conversationId}/activities`, { method: 'POST', bearer: started.token, body: { type: 'message', text: 'one' } });
      await until(() => stream.frames.length === 2);
      server.clock.advance(61 * 60_000);
      await server.directLine.deliver(started.conversationId, { type: 'message', text: 'Sam here, after a while.' }, { id: 'specialist:sam', name: 'Sam' });
      await until(() => stream.frames.length === 3);
      expect(stream.frames[2]!.activities.map((activity) => activity.text)).toEqual(['Sam here, after a while.']);
      stream.socket.close();
    });
  });

  describe('with botframework-directlinejs', () => {
    it('talks through the unmodified client over the WebSocket', async () => {
      const started = await generate(server);
      const connection = connectClient(server.domain, started.token, { id: 'visitor-1', name: 'Maria' });
      try {
        const id = await connection.send('hello there');
        expect(id).toMatch(new RegExp(`^${started.conversationId}\\|`));
        const echo = await connection.waitFor((activity) => activity.id === id);
        expect(echo.from).toMatchObject({ id: 'visitor-1', role: 'user' });
        const reply = await connection.waitFor((activity) => activity.replyToId === id);
        expect(reply.text).toBe('You said: hello there');
        expect(reply.suggestedActions?.actions.map((action) => action.title)).toEqual(['Yes', 'No']);
      } finally {
        connection.end();
      }
    });
  });
});
