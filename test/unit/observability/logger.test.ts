import { describe, expect, it } from 'vitest';
import { createLogger, scrubFreeText } from '../../../src/observability/logger';

/** A pino destination that keeps each JSON line for the test to read. */
function capture() {
  const lines: string[] = [];
  return {
    stream: { write: (line: string) => void lines.push(line) },
    records: () => lines.map((line) => JSON.parse(line) as Record<string, any>),
    text: () => lines.join(''),
  };
}

describe('the JSON logger', () => {
  it('writes one JSON line per entry with the level named', () => {
    const out = capture();
    createLogger({ level: 'info', destination: out.stream }).info({ route: '/sms/inbound' }, 'request completed');
    expect(out.records()).toEqual([expect.objectContaining({ level: 'info', route: '/sms/inbound', msg: 'request completed' })]);
  });

  it('censors phone numbers and message bodies wherever they sit', () => {
    const out = capture();
    createLogger({ level: 'info', destination: out.stream }).info(
      {
        phone: '+15125550101',
        body: 'my card is 4111 1111 1111 1111',
        webhook: { From: '+15125550101', To: '+18005550199', Body: 'hi' },
        turn: { debtor: { name: 'Maria Lopez', dateOfBirth: '1985-03-14' } },
      },
      'inbound',
    );
    const [record] = out.records();
    expect(record).toMatchObject({
      phone: '[redacted]',
      body: '[redacted]',
      webhook: { From: '[redacted]', To: '[redacted]', Body: '[redacted]' },
      turn: { debtor: { name: '[redacted]', dateOfBirth: '[redacted]' } },
    });
    expect(out.text()).not.toMatch(/5125550101|4111|Maria|1985/);
  });

  it('censors credentials in request headers', () => {
    const out = capture();
    createLogger({ level: 'info', destination: out.stream }).info(
      { req: { headers: { authorization: 'Bearer op-token', cookie: 'amicable_console=abc', 'x-twilio-signature': 'sig', accept: 'text/xml' } } },
      'request',
    );
    expect(out.records()[0]?.req.headers).toEqual({ authorization: '[redacted]', cookie: '[redacted]', 'x-twilio-signature': '[redacted]', accept: 'text/xml' });
  });

  it('scrubs free text and error messages of card numbers, SSNs and phone numbers', () => {
    const out = capture();
    const logger = createLogger({ level: 'info', destination: out.stream });
    logger.warn({ freeText: 'call +15125550101 or (512) 555-0101, card 4111111111111111, ssn 123-45-6789' }, 'note');
    logger.error({ err: new Error('failed for +15125550101') }, 'unexpected error');
    const [note, failure] = out.records();
    expect(note?.freeText).toBe('call [phone removed] or [phone removed], card [card removed], ssn [SSN removed]');
    expect(failure?.err).toMatchObject({ type: 'Error', message: 'failed for [phone removed]' });
    expect(out.text()).not.toMatch(/5125550101|555-0101|4111|6789/);
  });

  it('keeps dates, amounts and line numbers in free text', () => {
    expect(scrubFreeText('line 12: "2026-11-23" is not a date after $1,240.50')).toBe('line 12: "2026-11-23" is not a date after $1,240.50');
  });

  it('writes nothing at level silent, and only at or above the configured level', () => {
    const silent = capture();
    createLogger({ level: 'silent', destination: silent.stream }).error('boom');
    expect(silent.text()).toBe('');
    const warn = capture();
    const logger = createLogger({ level: 'warn', destination: warn.stream });
    logger.info('hidden');
    logger.warn('shown');
    expect(warn.records().map((record) => record.msg)).toEqual(['shown']);
  });
});
