import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/domain/errors';
import { parsePortfolio } from '../../../src/domain/portfolio';

const required = 'account_id,first_name,last_name,phone,date_of_birth,zip,current_balance';
const maria = 'NW-1,Maria,Lopez,+15125550101,1985-03-14,78701,1240.50';

/** A CSV with the required columns plus `extra` columns; each row is the required cells plus extras. */
function csv(rows: string[], extraColumns: string[] = []): string {
  return [[required, ...extraColumns].join(','), ...rows].join('\n') + '\n';
}

const itemized = ['itemization_date', 'itemization_balance', 'interest_since', 'fees_since', 'payments_since', 'credits_since'];

function wholeFileError(text: string): DomainError {
  try {
    parsePortfolio(text);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a whole-file error');
}

describe('portfolio import', () => {
  it('loads the sample portfolio with nothing rejected', () => {
    const result = parsePortfolio(readFileSync('data/sample-portfolio.csv', 'utf8'));
    expect(result.rejected).toEqual([]);
    expect(result.counts).toEqual({ rows: 6, loaded: 6, rejected: 0 });
  });

  it('reads a row into an account: cents, E.164 phone, defaults for what is left out', () => {
    const { accounts } = parsePortfolio(csv(['NW-1,Maria,Lopez,(512) 555-0101,1985-03-14,78701,1240.5']));
    expect(accounts).toEqual([
      {
        id: 'NW-1',
        firstName: 'Maria',
        lastName: 'Lopez',
        phone: '+15125550101',
        dateOfBirth: '1985-03-14',
        zip: '78701',
        balanceCents: 124050,
        language: 'en',
        daysPastDue: 0,
        status: 'active',
        timeBarred: false,
        smsConsent: false,
        flags: [],
      },
    ]);
  });

  it('reads every optional column', () => {
    const columns = ['email', 'ssn_last4', 'language', 'timezone', 'creditor', 'account_last4', 'days_past_due', 'status', 'time_barred', 'sms_consent', 'consent_date', 'validation_period_end'];
    const { accounts, rejected } = parsePortfolio(
      csv([`${maria},maria@example.com,4821,ES,America/Chicago,Northwind Energy,7731,95,active,TRUE,true,2025-01-10,2026-12-20`], columns),
    );
    expect(rejected).toEqual([]);
    expect(accounts[0]).toMatchObject({
      email: 'maria@example.com',
      ssnLast4: '4821',
      language: 'es',
      timezone: 'America/Chicago',
      creditor: 'Northwind Energy',
      accountLast4: '7731',
      daysPastDue: 95,
      timeBarred: true,
      smsConsent: true,
      consentDate: '2025-01-10',
      validationPeriodEnd: '2026-12-20',
    });
  });

  it('rejects a row whose itemization does not add up, with its line number', () => {
    const result = parsePortfolio(
      csv([`${maria},2026-06-30,1180.00,35.50,25.00,0,0`, 'NW-2,Ana,Ruiz,+15125550102,1980-01-01,78702,100.00,2026-06-30,90.00,5.00,5.00,10.00,'], itemized),
    );
    expect(result.accounts.map((a) => a.id)).toEqual(['NW-1']);
    expect(result.rejected).toEqual([
      {
        line: 3,
        column: 'current_balance',
        message: '100.00 does not match the itemization: itemization_balance + interest_since + fees_since - payments_since - credits_since = 90.00',
      },
    ]);
  });

  it('keeps the itemization in cents, with missing "since" amounts as 0', () => {
    const { accounts } = parsePortfolio(csv([`${maria},2026-06-30,1200.50,40.00,,,`], itemized));
    expect(accounts[0]?.itemization).toEqual({
      itemizationDate: '2026-06-30',
      itemizationBalanceCents: 120050,
      interestSinceCents: 4000,
      feesSinceCents: 0,
      paymentsSinceCents: 0,
      creditsSinceCents: 0,
    });
  });

  it('subtracts payments and credits in the itemization sum', () => {
    const { rejected } = parsePortfolio(csv([`${maria},2026-06-30,1500.00,40.50,0.00,250.00,50.00`], itemized));
    expect(rejected).toEqual([]);
  });

  it('requires the itemization date and balance once any itemization column is filled', () => {
    const { rejected } = parsePortfolio(csv([`${maria},,1240.50,,,,`, `${maria.replace('NW-1', 'NW-2')},2026-06-30,,,,,`, `${maria.replace('NW-1', 'NW-3')},,,5.00,,,`], itemized));
    expect(rejected).toEqual([
      { line: 2, column: 'itemization_date', message: 'is required when the row has itemization amounts' },
      { line: 3, column: 'itemization_balance', message: 'is required when the row has itemization amounts' },
      { line: 4, column: 'itemization_date', message: 'is required when the row has itemization amounts' },
    ]);
  });

  it('leaves the itemization out when every itemization cell is empty', () => {
    const { accounts } = parsePortfolio(csv([`${maria},,,,,,`], itemized));
    expect(accounts[0]?.itemization).toBeUndefined();
  });

  it('raises the matching flag for statuses that restrict collection', () => {
    const rows = ['disputed', 'cease', 'attorney', 'bankruptcy', 'deceased', 'paid', 'active'].map((status, i) => `${maria.replace('NW-1', `NW-${i}`)},${status}`);
    const { accounts } = parsePortfolio(csv(rows, ['status']));
    expect(accounts.map((a) => [a.status, a.flags])).toEqual([
      ['disputed', ['dispute']],
      ['cease', ['cease']],
      ['attorney', ['attorney']],
      ['bankruptcy', ['bankruptcy']],
      ['deceased', ['deceased']],
      ['paid', []],
      ['active', []],
    ]);
  });

  it('loads the good rows when bad rows exist, and counts both', () => {
    const result = parsePortfolio(csv([maria, 'NW-2,Ana,Ruiz,not-a-phone,1980-01-01,78702,10.00', 'NW-3,Luis,Gil,+15125550103,1970-05-05,78703,5.00']));
    expect(result.accounts.map((a) => a.id)).toEqual(['NW-1', 'NW-3']);
    expect(result.rejected).toEqual([{ line: 3, column: 'phone', message: '"not-a-phone" is not a valid phone number' }]);
    expect(result.counts).toEqual({ rows: 3, loaded: 2, rejected: 1 });
  });

  it.each([
    ['current_balance', '12.345', '"12.345" is not an amount in dollars with at most two decimals (e.g. 1240.50)'],
    ['current_balance', '-5.00', '"-5.00" is not an amount in dollars with at most two decimals (e.g. 1240.50)'],
    ['current_balance', '$1,240.50', '"$1,240.50" is not an amount in dollars with at most two decimals (e.g. 1240.50)'],
    ['date_of_birth', '1985-02-29', '"1985-02-29" is not a real date YYYY-MM-DD'],
    ['date_of_birth', '03/14/1985', '"03/14/1985" is not a real date YYYY-MM-DD'],
    ['zip', '2108', 'must be a 5-digit ZIP code (leading zeros kept, e.g. 02108)'],
    ['phone', '555-555-5555', '"555-555-5555" is not a valid phone number'],
    ['first_name', '', 'is required (a first name)'],
    ['account_id', 'NW 1', 'must be 1-64 letters, digits, ".", "_", ":" or "-"'],
  ])('rejects a bad %s (%s) naming the column', (column, value, message) => {
    const cells = { account_id: 'NW-1', first_name: 'Maria', last_name: 'Lopez', phone: '+15125550101', date_of_birth: '1985-03-14', zip: '78701', current_balance: '1.00', [column]: value };
    const row = Object.values(cells).map((cell) => (cell.includes(',') ? `"${cell}"` : cell)).join(',');
    expect(parsePortfolio(csv([row])).rejected).toEqual([{ line: 2, column, message }]);
  });

  it.each([
    ['email', 'not-an-email', 'is not an email address'],
    ['ssn_last4', '123', 'must be exactly 4 digits'],
    ['account_last4', '12a4', 'must be exactly 4 digits'],
    ['language', 'fr', 'must be en or es'],
    ['timezone', 'Mars/Olympus_Mons', 'is not an IANA time zone (e.g. America/Chicago)'],
    ['days_past_due', '-3', 'must be a whole number of days, 0 or more'],
    ['days_past_due', '2.5', 'must be a whole number of days, 0 or more'],
    ['status', 'closed', 'must be one of active, disputed, cease, attorney, bankruptcy, deceased, paid'],
    ['time_barred', 'yes', 'must be true or false'],
    ['sms_consent', '1', 'must be true or false'],
    ['consent_date', '2025-13-01', '"2025-13-01" is not a real date YYYY-MM-DD'],
    ['validation_period_end', '2026-02-30', '"2026-02-30" is not a real date YYYY-MM-DD'],
  ])('rejects a bad optional %s (%s) naming the column', (column, value, message) => {
    expect(parsePortfolio(csv([`${maria},${value}`], [column])).rejected).toEqual([{ line: 2, column, message }]);
  });

  it('keeps a ZIP+4 as its five-digit ZIP, and leading zeros', () => {
    const { accounts } = parsePortfolio(csv(['NW-1,Kevin,Osei,+16175550104,1972-01-30,02108-1234,455.20']));
    expect(accounts[0]?.zip).toBe('02108');
  });

  it('names the first column at fault and mentions the others in the same entry', () => {
    const { rejected } = parsePortfolio(csv(['NW-1,Maria,Lopez,bad,1985-02-30,78701,1.00']));
    expect(rejected).toEqual([{ line: 2, column: 'phone', message: '"bad" is not a valid phone number; also date_of_birth "1985-02-30" is not a real date YYYY-MM-DD' }]);
  });

  it('rejects the second occurrence of an account id, pointing at the first', () => {
    const result = parsePortfolio(csv([maria, 'NW-2,Ana,Ruiz,+15125550102,1980-01-01,78702,10.00', maria]));
    expect(result.accounts.map((a) => a.id)).toEqual(['NW-1', 'NW-2']);
    expect(result.rejected).toEqual([{ line: 4, column: 'account_id', message: '"NW-1" already appears on line 2' }]);
  });

  it('rejects a row with more or fewer fields than the header', () => {
    const result = parsePortfolio(csv(['NW-1,Maria,Lopez,+15125550101,1985-03-14,78701', 'NW-2,Ana,Ruiz,Jr.,+15125550102,1980-01-01,78702,10.00']));
    expect(result.rejected).toEqual([
      { line: 2, column: '(row)', message: 'has 6 fields but the header has 7 (an unquoted comma?)' },
      { line: 3, column: '(row)', message: 'has 8 fields but the header has 7 (an unquoted comma?)' },
    ]);
  });

  it('counts line numbers as in the file: blank lines, CRLF and quoted line breaks included', () => {
    const text = [required, maria, '', '"NW-2","Ana\nMaria",Ruiz,bad,1980-01-01,78702,1.00', 'NW-3,Luis,Gil,bad,1970-05-05,78703,5.00'].join('\r\n');
    expect(parsePortfolio(text).rejected.map((r) => r.line)).toEqual([4, 6]);
  });

  it('tolerates a UTF-8 byte order mark, spaces around cells and header case', () => {
    const text = '\uFEFF' + required.toUpperCase().replaceAll(',', ' , ') + '\n' + maria.replaceAll(',', ' , ') + '\n';
    const { accounts, rejected } = parsePortfolio(text);
    expect(rejected).toEqual([]);
    expect(accounts[0]).toMatchObject({ id: 'NW-1', firstName: 'Maria', balanceCents: 124050 });
  });

  it('keeps accents and other non-ASCII letters in names', () => {
    const { accounts } = parsePortfolio(csv(['NW-2,José,Hernández,+13055550102,1979-11-02,33130,860.00']));
    expect(accounts[0]).toMatchObject({ firstName: 'José', lastName: 'Hernández' });
  });

  describe('whole-file problems stop the import', () => {
    it('names a required column missing from the header', () => {
      const error = wholeFileError('account_id,first_name,last_name,phone,date_of_birth,current_balance\nNW-1,Maria,Lopez,+15125550101,1985-03-14,1.00\n');
      expect(error.code).toBe('invalid_portfolio');
      expect(error.message).toBe('required column "zip" is missing from the header');
    });

    it('refuses an unknown column, since a misspelt "status" would leave a bankrupt debtor active', () => {
      expect(wholeFileError(csv([`${maria},bankruptcy`], ['stauts'])).message).toMatch(/^unknown column "stauts" in the header/);
    });

    it('refuses a column named twice', () => {
      expect(wholeFileError(csv([`${maria},1.00`], ['current_balance'])).message).toBe('the header names column "current_balance" twice');
    });

    it('refuses an empty file', () => {
      expect(wholeFileError('').message).toBe('the file is empty: a header row is required');
    });

    it('refuses text that is not CSV (an unclosed quote)', () => {
      expect(wholeFileError(csv(['NW-1,"Maria,Lopez,+15125550101,1985-03-14,78701,1.00'])).message).toMatch(/^the file is not readable CSV: Quote Not Closed/);
    });
  });

  it('accepts a header with no rows as an empty portfolio', () => {
    expect(parsePortfolio(csv([]))).toEqual({ accounts: [], rejected: [], counts: { rows: 0, loaded: 0, rejected: 0 } });
  });
});
