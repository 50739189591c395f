import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { METRICS_TOKEN, OPERATOR_TOKEN, startApp, TWILIO_AUTH_TOKEN, type AppUnderTest } from '../../support/app-under-test';
import { SmsClient } from '../../support/sms-client';

const MARIA = '+15125550101';

/** The value of one series in the exposition, e.g. `amicable_turns_total{channel="sms"}`; 0 when absent. */
function valueOf(exposition: string, series: string): number {
  const line = exposition.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? 0 : Number(line.slice(series.length + 1));
}

/** What Prometheus does, with METRICS_TOKEN as its bearer token (scrape_config `authorization`). */
const scrape = (app: AppUnderTest) => fetch(`${app.baseUrl}/metrics`, { headers: { Authorization: `Bearer ${METRICS_TOKEN}` } });

describe('GET /metrics', () => {
  let app: AppUnderTest;

  beforeEach(async () => {
    app = await startApp({ store: 'memory' });
  });
  afterEach(async () => {
    await app?.close();
  });

  it('answers Prometheus text to the METRICS_TOKEN bearer', async () => {
    const response = await scrape(app);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const exposition = await response.text();
    expect(exposition).toContain('# TYPE amicable_http_requests_total counter');
    expect(exposition).toContain('# TYPE amicable_turn_duration_seconds histogram');
    expect(exposition).toMatch(/^process_resident_memory_bytes /m);
  });

  it('answers 401 without the token, with another one (the operator token included), or a non-ASCII one', async () => {
    for (const authorization of [undefined, `Bearer ${OPERATOR_TOKEN}`, 'Bearer nope', `Bearer é${METRICS_TOKEN.slice(1)}`, METRICS_TOKEN]) {
      const response = await fetch(`${app.baseUrl}/metrics`, { headers: authorization ? { Authorization: authorization } : {} });
      expect(response.status).toBe(401);
      expect(((await response.json()) as any).error.code).toBe('unauthorized');
    }
  });

  it('counts an SMS turn, its HTTP request and the gate decision, with no phone number or account id', async () => {
    const maria = new SmsClient({ baseUrl: app.baseUrl, publicBaseUrl: app.publicBaseUrl, authToken: TWILIO_AUTH_TOKEN, from: MARIA });
    const { status, messages } = await maria.send('Hi');
    expect(status).toBe(200);
    expect(messages.length).toBeGreaterThan(0);
    expect((await app.operator('/api/accounts/NW-1001')).status).toBe(200);
    expect((await fetch(`${app.baseUrl}/no/such/page?phone=${encodeURIComponent(MARIA)}`)).status).toBe(404);

    const exposition = await (await scrape(app)).text();
    expect(valueOf(exposition, 'amicable_turns_total{channel="sms"}')).toBeGreaterThanOrEqual(1);
    expect(valueOf(exposition, 'amicable_turn_duration_seconds_count{channel="sms"}')).toBeGreaterThanOrEqual(1);
    expect(valueOf(exposition, 'amicable_http_requests_total{method="POST",route="/sms/inbound",status="200"}')).toBe(1);
    expect(valueOf(exposition, 'amicable_http_request_duration_seconds_count{method="POST",route="/sms/inbound",status="200"}')).toBe(1);
    expect(valueOf(exposition, 'amicable_http_requests_total{method="GET",route="/api/accounts/:id",status="200"}')).toBe(1);
    expect(valueOf(exposition, 'amicable_http_requests_total{method="GET",route="unmatched",status="404"}')).toBe(1);
    const decisions = exposition.split('\n').filter((line) => line.startsWith('amicable_outbound_decisions_total{'));
    const counted = decisions.map((line) => Number(line.split(' ')[1])).reduce((sum, value) => sum + value, 0);
    expect(counted).toBeGreaterThanOrEqual(messages.length);
    expect(decisions.every((line) => line.includes('channel="sms"'))).toBe(true);

    for (const personal of ['5125550101', '555-0101', '8005550199', 'NW-1001', 'Maria']) expect(exposition).not.toContain(personal);
  });

  it('does not count a redelivered message as another turn', async () => {
    const maria = new SmsClient({ baseUrl: app.baseUrl, publicBaseUrl: app.publicBaseUrl, authToken: TWILIO_AUTH_TOKEN, from: MARIA });
    await maria.send('Hi', 'SM-redelivered-1');
    await maria.send('Hi', 'SM-redelivered-1');
    const exposition = await (await scrape(app)).text();
    expect(valueOf(exposition, 'amicable_turns_total{channel="sms"}')).toBe(1);
    expect(valueOf(exposition, 'amicable_http_requests_total{method="POST",route="/sms/inbound",status="200"}')).toBe(2);
  });
});

describe('GET /metrics without METRICS_TOKEN', () => {
  it('is off: 404 metrics_off, never open', async () => {
    const app = await startApp({ store: 'memory', metricsToken: null });
    try {
      const response = await fetch(`${app.baseUrl}/metrics`, { headers: { Authorization: `Bearer ${OPERATOR_TOKEN}` } });
      expect(response.status).toBe(404);
      expect(((await response.json()) as any).error.code).toBe('metrics_off');
    } finally {
      await app.close();
    }
  });
});
