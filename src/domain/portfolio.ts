import { IANAZone } from 'luxon';
import { z } from 'zod';
import { accountStatuses, type Account, type AccountFlag, type AccountStatus, type Itemization } from './account';
import { readCsvTable } from './csv-table';
import { centsToDecimal, parseDollars, type Cents } from './money';
import { normalizePhone } from './phone';

/** A portfolio names a handful of zones; checking each builds an Intl formatter, so remember them. */
const zoneValidity = new Map<string, boolean>();
function isKnownZone(zone: string): boolean {
  let valid = zoneValidity.get(zone);
  if (valid === undefined) {
    valid = IANAZone.isValidZone(zone);
    zoneValidity.set(zone, valid);
  }
  return valid;
}

/**
 * The portfolio a creditor hands us as CSV (CONTRACT.md "Portfolio CSV"). Pure: text in, accounts
 * and rejected rows out. A bad row never stops the import (good rows still load); a bad header
 * does, because then every row would be read wrong.
 */

export const requiredColumns = ['account_id', 'first_name', 'last_name', 'phone', 'date_of_birth', 'zip', 'current_balance'] as const;
export const optionalColumns = [
  'email',
  'ssn_last4',
  'language',
  'timezone',
  'creditor',
  'account_last4',
  'itemization_date',
  'itemization_balance',
  'interest_since',
  'fees_since',
  'payments_since',
  'credits_since',
  'days_past_due',
  'status',
  'time_barred',
  'sms_consent',
  'consent_date',
  'validation_period_end',
] as const;
const itemizationColumns = ['itemization_date', 'itemization_balance', 'interest_since', 'fees_since', 'payments_since', 'credits_since'] as const;

export interface RejectedRow {
  /** Line in the file: the header is line 1, the first account line 2. */
  line: number;
  column: string;
  message: string;
}

export interface PortfolioImport {
  accounts: Account[];
  rejected: RejectedRow[];
  counts: { rows: number; loaded: number; rejected: number };
}

/** Statuses that are themselves a reason to stop or restrict collection carry the matching flag. */
const statusFlags: Partial<Record<AccountStatus, AccountFlag>> = {
  disputed: 'dispute',
  cease: 'cease',
  attorney: 'attorney',
  bankruptcy: 'bankruptcy',
  deceased: 'deceased',
};

// An empty cell means "not given": optional columns take their default, required ones fail.
const blankToUndefined = (value: unknown) => (typeof value === 'string' && value === '' ? undefined : value);
const lowercase = (value: unknown) => (typeof value === 'string' ? value.toLowerCase() : value);
const cell = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema);
const required = (what: string) => z.string({ error: `is required (${what})` });

const money = (what: string) =>
  required(what).transform((text, ctx) => {
    try {
      return parseDollars(text);
    } catch {
      ctx.addIssue({ code: 'custom', message: `"${text}" is not an amount in dollars with at most two decimals (e.g. 1240.50)` });
      return z.NEVER;
    }
  });

// z.iso.date checks the calendar too: 2023-02-29 and 2024-04-31 are refused.
const calendarDate = (what: string) => z.iso.date({ error: (issue) => (issue.input === undefined ? `is required (${what})` : `"${String(issue.input)}" is not a real date YYYY-MM-DD`) });

const lastFour = z.string().regex(/^\d{4}$/, 'must be exactly 4 digits');

// Spreadsheets write TRUE/FALSE; the contract says true|false: both spellings are accepted.
const yesNo = cell(z.preprocess(lowercase, z.enum(['true', 'false'], { error: 'must be true or false' }).default('false'))).transform((v) => v === 'true');

