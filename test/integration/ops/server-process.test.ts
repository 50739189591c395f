import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../../support/redis-server';

/** `npm start` as an operator runs it: src/server.ts in its own process, configured by the environment only. */
async function startServer(env: Record<string, string>): Promise<{ baseUrl: string; child: ChildProcess; lines: string[]; exited: Promise<number | null> }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    // Nothing of the test runner's own environment (vitest sets NODE_ENV=test) leaks in.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let buffered = '';
  const collect = (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    const complete = buffered.split('\n');
    buffered = complete.pop()!;
    lines.push(...complete);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  let hasExited = false;
  const exited = once(child, 'exit').then(([code]) => {
    hasExited = true;
    return code as number | null;
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const ready = (async () => {
    while (!hasExited) {
      try {
        if ((await fetch(`${baseUrl}/healthz`)).ok) return 'ready' as const;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  })();
  await Promise.race([ready, exited]);
  return { baseUrl, child, lines, exited };
}

const production = {
  NODE_ENV: 'production',
  PUBLIC_BASE_URL: 'https://amicable.northwind.example',
  PAYMENT_LINK_BASE_URL: 'https://pay.northwind.example/amicable',
  TWILIO_AUTH_TOKEN: '0123456789abcdef0123456789abcdef',
  DIRECTLINE_SECRET: 'directline-secret-0123456789-abcdef',
  PAYMENT_LINK_SECRET: 'payment-link-secret-0123456789-abcdef',
  METRICS_TOKEN: 'metrics-token-0123456789-abcdefghij',
  MICROSOFT_APP_ID: '00000000-0000-0000-0000-000000000001',
  MICROSOFT_APP_PASSWORD: 'azure-bot-client-secret',
};

describe('the server process as configured by the environment', () => {
  let running: ChildProcess | undefined;
  afterEach(async () => {
    if (running && running.exitCode === null) {
      const exit = once(running, 'exit');
      running.kill('SIGKILL');
      await exit;
    }
    running = undefined;
  });

  it('in production: logs only JSON lines, refuses an unauthenticated Bot Framework call in one of them, keeps /metrics behind its token and the demo portal off', async () => {
    const server = await startServer(production);
    running = server.child;
    const activity = { type: 'message', id: 'm1', text: 'Hi', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', conversation: { id: 'c1' }, from: { id: 'u1' }, recipient: { id: 'bot' } };
    const refused = await fetch(`${server.baseUrl}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(activity) });
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as any).error.code).toBe('unauthorized');

    expect((await fetch(`${server.baseUrl}/metrics`)).status).toBe(401);
    expect((await fetch(`${server.baseUrl}/metrics`, { headers: { Authorization: `Bearer ${production.METRICS_TOKEN}` } })).status).toBe(200);
    const portal = await fetch(`${server.baseUrl}/portal/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ accountId: 'NW-1001' }) });
    expect(portal.status).toBe(404);
    expect((await fetch(`${server.baseUrl}/readyz`)).status).toBe(200);

    const exit = server.exited;
    server.child.kill('SIGTERM');
    await exit;
    expect(server.lines.length).toBeGreaterThan(3);
    const entries = server.lines.map((line) => JSON.parse(line) as { level: string; msg: string; status?: number });
    expect(entries.filter((entry) => entry.msg === 'Bot Framework request refused')).toEqual([expect.objectContaining({ level: 'warn', status: 401 })]);
    expect(entries.some((entry) => entry.level === 'error')).toBe(false);
  }, 60_000);

  it('with NODE_ENV=test: the demo portal, which vouches for any account to anyone, stays off', async () => {
    const server = await startServer({ NODE_ENV: 'test', TWILIO_AUTH_TOKEN: 'test-token', DIRECTLINE_SECRET: 'directline-secret-16', PAYMENT_LINK_SECRET: 'payment-link-secret-16' });
    running = server.child;
    const portal = await fetch(`${server.baseUrl}/portal/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ accountId: 'NW-1001' }) });
    expect(portal.status).toBe(404);
    expect(((await portal.json()) as any).error.code).toBe('portal_demo_off');
  }, 60_000);

  it('in production with unsafe configuration: refuses to start, one line per problem', async () => {
    const server = await startServer({ ...production, PUBLIC_BASE_URL: 'http://amicable.northwind.example', TWILIO_AUTH_TOKEN: 'x', PAYMENT_LINK_SECRET: 'amicable-development-payment-link-secret' });
    expect(await server.exited).toBe(1);
    expect(server.lines.filter((line) => line !== '')).toEqual([
      'Amicable cannot start:',
      '  PUBLIC_BASE_URL: must be an https:// URL when NODE_ENV=production',
      '  TWILIO_AUTH_TOKEN: must be a Twilio auth token (32 hexadecimal characters) when NODE_ENV=production',
      '  PAYMENT_LINK_SECRET: is a development value published with Amicable; generate a new one (e.g. openssl rand -hex 32)',
    ]);
  }, 60_000);
});
