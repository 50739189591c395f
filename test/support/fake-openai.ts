import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** What the fake answers to one POST /responses. */
export type FakeReply =
  /** A completed response whose output text is this value as JSON. */
  | { kind: 'answer'; body: unknown }
  /** A completed response whose output text is exactly this (e.g. malformed JSON). */
  | { kind: 'text'; text: string }
  /** An error status with an OpenAI-style error body; retryAfterMs sets `retry-after-ms`. */
  | { kind: 'status'; status: number; retryAfterMs?: number }
  /** Never answers: the client's timeout has to end it. */
  | { kind: 'hang' };

export interface RecordedRequest {
  path: string;
  body: Record<string, unknown>;
}

export interface FakeOpenAI {
  /** The SDK's baseURL. */
  baseURL: string;
  requests: RecordedRequest[];
  /** Queue replies, used in order; once empty, `fallbackReply` answers. */
  reply(...replies: FakeReply[]): void;
  fallbackReply: FakeReply;
  /** Forgets queued replies and recorded requests, so one test's leftovers never answer the next. */
  reset(): void;
  close(): Promise<void>;
}

/**
 * A small OpenAI-compatible server over real HTTP on port 0: enough of the Responses API
 * (POST /v1/responses) for the recognizer's structured-output call, scripted per request.
 */
export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  const queue: FakeReply[] = [];
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const fake: FakeOpenAI = {
    baseURL: '',
    requests,
    reply: (...replies) => void queue.push(...replies),
    fallbackReply: { kind: 'status', status: 500 },
    reset: () => {
      queue.length = 0;
      requests.length = 0;
      fake.fallbackReply = { kind: 'status', status: 500 };
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  const server: Server = createServer((req, res) => void handle(req, res));
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    if (req.method !== 'POST' || !req.url?.endsWith('/responses')) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'not found' } }));
      return;
    }
    requests.push({ path: req.url, body: JSON.parse(raw || '{}') as Record<string, unknown> });
    const next = queue.shift() ?? fake.fallbackReply;
    if (next.kind === 'hang') return;
    if (next.kind === 'status') {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (next.retryAfterMs !== undefined) headers['retry-after-ms'] = String(next.retryAfterMs);
      res.writeHead(next.status, headers).end(JSON.stringify({ error: { message: `fake ${next.status}`, type: 'fake_error', code: null } }));
      return;
    }
    const text = next.kind === 'answer' ? JSON.stringify(next.body) : next.text;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(completedResponse(text)));
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  return fake;
}

function completedResponse(text: string) {
  return {
    id: 'resp_fake',
    object: 'response',
    created_at: 0,
    status: 'completed',
    model: 'fake-model',
    output: [
      {
        type: 'message',
        id: 'msg_fake',
        status: 'completed',
        role: 'assistant',
        content: [{ type: 'output_text', text, annotations: [] }],
      },
    ],
    usage: { input_tokens: 1, output_tokens: 1, total_tokens: 2 },
  };
}
