import { DateTime } from 'luxon';
import { CsvTableReader, type CsvRowProblem } from './csv-table';
import { DomainError } from './errors';
import { parseDollars, type Cents } from './money';

/** A payment the creditor's billing system received, as posted to us (CONTRACT.md). */
export interface IncomingPayment {
  paymentId: string;
  accountId: string;
  amountCents: Cents;
  /** ISO instant; a bare date means midnight UTC, which the debtor's zone then places. */
  paidAt: string;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;

/** No account we collect on was paid before this; an earlier paid_at is a typo ("1900-01-01", "0026-11-20"). */
export const EARLIEST_PAID_AT = '2000-01-01T00:00:00Z';
/** The billing system's clock may run a little ahead of ours (the same slack as signed requests). */
export const PAID_AT_MAX_SKEW_MS = 5 * 60_000;

/** Validates one payment's fields; throws DomainError naming the field at fault. */
export function readPayment(fields: { paymentId: string; accountId: string; amount: string; paidAt: string }, now: Date): IncomingPayment {
  if (!ID.test(fields.paymentId)) throw new DomainError('invalid_payment_id', 'payment_id: letters, digits, ".", "_", ":" or "-", at most 100', 'invalid');
  if (fields.accountId.trim() === '') throw new DomainError('invalid_account_id', 'account_id is empty', 'invalid');
  const amountCents = parseDollars(fields.amount);
  if (amountCents <= 0) throw new DomainError('invalid_amount', 'amount must be more than zero', 'invalid');
  const paidAt = DateTime.fromISO(fields.paidAt.trim(), { zone: 'utc' });
  if (!paidAt.isValid) throw new DomainError('invalid_paid_at', `paid_at "${fields.paidAt}" is not an ISO date or date-time`, 'invalid');
  if (paidAt.toMillis() < Date.parse(EARLIEST_PAID_AT)) {
    throw new DomainError('paid_at_out_of_range', `paid_at ${fields.paidAt} is before ${EARLIEST_PAID_AT.slice(0, 10)}`, 'invalid');
  }
  if (paidAt.toMillis() > now.getTime() + PAID_AT_MAX_SKEW_MS) {
    throw new DomainError('paid_at_out_of_range', `paid_at ${fields.paidAt} is in the future (now is ${now.toISOString()})`, 'invalid');
  }
  return { paymentId: fields.paymentId, accountId: fields.accountId.trim(), amountCents, paidAt: paidAt.toUTC().toISO() as string };
}

export const paymentFileColumns = ['payment_id', 'account_id', 'amount', 'paid_at'] as const;

const columnOfCode: Record<string, string> = {
  invalid_payment_id: 'payment_id',
  invalid_account_id: 'account_id',
  invalid_amount: 'amount',
  invalid_paid_at: 'paid_at',
  paid_at_out_of_range: 'paid_at',
};

/**
 * A payments CSV (columns payment_id, account_id, amount in dollars, paid_at), one record at a time
 * so a large import can be parsed in chunks. Bad rows are reported by line and column and the good
 * ones still read; an id repeated within the file is rejected on its second line.
 */
export class PaymentFileReader {
  private readonly table = new CsvTableReader({ errorCode: 'invalid_payment_file', required: paymentFileColumns, optional: [] });
  private readonly lineOfId = new Map<string, number>();
  private readonly payments: Array<IncomingPayment & { line: number }> = [];
  private readonly rejected: CsvRowProblem[] = [];

  constructor(private readonly now: Date) {}

  /** `endLine`: the line the record ends on (csv-parse's info.lines). Whole-file problems throw DomainError. */
  read(record: string[], endLine: number): void {
    const read = this.table.read(record, endLine);
    if (read === null) return;
    if ('problem' in read) {
      this.rejected.push(read.problem);
      return;
    }
    const { line, cells } = read.row;
    const paymentId = cells.payment_id ?? '';
    const first = this.lineOfId.get(paymentId);
    if (first !== undefined) {
      this.rejected.push({ line, column: 'payment_id', message: `"${paymentId}" already appears on line ${first}` });
      return;
    }
    this.lineOfId.set(paymentId, line);
    try {
      this.payments.push({ ...readPayment({ paymentId, accountId: cells.account_id ?? '', amount: cells.amount ?? '', paidAt: cells.paid_at ?? '' }, this.now), line });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      this.rejected.push({ line, column: columnOfCode[error.code] ?? '(row)', message: error.message });
    }
  }

  /** The payments in file order and the rejected rows by line; throws when the file had no header. */
  finish(): { payments: Array<IncomingPayment & { line: number }>; rejected: CsvRowProblem[] } {
    this.table.finish();
    return { payments: this.payments, rejected: [...this.rejected].sort((a, b) => a.line - b.line) };
  }
}