const rowSchema = z.object({
  // Ids appear in operator URLs (/api/accounts/:id) and store keys, so only URL-safe characters.
  account_id: cell(required('an account id').regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/, 'must be 1-64 letters, digits, ".", "_", ":" or "-"')),
  first_name: cell(required('a first name').max(100, 'must be at most 100 characters')),
  last_name: cell(required('a last name').max(100, 'must be at most 100 characters')),
  phone: cell(
    required('a phone number').transform((text, ctx) => {
      const phone = normalizePhone(text);
      if (phone === null) ctx.addIssue({ code: 'custom', message: `"${text}" is not a valid phone number` });
      return phone ?? z.NEVER;
    }),
  ),
  date_of_birth: cell(calendarDate('a date of birth')),
  // ZIP+4 is accepted; verification compares the five-digit ZIP, so that is what is kept.
  zip: cell(
    required('a ZIP code')
      .regex(/^\d{5}(-\d{4})?$/, 'must be a 5-digit ZIP code (leading zeros kept, e.g. 02108)')
      .transform((zip) => zip.slice(0, 5)),
  ),
  current_balance: cell(money('the balance owed')),
  email: cell(z.email('is not an email address').optional()),
  ssn_last4: cell(lastFour.optional()),
  language: cell(z.preprocess(lowercase, z.enum(['en', 'es'], { error: 'must be en or es' }).default('en'))),
  timezone: cell(z.string().refine(isKnownZone, 'is not an IANA time zone (e.g. America/Chicago)').optional()),
  creditor: cell(z.string().max(200, 'must be at most 200 characters').optional()),
  account_last4: cell(lastFour.optional()),
  itemization_date: cell(calendarDate('with itemization amounts').optional()),
  itemization_balance: cell(money('with itemization amounts').optional()),
  interest_since: cell(money('interest').optional()),
  fees_since: cell(money('fees').optional()),
  payments_since: cell(money('payments').optional()),
  credits_since: cell(money('credits').optional()),
  days_past_due: cell(
    z
      .string()
      .regex(/^\d{1,6}$/, 'must be a whole number of days, 0 or more')
      .transform(Number)
      .default(0),
  ),
  status: cell(z.preprocess(lowercase, z.enum(accountStatuses, { error: `must be one of ${accountStatuses.join(', ')}` }).default('active'))),
  time_barred: yesNo,
  sms_consent: yesNo,
  consent_date: cell(calendarDate('a consent date').optional()),
  validation_period_end: cell(calendarDate('a validation period end date').optional()),
});

type Row = z.output<typeof rowSchema>;

type RowResult = { ok: true; account: Account } | { ok: false; column: string; message: string };

/**
 * Reg F itemization: when any itemization column is filled, the date and balance are required,
 * missing "since" amounts are 0, and the parts must add up to the balance to the cent.
 */
function itemizationOf(row: Row, present: ReadonlySet<string>): { itemization?: Itemization } | { column: string; message: string } {
  if (!itemizationColumns.some((column) => present.has(column))) return {};
  if (row.itemization_date === undefined) return { column: 'itemization_date', message: 'is required when the row has itemization amounts' };
  if (row.itemization_balance === undefined) return { column: 'itemization_balance', message: 'is required when the row has itemization amounts' };
  const itemization: Itemization = {
    itemizationDate: row.itemization_date,
    itemizationBalanceCents: row.itemization_balance,
    interestSinceCents: row.interest_since ?? 0,
    feesSinceCents: row.fees_since ?? 0,
    paymentsSinceCents: row.payments_since ?? 0,
    creditsSinceCents: row.credits_since ?? 0,
  };
  const itemized: Cents =
    itemization.itemizationBalanceCents +
    itemization.interestSinceCents +
    itemization.feesSinceCents -
    itemization.paymentsSinceCents -
    itemization.creditsSinceCents;
  if (itemized !== row.current_balance) {
    return {
      column: 'current_balance',
      message:
        `${centsToDecimal(row.current_balance)} does not match the itemization: ` +
        `itemization_balance + interest_since + fees_since - payments_since - credits_since = ${centsToDecimal(itemized)}`,
    };
  }
  return { itemization };
}

