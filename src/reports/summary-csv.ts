import { centsToDecimal, type Cents } from '../domain/money';
import type { CountAndAmount, Figures, Summary } from './summary';

type Cell = string | number | null;

/** One column: its header and how a slice's figures fill it. */
interface Column {
  header: string;
  value(figures: Figures): Cell;
}

const count = (header: string, value: (figures: Figures) => number | null): Column => ({ header, value });

/** Cents stay whole; the dollars column is the exact decimal ("1240.50"), which spreadsheets read as a number. */
const money = (name: string, cents: (figures: Figures) => Cents): Column[] => [
  { header: `${name}_cents`, value: cents },
  { header: `${name}_dollars`, value: (figures) => centsToDecimal(cents(figures)) },
];

const arrangement = (name: string, pick: (figures: Figures) => CountAndAmount): Column[] => [
  count(name, (figures) => pick(figures).count),
  ...money(name, (figures) => pick(figures).amountCents),
];

const FIXED_COLUMNS: Column[] = [
  count('conversations', (f) => f.conversations),
  count('verified', (f) => f.verified),
  count('verification_rate', (f) => f.verificationRate),
  count('self_served', (f) => f.selfServed),
  count('self_service_rate', (f) => f.selfServiceRate),
  ...arrangement('promises_made', (f) => f.promisesMade),
  ...arrangement('plans_made', (f) => f.plansMade),
  ...arrangement('settlements_accepted', (f) => f.settlementsAccepted),
  ...arrangement('pay_in_full', (f) => f.payInFull),
  count('promises_kept', (f) => f.promisesKept),
  count('promises_broken', (f) => f.promisesBroken),
  count('promise_kept_rate', (f) => f.promiseKeptRate),
  ...money('collected', (f) => f.collectedCents),
  count('disputes', (f) => f.disputes),
  count('ceases', (f) => f.ceases),
  count('opt_outs', (f) => f.optOuts),
  count('handoffs', (f) => f.handoffs.total),
  count('handoffs_claimed', (f) => f.handoffs.claimed),
  count('median_seconds_to_claim', (f) => f.handoffs.medianSecondsToClaim),
  count('mean_seconds_to_claim', (f) => f.handoffs.meanSecondsToClaim),
];

/**
 * The summary as RFC 4180 CSV (CRLF line ends): one row per day, oldest first, then a "total"
 * row; one `handoffs_reason_<reason>` column per reason seen in the period. A null rate or
 * time is an empty cell.
 */
export function summaryCsv(summary: Summary): string {
  const reasons = Object.keys(summary.totals.handoffs.byReason).sort();
  const columns: Column[] = [
    ...FIXED_COLUMNS,
    ...reasons.map((reason) => count(`handoffs_reason_${reason}`, (f) => f.handoffs.byReason[reason] ?? 0)),
  ];
  const rows: Cell[][] = [
    ['day', ...columns.map((column) => column.header)],
    ...summary.byDay.map((day) => [day.day, ...columns.map((column) => column.value(day))]),
    ['total', ...columns.map((column) => column.value(summary.totals))],
  ];
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * Quotes a cell when it holds a comma, quote or line break. Text that a spreadsheet would run
 * as a formula (=, +, -, @ first, unless it is a plain number: a reason name is free text) gets
 * a leading apostrophe.
 */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const formula = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value);
  const text = formula ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
