import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorHandlerFor } from '../../../src/api/errors';
import { ConfigError } from '../../../src/config';
import { DomainError } from '../../../src/domain/errors';
import { AmicableError, Conflict, Forbidden, InvalidInput, NotFound, RateLimited, Refused, Unauthorized, Unavailable, UpstreamFailed } from '../../../src/errors';
import { StoreError } from '../../../src/store/errors';

/**
 * Issue 17 item 5: services throw what went wrong (one base, a class per meaning); the edge
 * alone turns it into an HTTP status, with the error's own code and message.
 */
describe('one error model, one mapping at the edge', () => {
  const cases: [name: string, error: Error, status: number, code: string][] = [
    ['invalid input', new InvalidInput('invalid_body', 'name: required'), 400, 'invalid_body'],
    ['unauthorized', new Unauthorized('unauthorized', 'no token'), 401, 'unauthorized'],
    ['forbidden', new Forbidden('approval_required', 'an operator approves'), 403, 'approval_required'],
    ['not found', new NotFound('campaign_not_found', 'No campaign c-9'), 404, 'campaign_not_found'],
    ['conflict', new Conflict('already_claimed', 'sam holds it'), 409, 'already_claimed'],
    ['refused by a rule', new Refused('blocked_by_compliance', 'RF-02'), 422, 'blocked_by_compliance'],
    ['a domain refusal', new DomainError('exceeds_max_term', 'no plan past 24 months'), 422, 'exceeds_max_term'],
    ['a domain record missing', new DomainError('account_not_found', 'No account "NW-9"', 'not_found'), 404, 'account_not_found'],
    ['a domain id reused', new DomainError('payment_id_reused', 'other details', 'conflict'), 409, 'payment_id_reused'],
    ['a domain input error', new DomainError('invalid_amount', '"1.999" is not an amount', 'invalid'), 400, 'invalid_amount'],
    ['the SMS provider failing', new UpstreamFailed('sms_failed', 'Twilio said 500'), 502, 'sms_failed'],
    ['a feature not configured', new Unavailable('sms_unavailable', 'Outbound SMS is off'), 503, 'sms_unavailable'],
    ['a store record missing', new StoreError('not_found', 'No arrangement a-1'), 404, 'not_found'],
    ['a store update that kept losing', new StoreError('conflict', 'gave up after 10 tries'), 409, 'conflict'],
    ['a store lock held too long', new StoreError('lock_timeout', 'waited 5000 ms'), 503, 'store_unavailable'],
  ];
  const logged: unknown[] = [];
  let server: Server;
  let baseUrl: string;

  beforeAll(async () => {
    const app = express();
    cases.forEach(([, error], n) =>
      app.get(`/case/${n}`, () => {
        throw error;
      }),
    );
    app.get('/limited', () => {
      throw new RateLimited('sign_in_locked', 'Too many wrong passwords', 900);
    });
    app.get('/misconfigured', () => {
      throw new ConfigError(['OPERATOR_TOKEN: too short']);
    });
    app.use(errorHandlerFor({ error: ({ err }) => logged.push(err) }));
    await new Promise<void>((resolve) => {
      server = app.listen(0, '127.0.0.1', () => resolve());
    });
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it.each(cases.map(([name, error, status, code], n) => ({ name, error, status, code, n })))('answers $status $code for $name', async ({ error, status, code, n }) => {
    const response = await fetch(`${baseUrl}/case/${n}`);
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual({ error: { code, message: expect.any(String) } });
    expect(error).toBeInstanceOf(AmicableError);
  });

  it('answers 429 with Retry-After when the error knows when to ask again', async () => {
    const response = await fetch(`${baseUrl}/limited`);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('900');
    expect(await response.json()).toEqual({ error: { code: 'sign_in_locked', message: 'Too many wrong passwords' } });
  });

  it('answers 500 internal to a configuration error met while serving, and logs it', async () => {
    const response = await fetch(`${baseUrl}/misconfigured`);
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: { code: 'internal', message: expect.any(String) } });
    expect(logged).toEqual([expect.any(ConfigError)]);
  });

  it('keeps each error class named for what it is, with its code, for logs and callers', () => {
    expect(new StoreError('unavailable', 'down')).toMatchObject({ name: 'StoreError', code: 'unavailable', kind: 'unavailable' });
    expect(new DomainError('invalid_count', 'x')).toMatchObject({ name: 'DomainError', kind: 'refused' });
    expect(new ConfigError(['x'])).toMatchObject({ name: 'ConfigError', code: 'invalid_config', kind: 'misconfigured' });
    expect(new NotFound('handoff_not_found', 'x').name).toBe('NotFound');
  });
});