function accountFrom(row: Row, itemization: Itemization | undefined): Account {
  const statusFlag = statusFlags[row.status];
  const account: Account = {
    id: row.account_id,
    firstName: row.first_name,
    lastName: row.last_name,
    phone: row.phone,
    dateOfBirth: row.date_of_birth,
    zip: row.zip,
    balanceCents: row.current_balance,
    language: row.language,
    daysPastDue: row.days_past_due,
    status: row.status,
    timeBarred: row.time_barred,
    smsConsent: row.sms_consent,
    flags: statusFlag ? [statusFlag] : [],
  };
  // Absent optional facts stay absent (no `key: undefined`), so stored accounts compare cleanly.
  if (row.email !== undefined) account.email = row.email;
  if (row.ssn_last4 !== undefined) account.ssnLast4 = row.ssn_last4;
  if (row.timezone !== undefined) account.timezone = row.timezone;
  if (row.creditor !== undefined) account.creditor = row.creditor;
  if (row.account_last4 !== undefined) account.accountLast4 = row.account_last4;
  if (itemization !== undefined) account.itemization = itemization;
  if (row.consent_date !== undefined) account.consentDate = row.consent_date;
  if (row.validation_period_end !== undefined) account.validationPeriodEnd = row.validation_period_end;
  return account;
}

function parseRow(cells: Record<string, string>): RowResult {
  const parsed = rowSchema.safeParse(cells);
  if (!parsed.success) {
    // One entry per rejected row: the first column at fault, the others mentioned after it.
    const problems = parsed.error.issues.map((issue) => ({ column: String(issue.path[0] ?? '(row)'), message: issue.message }));
    const [first, ...others] = problems;
    const also = others.map((p) => `; also ${p.column} ${p.message}`).join('');
    return { ok: false, column: first?.column ?? '(row)', message: `${first?.message ?? 'is invalid'}${also}` };
  }
  const present = new Set(Object.keys(cells).filter((column) => cells[column] !== ''));
  const itemization = itemizationOf(parsed.data, present);
  if ('column' in itemization) return { ok: false, ...itemization };
  return { ok: true, account: accountFrom(parsed.data, itemization.itemization) };
}

/** Parses a portfolio CSV. Throws DomainError 'invalid_portfolio' only for whole-file problems. */
export function parsePortfolio(text: string): PortfolioImport {
  const table = readCsvTable(text, { errorCode: 'invalid_portfolio', required: requiredColumns, optional: optionalColumns });
  const accounts: Account[] = [];
  const rejected: RejectedRow[] = [...table.problems];
  const lineOfId = new Map<string, number>();
  for (const { line, cells } of table.rows) {
    // The first line holding an id owns it, even when that line is rejected: which of two
    // different rows is the true account is not ours to guess.
    const id = cells.account_id ?? '';
    const firstLine = lineOfId.get(id);
    if (id !== '' && firstLine !== undefined) {
      rejected.push({ line, column: 'account_id', message: `"${id}" already appears on line ${firstLine}` });
      continue;
    }
    if (id !== '') lineOfId.set(id, line);
    const result = parseRow(cells);
    if (result.ok) accounts.push(result.account);
    else rejected.push({ line, column: result.column, message: result.message });
  }
  rejected.sort((a, b) => a.line - b.line);
  const rows = table.rows.length + table.problems.length;
  return { accounts, rejected, counts: { rows, loaded: accounts.length, rejected: rejected.length } };
}

/**
 * An account the store already holds, loaded again from a newer portfolio file: the file is the
 * creditor's system of record for who the debtor is and what they owe, but a flag a debtor raised
 * in conversation (a dispute, a cease, an attorney, a wrong number...) is never dropped by a
 * reload: only an operator action lifts it. Nor are the contact preferences they designated (RF-02, RF-06).
 */
export function reloadedAccount(stored: Account, fromFile: Account): Account {
  return {
    ...fromFile,
    flags: [...new Set([...stored.flags, ...fromFile.flags])],
    ...(stored.contactPreferences ? { contactPreferences: stored.contactPreferences } : {}),
  };
}
