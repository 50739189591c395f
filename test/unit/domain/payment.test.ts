import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/domain/errors';
import { PaymentFileReader, readPayment } from '../../../src/domain/payment';

const now = new Date('2026-12-03T15:00:00Z');
const fields = (paidAt: string) => ({ paymentId: 'pay-1', accountId: 'NW-1001', amount: '10.00', paidAt });
const codeOf = (paidAt: string) => {
  try {
    readPayment(fields(paidAt), now);
    return 'accepted';
  } catch (error) {
    return error instanceof DomainError ? error.code : 'threw';
  }
};

describe('a payment\'s paidAt', () => {
  it('is accepted from 2000-01-01 up to five minutes ahead of our clock', () => {
    for (const paidAt of ['2000-01-01', '2000-01-01T00:00:00Z', '2026-12-03', '2026-12-03T15:00:00Z', '2026-12-03T15:04:59Z', '2026-12-03T10:04:00-05:00', '2019-06-30T23:59:59.999Z']) {
      expect({ paidAt, code: codeOf(paidAt) }).toEqual({ paidAt, code: 'accepted' });
    }
  });

  it('is refused as paid_at_out_of_range before 2000 (a typo such as 1900 or 0026)', () => {
    for (const paidAt of ['1900-01-01', '1999-12-31T23:59:59Z', '0026-11-20', '1970-01-01T00:00:00Z', '2000-01-01T03:00:00+05:00']) {
      expect({ paidAt, code: codeOf(paidAt) }).toEqual({ paidAt, code: 'paid_at_out_of_range' });
    }
  });

  it('is refused as paid_at_out_of_range more than five minutes in the future', () => {
    for (const paidAt of ['2026-12-03T15:05:01Z', '2026-12-04', '2027-01-01T00:00:00Z', '2126-12-03', '2026-12-03T10:06:00-05:00']) {
      expect({ paidAt, code: codeOf(paidAt) }).toEqual({ paidAt, code: 'paid_at_out_of_range' });
    }
  });

  it('is refused as invalid_paid_at when it is not an ISO date', () => {
    for (const paidAt of ['yesterday', '12/01/2026', '2026-13-01', '']) expect(codeOf(paidAt)).toBe('invalid_paid_at');
  });

  it('is reported in the paid_at column of an import, the other rows still read', () => {
    const reader = new PaymentFileReader(now);
    const records = [['payment_id', 'account_id', 'amount', 'paid_at'], ['a', 'NW-1001', '1.00', '1900-01-01'], ['b', 'NW-1001', '1.00', '2026-12-01'], ['c', 'NW-1001', '1.00', '2030-01-01']];
    records.forEach((record, index) => reader.read(record, index + 1));
    const file = reader.finish();
    expect(file.payments.map((payment) => payment.paymentId)).toEqual(['b']);
    expect(file.rejected).toEqual([
      { line: 2, column: 'paid_at', message: 'paid_at 1900-01-01 is before 2000-01-01' },
      { line: 4, column: 'paid_at', message: expect.stringContaining('is in the future') },
    ]);
  });
});
