import type { Account } from '../../src/domain/account';
import { parsePortfolio } from '../../src/domain/portfolio';

/** Texas area codes: each gives 10,000 numbers of the 555 exchange, which libphonenumber accepts. */
const areaCodes = ['512', '737', '214', '469', '972', '713', '281', '832', '210', '817', '682', '940', '254', '361', '915'];

export const BENCH_DOB = '1985-03-14';
export const BENCH_ZIP = '78701';

export function benchPhone(index: number): string {
  const areaCode = areaCodes[Math.floor(index / 10_000)];
  if (!areaCode) throw new Error(`benchPhone: at most ${areaCodes.length * 10_000} debtors`);
  return `+1${areaCode}555${String(index % 10_000).padStart(4, '0')}`;
}

export function benchAccountId(index: number): string {
  return `BN-${index}`;
}

/**
 * `count` debtors who all answer the same date of birth and ZIP, built through the real CSV
 * import so they pass the same validation as a creditor's file.
 */
export function benchAccounts(count: number): Account[] {
  const header = 'account_id,first_name,last_name,phone,date_of_birth,zip,current_balance,language,timezone,days_past_due,status,sms_consent,consent_date';
  const rows = Array.from({ length: count }, (_, index) =>
    `${benchAccountId(index)},Debtor,Number${index},${benchPhone(index)},${BENCH_DOB},${BENCH_ZIP},1240.50,en,America/Chicago,95,active,true,2025-01-10`,
  );
  const { accounts, rejected } = parsePortfolio([header, ...rows].join('\n'));
  if (rejected.length > 0) throw new Error(`bench portfolio rejected ${rejected.length} rows, first: ${JSON.stringify(rejected[0])}`);
  return accounts;
}
