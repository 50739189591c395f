import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorHandler } from '../../../src/api/errors';
import { ManualClock } from '../../../src/domain/clock';
import type { DomainEvent } from '../../../src/domain/events';
import { dashboardRoutes } from '../../../src/reports/dashboard-route';
import { reportRoutes } from '../../../src/reports/report-routes';
import type { Summary } from '../../../src/reports/summary';

const TOKEN = 'operator-secret';
const AUTH = { Authorization: `Bearer ${TOKEN}` };

const events: DomainEvent[] = [
  { id: 'e1', type: 'conversation.started', occurredAt: '2026-11-20T09:00:00Z', accountId: null, data: { conversationId: 'c1', channel: 'sms' } },
  { id: 'e2', type: 'verification.succeeded', occurredAt: '2026-11-20T09:01:00Z', accountId: 'a', data: { conversationId: 'c1', channel: 'sms', method: 'factors' } },
  { id: 'e3', type: 'payment.posted', occurredAt: '2026-11-22T10:00:00Z', accountId: 'a', data: { paymentId: 'p', amountCents: 12_345, paidAt: '2026-11-22', balanceCents: 0 } },
  { id: 'e4', type: 'conversation.started', occurredAt: '2026-10-01T09:00:00Z', accountId: null, data: { conversationId: 'old', channel: 'webchat' } },
];

describe('GET /api/reports/summary', () => {
  let server: Server;
  let baseUrl: string;
  const reads: Array<[string, string]> = [];

  beforeAll(async () => {
    const app = express();
    app.use(
      reportRoutes({
        // The log answers by day; this one returns everything, so the summary must filter on its own.
        readEvents: async (fromDay, toDay) => {
          reads.push([fromDay, toDay]);
          return events;
        },
        clock: new ManualClock(new Date('2026-11-23T15:00:00Z')),
        operatorToken: TOKEN,
      }),
    );
    app.use(dashboardRoutes());
    app.use(errorHandler);
    await new Promise<void>((resolve) => {
      server = app.listen(0, '127.0.0.1', () => resolve());
    });
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  const get = (path: string, headers: Record<string, string> = AUTH) => fetch(`${baseUrl}${path}`, { headers });

  it('answers 401 without the operator token, or with a wrong one', async () => {
    const attempts: Array<Record<string, string>> = [{}, { Authorization: 'Bearer wrong-secret!' }, { Authorization: TOKEN }];
    for (const headers of attempts) {
      const response = await get('/api/reports/summary', headers);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
    }
  });

  it('answers 404 operator_api_off when no token is configured', async () => {
    const app = express();
    app.use(reportRoutes({ readEvents: async () => [], clock: new ManualClock(new Date()), operatorToken: null }));
    app.use(errorHandler);
    const off = await new Promise<Server>((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    const response = await fetch(`http://127.0.0.1:${(off.address() as AddressInfo).port}/api/reports/summary`, { headers: AUTH });
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe('operator_api_off');
    await new Promise((resolve) => off.close(resolve));
  });

  it.each([
    ['a malformed day', '?from=2026-11-1&to=2026-11-20'],
    ['an impossible day', '?from=2026-02-30&to=2026-03-01'],
    ['from after to', '?from=2026-11-21&to=2026-11-20'],
    ['a period over 366 days', '?from=2024-01-01&to=2025-01-01'],
    ['an unknown format', '?format=xml'],
    ['a repeated parameter', '?from=2026-11-01&from=2026-11-02'],
    ['from after today, without to', '?from=2026-11-24'],
  ])('answers 400 invalid_query for %s', async (_what, query) => {
    const response = await get(`/api/reports/summary${query}`);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body).toEqual({ error: { code: 'invalid_query', message: expect.any(String) } });
    expect(body.error.message.length).toBeGreaterThan(0);
  });

  it('accepts a period of exactly 366 days', async () => {
    const response = await get('/api/reports/summary?from=2024-01-01&to=2024-12-31');
    expect(response.status).toBe(200);
    expect(((await response.json()) as Summary).byDay).toHaveLength(366);
  });

  it('defaults to the 30 days ending today (UTC, from the clock) and answers the figures as JSON', async () => {
    reads.length = 0;
    const response = await get('/api/reports/summary');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const summary = (await response.json()) as Summary;
    expect(reads).toEqual([['2026-10-25', '2026-11-23']]);
    expect(summary.period).toEqual({ from: '2026-10-25', to: '2026-11-23' });
    expect(summary.byDay).toHaveLength(30);
    expect(summary.totals).toMatchObject({ conversations: 1, verified: 1, verificationRate: 1, selfServiceRate: 1, collectedCents: 12_345, promiseKeptRate: null });
    expect(summary.byDay.find((day) => day.day === '2026-11-22')?.collectedCents).toBe(12_345);
    expect(Object.keys(summary.byChannel)).toEqual(['sms']);
  });

  it('takes an explicit period', async () => {
    const summary = (await (await get('/api/reports/summary?from=2026-11-21&to=2026-11-22')).json()) as Summary;
    expect(summary.byDay.map((day) => day.day)).toEqual(['2026-11-21', '2026-11-22']);
    expect(summary.totals).toMatchObject({ conversations: 0, verificationRate: null, collectedCents: 12_345 });
  });

  it('answers CSV as an attachment with one row per day and a total row', async () => {
    const response = await get('/api/reports/summary?from=2026-11-20&to=2026-11-22&format=csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="amicable-summary-2026-11-20-to-2026-11-22.csv"');
    const lines = (await response.text()).trimEnd().split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^day,conversations,verified,verification_rate,/);
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(['2026-11-20', '2026-11-21', '2026-11-22', 'total']);
    expect(lines[1]).toMatch(/^2026-11-20,1,1,1,/);
    expect(lines[4]).toContain(',12345,123.45,');
  });

  it('serves the dashboard page under a strict content security policy', async () => {
    const redirect = await fetch(`${baseUrl}/dashboard`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/dashboard/');

    const page = await fetch(`${baseUrl}/dashboard/`);
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const html = await page.text();
    expect(html).toContain('<script type="module" src="/dashboard/dashboard.js"></script>');
    expect(html).not.toMatch(/<script>|<style|style="/);
    for (const file of ['dashboard.js', 'dashboard.css']) {
      expect((await fetch(`${baseUrl}/dashboard/${file}`)).status).toBe(200);
    }
  });
});
