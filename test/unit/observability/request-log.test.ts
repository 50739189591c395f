import express, { Router } from 'express';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/observability/logger';
import { createMetrics } from '../../../src/observability/metrics';
import { requestObserver } from '../../../src/observability/request-log';

/** A real express app with the observer in front, a routed path, and one mounted router. */
async function withApp(run: (baseUrl: string) => Promise<void>) {
  const lines: string[] = [];
  const metrics = createMetrics({ processMetrics: false });
  const app = express();
  app.use(requestObserver({ metrics, logger: createLogger({ level: 'info', destination: { write: (line) => void lines.push(line) } }) }));
  app.get('/api/accounts/:id', (_req, res) => void res.json({ ok: true }));
  const nested = Router();
  nested.get('/:handoffId', (_req, res) => void res.status(202).end());
  app.use('/api/handoffs', nested);
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
  return { metrics, records: lines.map((line) => JSON.parse(line) as Record<string, unknown>), text: lines.join('') };
}

describe('the request observer', () => {
  it('labels requests with the route pattern, never the path or the query string', async () => {
    const { metrics, records, text } = await withApp(async (baseUrl) => {
      await fetch(`${baseUrl}/api/accounts/NW-1001?token=secret-token`);
      await fetch(`${baseUrl}/api/handoffs/case-42`);
      await fetch(`${baseUrl}/+15125550101`);
    });
    expect(records.map(({ method, route, status }) => ({ method, route, status }))).toEqual([
      { method: 'GET', route: '/api/accounts/:id', status: 200 },
      { method: 'GET', route: '/api/handoffs/:handoffId', status: 202 },
      { method: 'GET', route: 'unmatched', status: 404 },
    ]);
    expect(records[0]).toMatchObject({ level: 'info', msg: 'request completed', ms: expect.any(Number) });
    const exposition = await metrics.registry.metrics();
    expect(exposition).toContain('amicable_http_requests_total{method="GET",route="/api/accounts/:id",status="200"} 1');
    expect(exposition).toContain('amicable_http_requests_total{method="GET",route="unmatched",status="404"} 1');
    for (const output of [text, exposition]) expect(output).not.toMatch(/NW-1001|secret-token|case-42|5125550101/);
  });
});
