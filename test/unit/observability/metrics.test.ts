import { describe, expect, it } from 'vitest';
import { createMetrics } from '../../../src/observability/metrics';

/** The value of one sample line of the exposition, e.g. `amicable_turns_total{channel="sms"}`. */
async function sample(metrics: ReturnType<typeof createMetrics>, series: string): Promise<number | undefined> {
  const text = await metrics.registry.metrics();
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('the app metrics', () => {
  it('gives every app its own registry, so two apps in one process do not collide', async () => {
    const first = createMetrics();
    const second = createMetrics();
    first.countOutboundDecision('allow', 'sms');
    expect(await sample(first, 'amicable_outbound_decisions_total{action="allow",channel="sms"}')).toBe(1);
    expect(await sample(second, 'amicable_outbound_decisions_total{action="allow",channel="sms"}')).toBeUndefined();
    expect(await first.registry.metrics()).toMatch(/^process_cpu_user_seconds_total /m);
  });

  it('counts and times a turn by channel when it ends', async () => {
    const metrics = createMetrics({ processMetrics: false });
    const endTurn = metrics.startTurn('webchat');
    expect(await sample(metrics, 'amicable_turns_total{channel="webchat"}')).toBeUndefined();
    endTurn();
    expect(await sample(metrics, 'amicable_turns_total{channel="webchat"}')).toBe(1);
    expect(await sample(metrics, 'amicable_turn_duration_seconds_count{channel="webchat"}')).toBe(1);
  });

  it('counts HTTP requests by method, route pattern and status', async () => {
    const metrics = createMetrics({ processMetrics: false });
    metrics.observeRequest({ method: 'GET', route: '/api/accounts/:id', status: 200, seconds: 0.02 });
    metrics.observeRequest({ method: 'GET', route: '/api/accounts/:id', status: 200, seconds: 0.03 });
    expect(await sample(metrics, 'amicable_http_requests_total{method="GET",route="/api/accounts/:id",status="200"}')).toBe(2);
    expect(await sample(metrics, 'amicable_http_request_duration_seconds_sum{method="GET",route="/api/accounts/:id",status="200"}')).toBeCloseTo(0.05);
  });
});
